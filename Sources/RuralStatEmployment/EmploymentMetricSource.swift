import RuralStatCore
import RuralStatData
import RuralStatTargets

/// Serves the employment metrics that targets are evaluated on (``RuralStatTargets/MetricSource``).
///
/// Metrics, per group and year (see ``EmploymentGroupYear``): `workers`, `labor`,
/// `coverage`, `zero_employment_households`, `wage_share`, `stable_share`. A query's
/// population restricts the households to those categories (their worker rows follow them);
/// the table of each population is computed once, on first use, and kept.
public final class EmploymentMetricSource: MetricSource {
    /// The analysis whose data is served.
    public let analysis: EmploymentAnalysis
    private var tables: [Set<HouseholdCategory>: EmploymentGroupTable] = [:]

    /// Serves the metrics of `analysis`, in its grouping.
    public init(_ analysis: EmploymentAnalysis) {
        self.analysis = analysis
    }

    /// The labels of the analysis's groups.
    public var groupLabels: [[String]] { analysis.grouping.labels }

    /// The years of the households file, ascending.
    public var years: [Int] { analysis.table.years }

    /// ``RuralStatTargets/MetricCatalog/employment``.
    public var metrics: Set<String> { MetricCatalog.employment }

    /// The metric's value for the query's population, group and year; `nil` when the group has
    /// no household of the population that year or the metric is undefined there.
    ///
    /// - Throws: ``RuralStatTargets/TargetError/unknownMetric(_:)`` for a metric not in ``metrics``.
    public func value(_ query: MetricQuery) throws(TargetError) -> Double? {
        guard metrics.contains(query.metric) else { throw .unknownMetric(query.metric) }
        let table = query.population.map(table(for:)) ?? analysis.table
        guard let row = table.metrics(group: query.group, year: query.year) else { return nil }
        switch query.metric {
        case "workers": return row.workers
        case "labor": return row.labor
        case "coverage": return row.coverage
        case "zero_employment_households": return row.zeroEmploymentHouseholds
        case "wage_share": return row.wageShare
        case "stable_share": return row.stableShare
        default: throw .unknownMetric(query.metric)
        }
    }

    /// The group-year table of the households in `population`.
    private func table(for population: Set<HouseholdCategory>) -> EmploymentGroupTable {
        if let table = tables[population] { return table }
        let workers = analysis.workers.flatMap { panel in analysis.linkage.map { (panel: panel, linkage: $0) } }
        let table = EmploymentGroupTable(households: analysis.households, workers: workers,
                                         grouping: analysis.grouping, population: population)
        tables[population] = table
        return table
    }
}
