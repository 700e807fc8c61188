/// Why a ``MetricSource`` could not answer a query.
public enum MetricError: Error, Equatable, CustomStringConvertible {
    /// The source does not serve this metric.
    case unknownMetric(String)

    public var description: String {
        switch self {
        case .unknownMetric(let name): "unknown metric '\(name)' for this analysis"
        }
    }
}
