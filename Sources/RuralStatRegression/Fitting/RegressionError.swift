/// Why a regression could not be fitted or used: data problems, each naming what is wrong.
public struct RegressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Code: Sendable, Equatable {
        /// The formula cannot be parsed or names something unknown.
        case formula
        /// A value is not usable (a weight that is not positive, a transformed value that is
        /// not finite, a response that is text).
        case badValue
        /// Too few usable rows or no model columns.
        case noData
        /// A covariance type needs something the fit does not have (cluster ids).
        case usage
        /// LAPACK reported a failure the data caused.
        case numerical
    }

    /// The kind of problem.
    public let code: Code
    /// A message naming the column, row, token or value concerned.
    public let message: String

    /// Creates an error of `code` with `message`.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// A weights or cluster column that the data does not have, listing the columns it has
    /// (a formula's unknown column is ``Formula/unknownColumn(_:columns:)``).
    public static func unknownColumn(_ name: String, columns: [String]) -> RegressionError {
        RegressionError(.usage, "unknown column \"\(name)\" (columns: \(columns.joined(separator: ", ")))")
    }
}
