import RuralStatCore
import RuralStatData
import RuralStatTargets

/// Serves an income analysis's group-year metrics to ``TargetEvaluator`` (SPEC §3.1).
///
/// Metrics (``MetricCatalog/income``), for the households of the query's population in the
/// group and year, with weights w as in SPEC §3:
/// `pci`; `growth` (in the analysis's ``PanelMode``); `median`; `wage_share`;
/// `operating_income_per_capita` (Σ w·operating / Σ w·size); `households_below_line`
/// (Σ w over households with pci < line); `persons_below_line` (Σ w·size);
/// `share_below_line` (FGT0 at that line). The line is the year's monitoring line of the
/// analysis or a fixed amount. An empty group-year, a year without a line or without a
/// previous year gives `nil`.
///
/// A population is analysed once, on its first query, and kept: evaluating many targets on
/// the same populations costs one pass each.
public final class IncomeMetricSource: MetricSource {
    public let groupLabels: [[String]]
    public let years: [Int]
    public var metrics: Set<String> { MetricCatalog.income }

    private let analysis: IncomeAnalysis
    private var restricted: [Set<HouseholdCategory>: IncomeAnalysis] = [:]

    /// A source serving the metrics of `analysis` and of its restrictions to populations.
    public init(_ analysis: IncomeAnalysis) {
        self.analysis = analysis
        groupLabels = analysis.grouping.labels
        years = analysis.years
    }

    public func value(_ query: MetricQuery) throws(TargetError) -> Double? {
        guard metrics.contains(query.metric) else { throw .unknownMetric(query.metric) }
        let analysis = self.analysis(for: query.population)
        guard let cell = analysis.cell(year: query.year, group: query.group) else { return nil }
        func below() -> (households: Double, persons: Double)? {
            let line: Double? = switch query.line ?? .monitoring {
            case .monitoring: analysis.lines[query.year]
            case .amount(let amount): amount
            }
            return line.flatMap { analysis.belowLine($0, year: query.year, group: query.group) }
        }
        switch query.metric {
        case "pci": return cell.pci
        case "growth": return cell.growth
        case "median": return cell.quantiles.median
        case "wage_share": return cell.wageShare
        case "operating_income_per_capita": return cell.perCapita.operating
        case "households_below_line": return below()?.households
        case "persons_below_line": return below()?.persons
        case "share_below_line": return below().map { $0.persons / cell.persons }
        default: throw .unknownMetric(query.metric)
        }
    }

    private func analysis(for population: Set<HouseholdCategory>?) -> IncomeAnalysis {
        guard let population else { return analysis }
        if let cached = restricted[population] { return cached }
        let made = analysis.restricted(to: population)
        restricted[population] = made
        return made
    }
}
