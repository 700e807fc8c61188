import RuralStatData
import RuralStatTargets

/// Serves the "三保障" and safe-water metrics that targets are evaluated on
/// (``RuralStatTargets/MetricSource``), e.g. Suixi's "三保障一安全核心问题动态清零", a ceiling
/// of 0 on `any_gap`.
///
/// Metrics, per group and year (see ``GuaranteesGroupYear``): `education_gap`, `medical_gap`,
/// `housing_gap`, `water_gap` and their `_share`s, `any_gap`, `any_gap_share`, `missing_flags`,
/// `persons_with_gap`. A query's population restricts the households to those categories; the
/// table of each population is computed once, on first use, and kept.
public final class GuaranteesMetricSource: MetricSource {
    /// The analysis whose data is served.
    public let analysis: GuaranteesAnalysis
    private var tables: [Set<HouseholdCategory>: GuaranteesTable] = [:]

    /// Serves the metrics of `analysis`, in its grouping.
    public init(_ analysis: GuaranteesAnalysis) {
        self.analysis = analysis
    }

    /// The labels of the analysis's groups.
    public var groupLabels: [[String]] { analysis.grouping.labels }

    /// The years of the households file, ascending.
    public var years: [Int] { analysis.table.years }

    /// ``RuralStatTargets/MetricCatalog/guarantees``.
    public var metrics: Set<String> { MetricCatalog.guarantees }

    /// The metric's value for the query's population, group and year; `nil` when the group has
    /// no household of the population that year or the metric is undefined there.
    ///
    /// - Throws: ``RuralStatTargets/TargetError/unknownMetric(_:)`` for a metric not in ``metrics``.
    public func value(_ query: MetricQuery) throws(TargetError) -> Double? {
        guard metrics.contains(query.metric) else { throw .unknownMetric(query.metric) }
        let table = query.population.map(table(for:)) ?? analysis.table
        guard let row = table.metrics(group: query.group, year: query.year) else { return nil }
        switch query.metric {
        case "any_gap": return row.anyGap
        case "any_gap_share": return row.anyGapShare
        case "missing_flags": return row.missingFlags
        case "persons_with_gap": return row.personsWithGap
        default:
            for flag in GuaranteeFlag.allCases {
                if query.metric == flag.code + "_gap" { return row.gap(flag) }
                if query.metric == flag.code + "_gap_share" { return row.gapShare(flag) }
            }
            throw .unknownMetric(query.metric)
        }
    }

    /// The group-year table of the households in `population`.
    private func table(for population: Set<HouseholdCategory>) -> GuaranteesTable {
        if let table = tables[population] { return table }
        let table = GuaranteesTable(households: analysis.households, grouping: analysis.grouping, population: population)
        tables[population] = table
        return table
    }
}
