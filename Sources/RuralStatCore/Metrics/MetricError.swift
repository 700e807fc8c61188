/// Why a ``MetricSource`` could not answer a query.
public enum MetricError: Error, Equatable, CustomStringConvertible {
    /// The source does not serve this metric; `served` lists the ones it does.
    case notServed(Metric, served: [Metric])
    /// The source could not be regrouped for a county-level target or a relative target's
    /// reference.
    case regrouping(GroupingError)

    public var description: String {
        switch self {
        case .notServed(let metric, let served):
            "metric '\(metric.key)' is not served by this analysis; it serves "
                + served.map(\.key).joined(separator: ", ")
        case .regrouping(let error):
            error.description
        }
    }
}
