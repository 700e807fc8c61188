/// A question a target asks of the data: one metric, for one population, in one group and year.
public struct MetricQuery: Sendable, Hashable {
    /// The metric, e.g. ``Metric/pci``, ``Metric/workers``.
    public var metric: Metric
    /// The categories of households counted; `nil` means every household of the group.
    public var population: Set<HouseholdCategory>?
    /// The line for the `*_below_line` metrics.
    public var line: LineChoice?
    /// The group: an index into ``MetricSource/groupLabels``.
    public var group: Int
    /// The year.
    public var year: Int

    /// Creates a query.
    public init(metric: Metric, population: Set<HouseholdCategory>?, line: LineChoice? = nil, group: Int, year: Int) {
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
    /// The labels of the report's groups (``Grouping/labels``).
    var groupLabels: [[String]] { get }
    /// The years of the data, ascending.
    var years: [Int] { get }
    /// The metrics this source serves, in registry order.
    var metrics: [Metric] { get }
    /// The metric's value, or `nil` when undefined (no previous year, an empty group).
    ///
    /// - Throws: ``MetricError/notServed(_:served:)`` for a metric the source does not serve.
    func value(_ query: MetricQuery) throws(MetricError) -> Double?
}

extension MetricSource {
    /// Whether the source serves the metric with this key.
    public func serves(_ key: String) -> Bool {
        metrics.contains { $0.key == key }
    }
}
