/// Why a risk analysis could not be made from the data given.
public struct RiskError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, naming the year or setting concerned.
    public let message: String

    /// An error with `message`.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
