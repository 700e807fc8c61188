/// The formats a result can be written in (`--format`).
public enum OutputFormat: String, CaseIterable, Sendable {
    /// An aligned table for a terminal, with units and thousands separators.
    case table
    /// RFC 4180 CSV with the snake_case column names of SPEC §4.1 and numbers in full precision.
    case csv
    /// JSON with the snake_case keys of SPEC §4.1 and numbers in full precision.
    case json
    /// A GitHub-flavoured Markdown table, formatted like the terminal table.
    case markdown
    /// An Excel workbook: one sheet per table, titles in the chosen language, numbers as
    /// numbers with formats (yuan, percent); written to a file (`--output`).
    case xlsx
}

/// The language of labels for people (`--lang`): column titles and category names.
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
