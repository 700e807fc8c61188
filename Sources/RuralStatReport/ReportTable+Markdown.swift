import RuralStatText

/// Renders a table as Markdown.
extension ReportTable {
    /// A GitHub-flavoured Markdown table in `language`, cells formatted as in the terminal;
    /// numeric columns right-aligned; `|` in text escaped.
    public func markdown(language: Language) -> String {
        func escape(_ text: String) -> String { text.replacing("|", with: "\\|") }
        var out = "| " + columns.map { escape($0.title(in: language)) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.indices.map { isNumeric(column: $0) ? " ---: |" : " :--- |" }.joined() + "\n"
        for r in rows.indices {
            let texts = columns.indices.map { escape(displayText(row: r, column: $0, language: language)) }
            out += "| " + texts.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
