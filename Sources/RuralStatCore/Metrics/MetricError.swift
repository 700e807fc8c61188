/// Why a ``MetricSource`` could not answer a query.
public enum MetricError: Error, Equatable, CustomStringConvertible {
    /// The source does not serve this metric; `served` lists the ones it does.
    case notServed(Metric, served: [Metric])

    public var description: String {
        switch self {
        case .notServed(let metric, let served):
            "metric '\(metric.key)' is not served by this analysis; it serves "
                + served.map(\.key).joined(separator: ", ")
        }
    }
}
