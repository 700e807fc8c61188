import RuralStatText

/// Renders a table as Markdown.
extension ReportTable {
    /// A GitHub-flavoured Markdown table in `language`, cells formatted as in the terminal;
    /// numeric columns right-aligned; `|` in text escaped. The columns are the essential and
    /// standard ones, or every one when `wide` (`--wide`), with a note naming those left out.
    public func markdown(language: Language, wide: Bool = false) -> String {
        let shown = shown(TableLayout(wide: wide), language: language)
        let note = Self.leftOutNote(shown.leftOut, language: language).map { "\n" + $0 + "\n" } ?? ""
        return shown.table.markdownTable(language: language) + note
    }

    private func markdownTable(language: Language) -> String {
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
