import Foundation
import RuralStatCore
import RuralStatText

/// Forecasts households and groups from a fitted ``HouseholdModel`` by seeded simulation.
///
/// Every household with a record in the origin year T is simulated 1…H years ahead (see
/// ``PathSimulation``); its size, weight and group stay those of its year-T record, and no
/// household enters or leaves. A group's PCI in a simulated year is Σ w·size·pci / Σ w·size
/// over its households (SPEC §3), so its interval includes both the households' own noise and
/// the shared township shocks. Points are means over the draws; intervals are the draws'
/// central quantiles.
public struct IncomeForecaster: Sendable {
    /// The panel's design.
    public let design: ForecastDesign
    /// The fitted model.
    public let model: HouseholdModel

    /// A forecaster for `model` fitted on `design`.
    public init(design: ForecastDesign, model: HouseholdModel) {
        self.design = design
        self.model = model
    }

    /// Forecasts from `lastYear` for `settings.horizon` years.
    ///
    /// - Parameters:
    ///   - grouping: the groups of the panel's rows (their origin-year rows count).
    ///   - lines: the line of each year, for `p_below_line` next year (``LineProbability``,
    ///     calibrated on the panel's years that have one; none without lines).
    ///   - targets: targets for `p_meet`.
    ///   - households: whether to give each household's forecast.
    /// - Throws: ``ForecastError`` for bad settings, a year without records, or lines with too
    ///   few past transitions to calibrate `p_below_line`; ``RegressionError`` for a level the
    ///   fit did not see.
    public func forecast(
        from lastYear: Int, grouping: Grouping, settings: ForecastSettings, lines: [Int: Double] = [:],
        targets: [ForecastTarget] = [], households: Bool = false
    ) throws -> IncomeForecast {
        try settings.validate()
        let origins = design.rows(ofYear: lastYear)
        guard !origins.isEmpty else { throw ForecastError(.noData, "no household has a record in \(lastYear)", "\(lastYear)年没有农户记录") }
        let paths = try HouseholdPaths(model: model, design: design, origins: origins, horizon: settings.horizon)
        let groupCount = grouping.count
        let used = targets
        var populations: [Set<HouseholdCategory>?] = [nil]
        for target in used where !populations.contains(target.population) { populations.append(target.population) }
        let aggregates = paths.rows.map { row -> [Int] in
            let group = Int(grouping.groupOfRow[row])
            let category = design.panel.category(row)
            return populations.indices.compactMap { p in
                guard let population = populations[p] else { return group }
                guard let category, population.contains(category) else { return nil }
                return p * groupCount + group
            }
        }
        let simulation = PathSimulation(paths: paths, model: model, transform: design.transform, settings: settings)
        let years = (1...settings.horizon).map { lastYear + $0 }
        let (sums, summaries) = simulation.run(
            aggregates: aggregates, aggregateCount: populations.count * groupCount, presence: nil,
            householdSummaries: households)
        var householdForecasts: [HouseholdForecast] = []
        var lineProbability: LineProbability?
        if households {
            lineProbability = try lines.isEmpty ? nil : LineProbability(model: model, design: design) { lines[$0] }
            let below = try lineProbability?.probabilities(design: design, rows: paths.rows) { lines[$0] }
            householdForecasts = Self.households(paths, summaries, years: years, settings: settings, lines: lines, below: below)
        }
        var groups: [GroupForecast] = []
        for g in 0..<groupCount where sums[g].originPCI.isFinite {
            for (k, year) in years.enumerated() {
                groups.append(GroupForecast(
                    group: g, lastYear: lastYear, lastPCI: sums[g].originPCI, year: year,
                    pci: Self.mean(sums[g].pci[k]), intervals: Self.groupIntervals(sums[g].pci[k], model: model, settings: settings)))
            }
        }
        var targetForecasts: [TargetForecast] = []
        for (k, year) in years.enumerated() {
            for g in 0..<groupCount {
                for target in used where (target.firstYear ?? year) <= year && year <= (target.lastYear ?? year) {
                    let p = populations.firstIndex(of: target.population)!
                    let aggregate = sums[p * groupCount + g]
                    guard aggregate.originPCI.isFinite else { continue }
                    let pMeet = model.commonShock.yearVarianceIsIdentified ? TargetProbability.pMeet(
                        target, year: year, step: k, paths: aggregate.pci, originPCI: aggregate.originPCI) : .nan
                    targetForecasts.append(TargetForecast(
                        id: target.id, rule: target.rule, group: g, year: year, threshold: target.threshold, pMeet: pMeet))
                }
            }
        }
        return IncomeForecast(
            lastYear: lastYear, settings: settings, groupLabels: grouping.labels, households: householdForecasts,
            groups: groups, targets: targetForecasts, skippedHouseholds: paths.skipped,
            lineProbability: lineProbability)
    }

    private static func households(
        _ paths: HouseholdPaths, _ summaries: [[PathSimulation.HouseholdSummary]], years: [Int],
        settings: ForecastSettings, lines: [Int: Double], below: [Double]?
    ) -> [HouseholdForecast] {
        var result: [HouseholdForecast] = []
        result.reserveCapacity(paths.rows.count * years.count)
        let nextLine = lines[years[0]] ?? lines[years[0] - 1]
        for (h, row) in paths.rows.enumerated() {
            for (k, year) in years.enumerated() {
                let summary = summaries[h][k]
                result.append(HouseholdForecast(
                    originRow: row, year: year, pci: summary.mean,
                    intervals: zip(settings.levels, summary.intervals).map {
                        ForecastInterval(level: $0, lower: $1.0, upper: $1.1)
                    },
                    pBelowLine: k == 0 ? below.flatMap { $0[h].isNaN ? nil : $0[h] } : nil,
                    line: k == 0 && below != nil ? nextLine : nil))
            }
        }
        return result
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    /// A group's intervals from its simulated PCI: NaN ends when the model cannot say how much
    /// the year effect moves (``CommonShock/yearVarianceIsIdentified``).
    static func groupIntervals(_ values: [Double], model: HouseholdModel, settings: ForecastSettings) -> [ForecastInterval] {
        guard model.commonShock.yearVarianceIsIdentified else {
            return settings.levels.map { ForecastInterval(level: $0, lower: .nan, upper: .nan) }
        }
        return intervals(values, levels: settings.levels)
    }

    static func intervals(_ values: [Double], levels: [Double]) -> [ForecastInterval] {
        var copy = values
        return copy.withUnsafeMutableBufferPointer { buffer in
            zip(levels, DrawSummary.intervals(buffer, levels: levels)).map { level, ends in
                ForecastInterval(level: level, lower: ends.0, upper: ends.1)
            }
        }
    }
}
