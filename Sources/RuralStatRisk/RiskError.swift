import RuralStatText

/// Why a risk analysis could not be made from the data given.
public struct RiskError: Error, Sendable, Equatable, LocalizedMessage {
    /// What is wrong, naming the year or setting concerned.
    public let message: LocalizedText
    /// Whether the data have too few year-to-year transitions to fit a model (a back-test
    /// skips such years; any other error stops it).
    public let isTooLittleHistory: Bool

    /// An error with `message`.
    public init(_ message: LocalizedText, tooLittleHistory: Bool = false) {
        self.message = message
        isTooLittleHistory = tooLittleHistory
    }

    /// An error saying `en` (`zh` in Chinese).
    public init(_ en: String, _ zh: String, tooLittleHistory: Bool = false) {
        self.init(LocalizedText(en: en, zh: zh), tooLittleHistory: tooLittleHistory)
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String { message.text(language) }
}
