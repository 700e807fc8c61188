import RuralStatText

/// Renders a table for a terminal.
extension ReportTable {
    /// An aligned plain-text table in `language`: a title row, a rule, then the rows; numbers
    /// right-aligned with units and thousands separators; Chinese text measured in terminal
    /// columns so the columns line up.
    public func terminalText(language: Language) -> String {
        let titles = columns.map { $0.title(in: language) }
        let cells = rows.indices.map { r in columns.indices.map { displayText(row: r, column: $0, language: language) } }
        let widths = columns.indices.map { c in
            ([titles[c]] + cells.map { $0[c] }).map(DisplayWidth.of).max() ?? 0
        }
        func line(_ texts: [String]) -> String {
            var text = columns.indices
                .map { c in DisplayWidth.pad(texts[c], to: widths[c], leading: isNumeric(column: c)) }
                .joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var out = line(titles) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
    }
}
