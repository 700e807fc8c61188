/// A question a target asks of the data: one metric, for one population, in one group and year.
public struct MetricQuery: Sendable, Hashable {
    /// The metric, e.g. ``Metric/pci``, ``Metric/workers``.
    public var metric: Metric
    /// The households counted (every household of the group for ``Population/everyone``).
    public var population: Population
    /// The line for the `*_below_line` metrics.
    public var line: LineChoice?
    /// The group: an index into ``MetricSource/groupLabels``.
    public var group: Int
    /// The year.
    public var year: Int

    /// Creates a query.
    public init(metric: Metric, population: Population = .everyone, line: LineChoice? = nil, group: Int, year: Int) {
        self.metric = metric
        self.population = population
        self.line = line
        self.group = group
        self.year = year
    }
}

/// Serves the group-year metrics that targets are evaluated on.
///
/// The income analysis serves the metrics the registry lists as its own
/// (``Metric/owned(by:)``); the employment analysis serves its own and income's
/// ``Metric/wageShare``, computed by the same code; the guarantees analysis serves its own.
public protocol MetricSource {
    /// The groups the values are served for; a query's ``MetricQuery/group`` indexes them.
    var grouping: Grouping { get }
    /// Whether the households file has a `county` column, so that county-level targets can be
    /// judged county by county (otherwise on the whole file).
    var hasCounties: Bool { get }
    /// The years of the data, ascending.
    var years: [Int] { get }
    /// The metrics this source serves, in registry order.
    var metrics: [Metric] { get }
    /// The metric's value, or `nil` when undefined (no previous year, an empty group).
    ///
    /// - Throws: ``MetricError/notServed(_:served:)`` for a metric the source does not serve.
    func value(_ query: MetricQuery) throws(MetricError) -> Double?
    /// The same analysis of the same households, grouped by `dimensions` instead: how
    /// county-level targets and the references of relative targets are evaluated whatever
    /// `--by` is.
    ///
    /// - Throws: ``GroupingError/missingColumn(_:)`` when the file lacks a dimension's column.
    func regrouped(by dimensions: [GroupDimension]) throws(GroupingError) -> Self
}

extension MetricSource {
    /// The labels of the groups (``Grouping/labels``).
    public var groupLabels: [[String]] { grouping.labels }

    /// Whether the source serves the metric with this key.
    public func serves(_ key: String) -> Bool {
        metrics.contains { $0.key == key }
    }
}
