/// Why a risk analysis could not be made from the data given.
public struct RiskError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, naming the year or setting concerned.
    public let message: String
    /// Whether the data have too few year-to-year transitions to fit a model (a back-test
    /// skips such years; any other error stops it).
    public let isTooLittleHistory: Bool

    /// An error with `message`.
    public init(_ message: String, tooLittleHistory: Bool = false) {
        self.message = message
        isTooLittleHistory = tooLittleHistory
    }

    public var description: String { message }
}
