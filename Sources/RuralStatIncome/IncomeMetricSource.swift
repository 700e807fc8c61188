import RuralStatCore

/// Serves an income analysis's group-year metrics to ``TargetEvaluator`` (SPEC §3.1).
///
/// Metrics (``Metric/owned(by:)`` `.income`), for the households of the query's population in the
/// group and year, with weights w as in SPEC §3:
/// `pci`; `growth` (in the analysis's ``PanelMode``); `median`; `wage_share`;
/// `operating_income_per_capita` (Σ w·operating / Σ w·size); `operating_net_share`
/// (Σ w·(operating − production_expense) / Σ w·net, `nil` when Σ w·net ≤ 0); `households_below_line`
/// (Σ w over households with pci < line); `persons_below_line` (Σ w·size);
/// `share_below_line` (FGT0 at that line). The line is the year's monitoring line of the
/// analysis or a fixed amount. An empty group-year, a year without a line, a line that is not
/// a positive finite number (see ``WeightedSample/povertyMeasures(line:)``) or a year without a
/// previous year gives `nil`.
///
/// A population is analysed once, on its first query, and kept: evaluating many targets on
/// the same populations costs one pass each.
public final class IncomeMetricSource: MetricSource {
    public var grouping: Grouping { analysis.grouping }
    public var hasCounties: Bool { analysis.hasCounties }
    public let years: [Int]
    public var metrics: [Metric] { Self.served }

    /// The income metrics of the registry.
    private static let served = Metric.owned(by: .income)

    /// What a metric's value is read from: the group-year's cell and, for the below-line
    /// metrics, the weighted households under the query's line and the FGT measures there.
    private typealias Reader = @Sendable (IncomeCell, () -> (households: Double, poverty: PovertyMeasures)?) -> Double?

    /// How each served metric is read.
    private static let readers: [Metric: Reader] = [
        .pci: { cell, _ in cell.pci },
        .growth: { cell, _ in cell.growth },
        .median: { cell, _ in cell.quantiles.median },
        .wageShare: { cell, _ in cell.wageShare },
        .operatingIncomePerCapita: { cell, _ in cell.perCapita.operating },
        .operatingNetShare: { cell, _ in cell.operatingNetShare },
        .householdsBelowLine: { _, below in below()?.households },
        .personsBelowLine: { _, below in below()?.poverty.weightBelow },
        .shareBelowLine: { _, below in below()?.poverty.headcount },
    ]

    private let analysis: IncomeAnalysis
    private var restricted: [Population: IncomeAnalysis] = [:]

    /// A source serving the metrics of `analysis` and of its restrictions to populations.
    public init(_ analysis: IncomeAnalysis) {
        self.analysis = analysis
        years = analysis.years
    }

    public func regrouped(by dimensions: [GroupDimension]) throws(GroupingError) -> IncomeMetricSource {
        IncomeMetricSource(try analysis.regrouped(by: dimensions))
    }

    public func value(_ query: MetricQuery) throws(MetricError) -> Double? {
        guard let read = Self.readers[query.metric] else { throw .notServed(query.metric, served: metrics) }
        let analysis = self.analysis(for: query.population)
        guard let cell = analysis.cell(year: query.year, group: query.group) else { return nil }
        return read(cell) {
            let line: Double? = switch query.line ?? .monitoring {
            case .monitoring: analysis.lines[query.year]
            case .amount(let amount): amount
            }
            return line.flatMap { analysis.belowLine($0, year: query.year, group: query.group) }
        }
    }

    private func analysis(for population: Population) -> IncomeAnalysis {
        if population == analysis.population { return analysis }
        if let cached = restricted[population] { return cached }
        let made = analysis.restricted(to: population)
        restricted[population] = made
        return made
    }
}
