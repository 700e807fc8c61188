import RuralStatText

/// Renders a table as an HTML `<table>`.
extension ReportTable {
    /// An HTML table in `language`: a header row of column titles (`<th scope="col">`), then one
    /// row per table row, cells formatted as in the terminal and Markdown tables; numeric
    /// columns carry `class="num"` (right-aligned by the page's style). Every text is escaped.
    /// The columns are the essential and standard ones, or every one when `wide` (`--wide`),
    /// with a note (`<p class="table-note">`) naming those left out.
    public func html(language: Language, wide: Bool = false) -> String {
        let shown = shown(TableLayout(wide: wide), language: language)
        let note = Self.leftOutNote(shown.leftOut, language: language)
            .map { "<p class=\"table-note\">\(MarkupEscaping.escaped($0))</p>\n" } ?? ""
        return shown.table.htmlTable(language: language) + note
    }

    private func htmlTable(language: Language) -> String {
        func cellClass(_ column: Int) -> String { isNumeric(column: column) ? " class=\"num\"" : "" }
        var out = "<table>\n<thead>\n<tr>"
        for (c, column) in columns.enumerated() {
            out += "<th scope=\"col\"\(cellClass(c))>\(MarkupEscaping.escaped(column.title(in: language)))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for r in rows.indices {
            out += "<tr>"
            for c in columns.indices {
                out += "<td\(cellClass(c))>\(MarkupEscaping.escaped(displayText(row: r, column: c, language: language)))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
