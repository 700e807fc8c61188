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
    /// One self-contained HTML5 page (inline CSS and SVG, no script, no external reference):
    /// headings, the tables formatted as in the terminal, the sections' figures, the notes.
    case html
}
