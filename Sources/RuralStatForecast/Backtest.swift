import Foundation
import RuralStatCore
import RuralStatRegression
import RuralStatText

/// A rolling-origin back-test of the forecast on the panel's own years (`--backtest`).
///
/// For every year T that has the two years before it in the data, the model is fitted on the
/// transitions that end by T − 1 and forecasts T from origin T − 1, and T + 1 where the data
/// have it. Forecasts are compared with what happened to the same households: a household
/// counts in year T − 1 + k when it has records in every year from the origin to it, and a
/// group's actual PCI is Σ w·net / Σ w·size of those households' records (SPEC §3).
///
/// The naive forecasts beside the model: the group's origin PCI over the same households
/// (last value), and that grown by its county's latest balanced growth (T − 2 → T − 1) per year.
public struct Backtest: Sendable {
    /// One group, origin and horizon: the actual PCI, the model's forecast and the naive ones.
    public struct GroupCase: Sendable, Hashable {
        /// The group.
        public let group: Int
        /// The forecast year.
        public let year: Int
        /// Years ahead (1 or 2).
        public let horizon: Int
        /// The actual PCI.
        public let actual: Double
        /// The model's expected PCI.
        public let forecast: Double
        /// The model's intervals, one per level (NaN ends when the fit had one origin year:
        /// ``CommonShock/yearVarianceIsIdentified``).
        public let intervals: [ForecastInterval]
        /// Last value.
        public let naiveLast: Double
        /// Last value grown at the county's latest growth.
        public let naiveGrowth: Double
    }

    /// Household interval hits for one horizon and level.
    public struct HouseholdCoverage: Sendable, Hashable {
        /// Years ahead.
        public let horizon: Int
        /// The nominal level.
        public let level: Double
        /// Households compared.
        public let households: Int
        /// Households whose actual pci fell inside their interval.
        public let covered: Int
        /// The mean Winkler (interval) score, yuan.
        public let winkler: Double
    }

    /// One household's p_below_line and what happened (one year ahead).
    public struct LineOutcome: Sendable, Hashable {
        /// The forecast probability.
        public let probability: Double
        /// Whether the actual pci was below the line.
        public let below: Bool
    }

    /// The group cases, by origin, group and horizon.
    public let groups: [GroupCase]
    /// Household coverage by horizon and level.
    public let households: [HouseholdCoverage]
    /// One-year-ahead p_below_line outcomes (empty without lines).
    public let lineOutcomes: [LineOutcome]
    /// The forecast years tested.
    public let years: [Int]
    /// The settings used.
    public let settings: ForecastSettings

