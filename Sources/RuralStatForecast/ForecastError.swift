import RuralStatText

/// Why a forecast could not be made: a value with a code and a message naming what is wrong.
public struct ForecastError: Error, Sendable, Equatable, LocalizedMessage {
    /// The kind of failure.
    public struct Code: RawRepresentable, Sendable, Hashable {
        /// The raw value.
        public let rawValue: String
        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A setting that cannot be used (a formula on another response, a horizon of 0).
        public static let usage = Code(rawValue: "usage")
        /// The data cannot support the request (no consecutive years, a series too short).
        public static let noData = Code(rawValue: "no-data")
        /// A value in the input is unusable (a series value that is not positive).
        public static let badValue = Code(rawValue: "bad-value")
    }

    /// The kind of failure.
    public let code: Code
    /// What is wrong, for people.
    public let message: LocalizedText

    /// Creates an error.
    public init(_ code: Code, _ message: LocalizedText) {
        self.code = code
        self.message = message
    }

    /// Creates an error saying `en` (`zh` in Chinese).
    public init(_ code: Code, _ en: String, _ zh: String) {
        self.init(code, LocalizedText(en: en, zh: zh))
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String { message.text(language) }
}
