/// A sentence for people in both languages of `--lang`, made where the message is made.
///
/// Errors, warnings, notes and hints keep one of these instead of an English string, and the
/// program prints ``text(_:)`` in the user's language. File names, option names and the
/// file's own header names go into both versions as written.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// The English text.
    public var en: String
    /// The Chinese text.
    public var zh: String

    /// A text with its English and Chinese versions.
    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The message of `error` in both languages: a ``LocalizedMessage``'s own texts, else its
    /// description in both (for errors of other libraries).
    public init(describing error: any Error) {
        if let message = error as? any LocalizedMessage {
            self.init(en: message.text(.en), zh: message.text(.zh))
        } else {
            let text = String(describing: error)
            self.init(en: text, zh: text)
        }
    }

    /// Text that reads the same in both languages: a file name, a number, an option.
    public static func verbatim(_ text: String) -> LocalizedText {
        LocalizedText(en: text, zh: text)
    }

    /// The version for `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }

    /// The English text.
    public var description: String { en }

    /// The two texts one after the other, language by language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(en: lhs.en + rhs.en, zh: lhs.zh + rhs.zh)
    }

    /// The texts joined language by language, with `en` between English and `zh` between
    /// Chinese ones.
    public static func joined(_ texts: [LocalizedText], en: String, zh: String) -> LocalizedText {
        LocalizedText(en: texts.map(\.en).joined(separator: en), zh: texts.map(\.zh).joined(separator: zh))
    }
}

/// An error or warning that people read in either language (``LocalizedText``).
///
/// `description` is the English text, so `"\(error)"` and logs read as before.
public protocol LocalizedMessage: CustomStringConvertible {
    /// The message in `language`.
    func text(_ language: Language) -> String
}

extension LocalizedMessage {
    /// The English text.
    public var description: String { text(.en) }
}
