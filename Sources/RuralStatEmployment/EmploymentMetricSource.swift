import RuralStatCore

/// Serves the employment metrics that targets are evaluated on (``MetricSource``).
///
/// Metrics, per group and year, read from the same ``EmploymentGroupYear`` fields as the
/// `employment` table's columns of the same names: the registry's employment metrics
/// (`workers`, `labor`, `coverage`, `zero_employment_households`, `out_of_province_workers`,
/// `public_welfare_jobs`, `stable_share`) and income's `wage_share`, computed by the same
/// ``RuralStatIncome/WageShareSums`` as the income analysis. `out_of_province_workers` and
/// `public_welfare_jobs` are the households file's counts, with or without a workers file.
/// A query's population restricts the households to its members (by the year's record or
/// the record of the year before; their worker rows follow them); the table of each
/// population is computed once, on first use, and kept.
public final class EmploymentMetricSource: MetricSource {
    /// The analysis whose data is served.
    public let analysis: EmploymentAnalysis
    private var tables: [Population: EmploymentGroupTable] = [:]

    /// Serves the metrics of `analysis`, in its grouping.
    public init(_ analysis: EmploymentAnalysis) {
        self.analysis = analysis
    }

    /// The analysis's groups.
    public var grouping: Grouping { analysis.grouping }

    /// Whether the households file has a `county` column.
    public var hasCounties: Bool { analysis.households.panel.county != nil }

    /// The same metrics with the analysis grouped by `dimensions`.
    public func regrouped(by dimensions: [GroupDimension]) throws(GroupingError) -> EmploymentMetricSource {
        EmploymentMetricSource(try analysis.regrouped(by: dimensions))
    }

    /// The years of the households file, ascending.
    public var years: [Int] { analysis.table.years }

    /// The employment metrics of the registry, then ``Metric/wageShare``.
    public var metrics: [Metric] { Self.served }

    private static let served = Metric.owned(by: .employment) + [.wageShare]

    /// How each served metric is read from a group-year.
    private static let readers: [Metric: @Sendable (EmploymentGroupYear) -> Double?] = [
        .workers: \.workers,
        .labor: \.labor,
        .coverage: \.coverage,
        .zeroEmploymentHouseholds: \.zeroEmploymentHouseholds,
        .outOfProvinceWorkers: \.outOfProvinceWorkers,
        .publicWelfareJobs: \.publicWelfareJobs,
        .wageShare: \.wageShare,
        .stableShare: \.stableShare,
    ]

    /// The metric's value for the query's population, group and year; `nil` when the group has
    /// no household of the population that year or the metric is undefined there.
    ///
    /// - Throws: ``MetricError/notServed(_:served:)`` for a metric not in ``metrics``.
    public func value(_ query: MetricQuery) throws(MetricError) -> Double? {
        guard let read = Self.readers[query.metric] else { throw .notServed(query.metric, served: metrics) }
        let table = query.population.isEveryone ? analysis.table : table(for: query.population)
        return table.metrics(group: query.group, year: query.year).flatMap(read)
    }
    /// The group-year table of the households in `population`.
    private func table(for population: Population) -> EmploymentGroupTable {
        if let table = tables[population] { return table }
        let workers = EmploymentAnalysis.linked(analysis.workers, analysis.linkage)
        let table = EmploymentGroupTable(households: analysis.households, workers: workers,
                                         grouping: analysis.grouping, population: population)
        tables[population] = table
        return table
    }
}