    /// Runs the back-test.
    ///
    /// - Parameters:
    ///   - lines: the line of each year, for p_below_line calibration.
    /// - Throws: ``ForecastError`` when no year has two earlier years; errors of the fits.
    public init(
        design: ForecastDesign, grouping: Grouping, settings: ForecastSettings, formula: Formula? = nil,
        lines: [Int: Double] = [:]
    ) throws {
        try settings.validate()
        let years = design.years
        let tested = years.filter { years.contains($0 - 1) && years.contains($0 - 2) }
        guard !tested.isEmpty else {
            throw ForecastError(.noData, "a back-test needs a year with the two years before it in the data",
                                "回测需要某一年及其前两年都有数据")
        }
        self.years = tested
        self.settings = settings
        let panel = design.panel
        var groupCases: [GroupCase] = []
        var hits: [Int: (n: Int, covered: Int, winkler: Double)] = [:]
        var outcomes: [LineOutcome] = []
        for year in tested {
            let origin = year - 1
            var run = settings
            run.horizon = years.contains(year + 1) ? 2 : 1
            let model = try HouseholdModel(design: design, originYears: years[0]...(origin - 1), formula: formula)
            let origins = design.rows(ofYear: origin)
            let paths = try HouseholdPaths(model: model, design: design, origins: origins, horizon: run.horizon)
            // The household's row k years after the origin, following consecutive records.
            let later: [[Int]] = (1...run.horizon).map { k in
                paths.rows.map { row in
                    var current = row
                    for _ in 0..<k where current >= 0 { current = Int(design.nextRow[current]) }
                    return current
                }
            }
            let simulation = PathSimulation(paths: paths, model: model, transform: design.transform, settings: run)
            let (sums, summaries) = simulation.run(
                aggregates: paths.rows.map { [Int(grouping.groupOfRow[$0])] }, aggregateCount: grouping.count,
                presence: later.map { $0.map { $0 >= 0 } }, householdSummaries: true)
            let below = try lines.isEmpty ? nil : LineProbability(model: model, design: design) { lines[$0] }
                .probabilities(design: design, rows: paths.rows) { lines[$0] }
            let countyGrowth = Self.countyGrowth(design: design, origin: origin)
            for k in 0..<run.horizon {
                var actualNet = [Double](repeating: 0, count: grouping.count), actualSize = actualNet
                var lastNet = actualNet, lastSize = actualNet, grown = actualNet
                for (h, row) in paths.rows.enumerated() where later[k][h] >= 0 {
                    let g = Int(grouping.groupOfRow[row]), next = later[k][h]
                    actualNet[g] += panel.weight(next) * panel.net(next)
                    actualSize[g] += panel.weight(next) * Double(panel.householdSize[next])
                    let v = paths.personWeight[h]
                    lastNet[g] += v * paths.pci[h]
                    lastSize[g] += v
                    grown[g] += v * paths.pci[h] * pow(1 + countyGrowth(row), Double(k + 1))
                    let summary = summaries[h][k]
                    let actual = panel.pci(next)
                    for (l, level) in run.levels.enumerated() {
                        let (lower, upper) = summary.intervals[l]
                        var cell = hits[k * 1000 + l] ?? (0, 0, 0)
                        cell.n += 1
                        if lower <= actual, actual <= upper { cell.covered += 1 }
                        cell.winkler += Self.winkler(actual, lower, upper, level: level)
                        hits[k * 1000 + l] = cell
                    }
                    if k == 0, let p = below?[h], !p.isNaN, let line = lines[year] ?? lines[origin] {
                        outcomes.append(LineOutcome(probability: p, below: actual < line))
                    }
                }
                for g in 0..<grouping.count where actualSize[g] > 0 {
                    groupCases.append(GroupCase(
                        group: g, year: origin + k + 1, horizon: k + 1, actual: actualNet[g] / actualSize[g],
                        forecast: IncomeForecaster.mean(sums[g].pci[k]),
                        intervals: IncomeForecaster.groupIntervals(sums[g].pci[k], model: model, settings: run),
                        naiveLast: lastNet[g] / lastSize[g], naiveGrowth: grown[g] / lastSize[g]))
                }
            }
        }
        groups = groupCases
        households = hits.keys.sorted().map { key in
            let cell = hits[key]!
            return HouseholdCoverage(
                horizon: key / 1000 + 1, level: settings.levels[key % 1000], households: cell.n, covered: cell.covered,
                winkler: cell.winkler / Double(cell.n))
        }
        lineOutcomes = outcomes
    }

    /// The interval score of Winkler (1972): width + (2/α)·(distance outside), α = 1 − level.
    public static func winkler(_ actual: Double, _ lower: Double, _ upper: Double, level: Double) -> Double {
        let alpha = 1 - level
        var score = upper - lower
        if actual < lower { score += 2 / alpha * (lower - actual) }
        if actual > upper { score += 2 / alpha * (actual - upper) }
        return score
    }

    /// The balanced growth T − 2 → T − 1 of each row's county (the whole panel without a
    /// county column), as a function of an origin row.
    private static func countyGrowth(design: ForecastDesign, origin: Int) -> (Int) -> Double {
        let panel = design.panel
        var now: [UInt32: Double] = [:], before: [UInt32: Double] = [:]
        var nowSize: [UInt32: Double] = [:], beforeSize: [UInt32: Double] = [:]
        for row in design.rows(ofYear: origin) {
            let previous = Int(design.previousRow[row])
            guard previous >= 0 else { continue }
            let county = panel.county?.codes[row] ?? 0
            now[county, default: 0] += panel.weight(row) * panel.net(row)
            nowSize[county, default: 0] += panel.weight(row) * Double(panel.householdSize[row])
            before[county, default: 0] += panel.weight(previous) * panel.net(previous)
            beforeSize[county, default: 0] += panel.weight(previous) * Double(panel.householdSize[previous])
        }
        var growth: [UInt32: Double] = [:]
        for (county, net) in now {
            let pciNow = net / nowSize[county]!, pciBefore = before[county]! / beforeSize[county]!
            growth[county] = pciBefore > 0 ? pciNow / pciBefore - 1 : 0
        }
        return { row in growth[panel.county?.codes[row] ?? 0] ?? 0 }
    }
}
