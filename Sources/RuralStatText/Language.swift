/// The language of labels for people (`--lang`): column titles and category names, and of
/// the messages on standard error (``LocalizedText``).
///
/// Machine-readable output (CSV, JSON) always keeps the snake_case names and English codes
/// of SPEC §4.1 so that scripts do not break; the language applies to tables, Markdown and
/// Excel workbooks, which people read.
public enum Language: String, CaseIterable, Sendable {
    /// English.
    case en
    /// Simplified Chinese.
    case zh
}
