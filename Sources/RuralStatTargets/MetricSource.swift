import RuralStatData

/// A question a target asks of the data: one metric, for one population, in one group and year.
public struct MetricQuery: Sendable, Hashable {
    /// The metric's name, e.g. `pci`, `growth`, `workers`.
    public var metric: String
    /// The categories of households counted; `nil` means every household of the group.
    public var population: Set<HouseholdCategory>?
    /// The line for the `*_below_line` metrics.
    public var line: LineChoice?
    /// The group: an index into ``MetricSource/groupLabels``.
    public var group: Int
    /// The year.
    public var year: Int

    /// Creates a query.
    public init(metric: String, population: Set<HouseholdCategory>?, line: LineChoice? = nil, group: Int, year: Int) {
        self.metric = metric
        self.population = population
        self.line = line
        self.group = group
        self.year = year
    }
}

/// Serves the group-year metrics that targets are evaluated on.
///
/// The income analysis serves `pci`, `growth`, `wage_share`, `operating_income_per_capita`,
/// `median`, `households_below_line`, `persons_below_line` and `share_below_line`; the
/// employment analysis serves `workers`, `labor`, `coverage`, `zero_employment_households`,
/// `wage_share` and `stable_share`; the guarantees analysis serves `education_gap`,
/// `medical_gap`, `housing_gap`, `water_gap`, `any_gap`, their `_share`s, `missing_flags` and
/// `persons_with_gap`.
public protocol MetricSource {
    /// The labels of the report's groups (``Grouping/labels``).
    var groupLabels: [[String]] { get }
    /// The years of the data, ascending.
    var years: [Int] { get }
    /// The metric names this source serves (see ``MetricCatalog``).
    var metrics: Set<String> { get }
    /// The metric's value, or `nil` when undefined (no previous year, an empty group).
    ///
    /// - Throws: ``TargetError/unknownMetric(_:)`` for a metric the source does not serve.
    func value(_ query: MetricQuery) throws(TargetError) -> Double?
}
