import RuralStatCore

/// Serves the "三保障" and safe-water metrics that targets are evaluated on
/// (``RuralStatCore/MetricSource``), e.g. Suixi's "三保障一安全核心问题动态清零", a ceiling
/// of 0 on `any_gap`.
///
/// Metrics, per group and year (see ``GuaranteesGroupYear``): the registry's guarantees
/// metrics (``RuralStatCore/Metric/owned(by:)`` `.guarantees`): `education_gap`,
/// `medical_gap`, `housing_gap`, `water_gap` and their `_share`s, `any_gap`, `any_gap_share`,
/// `missing_flags`, `persons_with_gap`. A query's population restricts the households to its
/// members (by the year's record or, reckoned at the start of the year, by the record of the
/// year before); the table of each population is computed once, on first use, and kept.
public final class GuaranteesMetricSource: MetricSource {
    /// The analysis whose data is served.
    public let analysis: GuaranteesAnalysis
    private var tables: [Population: GuaranteesTable] = [:]

    /// Serves the metrics of `analysis`, in its grouping.
    public init(_ analysis: GuaranteesAnalysis) {
        self.analysis = analysis
    }

    /// The analysis's groups.
    public var grouping: Grouping { analysis.grouping }

    /// Whether the households file has a `county` column.
    public var hasCounties: Bool { analysis.households.panel.county != nil }

    /// The same metrics with the analysis grouped by `dimensions`.
    public func regrouped(by dimensions: [GroupDimension]) throws(GroupingError) -> GuaranteesMetricSource {
        GuaranteesMetricSource(try analysis.regrouped(by: dimensions))
    }

    /// The years of the households file, ascending.
    public var years: [Int] { analysis.table.years }

    /// The guarantees metrics of the registry.
    public var metrics: [Metric] { Self.served }

    private static let served = Metric.owned(by: .guarantees)

    /// How each served metric is read from a group-year.
    private static let readers: [Metric: @Sendable (GuaranteesGroupYear) -> Double?] = {
        var readers: [Metric: @Sendable (GuaranteesGroupYear) -> Double?] = [
            .anyGap: \.anyGap,
            .anyGapShare: \.anyGapShare,
            .missingFlags: \.missingFlags,
            .personsWithGap: \.personsWithGap,
        ]
        for flag in GuaranteeFlag.allCases {
            readers[flag.gapMetric] = { $0.gap(flag) }
            readers[flag.gapShareMetric] = { $0.gapShare(flag) }
        }
        return readers
    }()

    /// The metric's value for the query's population, group and year; `nil` when the group has
    /// no household of the population that year or the metric is undefined there.
    ///
    /// - Throws: ``RuralStatCore/MetricError/notServed(_:served:)`` for a metric not in ``metrics``.
    public func value(_ query: MetricQuery) throws(MetricError) -> Double? {
        guard let read = Self.readers[query.metric] else { throw .notServed(query.metric, served: metrics) }
        let table = query.population.isEveryone ? analysis.table : table(for: query.population)
        return table.metrics(group: query.group, year: query.year).flatMap(read)
    }

    /// The group-year table of the households in `population`.
    private func table(for population: Population) -> GuaranteesTable {
        if let table = tables[population] { return table }
        let table = GuaranteesTable(households: analysis.households, grouping: analysis.grouping, population: population)
        tables[population] = table
        return table
    }
}
