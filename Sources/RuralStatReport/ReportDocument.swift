import RuralStatText

/// A command's whole output: named tables plus a few facts about the run, rendered in one of
/// the ``OutputFormat``s.
///
/// JSON gives one object: the ``facts`` first, then each table as an array of row objects
/// under its key (e.g. `rows` and `targets` for `income`). Tables and Markdown show each
/// table under its heading, then the notes. An Excel workbook has one sheet per table, named
/// by its heading, then a sheet of the notes. CSV is one table only: the first; commands write the others to files of
/// their own (e.g. `--targets-output`). HTML is one self-contained page: the ``title``, each
/// section's figures and table, then the notes (see `ReportDocument+HTML.swift`).
/// Markdown embeds a section's figures as inline SVG (raw HTML) above its table.
public struct ReportDocument: Sendable {
    /// A table with its JSON key and its heading for people.
    public struct Section: Sendable {
        /// The JSON key, e.g. `targets`.
        public let key: String
        /// The heading in English.
        public let heading: String
        /// The heading in Chinese.
        public let chineseHeading: String
        /// The table.
        public let table: ReportTable
        /// Figures shown above the table in HTML and Markdown (inline SVG); the other formats
        /// leave them out.
        public let figures: [ReportFigure]

        /// Creates a section.
        public init(key: String, heading: String, chinese: String, table: ReportTable, figures: [ReportFigure] = []) {
            self.key = key
            self.heading = heading
            self.chineseHeading = chinese
            self.table = table
            self.figures = figures
        }

        /// The heading in `language`.
        func heading(in language: Language) -> String {
            language == .zh ? chineseHeading : heading
        }
    }

    /// Facts about the run written at the top of the JSON object (settings, counts).
    public var facts: [(String, JSONValue)]
    /// The tables, the main one first.
    public var sections: [Section]
    /// Lines for people printed under the tables (not in CSV or JSON).
    public var notes: [String]
    /// The title of the HTML page in English, its `<h1>`; when empty, the page has no `<h1>` and
    /// its `<title>` is the first section's heading.
    public var title = ""
    /// The page title in Chinese; when empty, the first section's Chinese heading.
    public var chineseTitle = ""

    /// Creates a document.
    public init(facts: [(String, JSONValue)] = [], sections: [Section], notes: [String] = []) {
        self.facts = facts
        self.sections = sections
        self.notes = notes
    }

    /// The document rendered in `format` and `language`: UTF-8 text, or the bytes of a workbook.
    ///
    /// Terminal tables follow `layout` (the terminal's width, `--wide`); Markdown and HTML
    /// tables only its ``TableLayout/wide``; CSV, JSON and workbooks always carry every column.
    /// A workbook ends with a sheet of the notes when there are any.
    ///
    /// - Throws: only for ``OutputFormat/xlsx``, when the workbook's zip archive cannot be built.
    public func rendered(as format: OutputFormat, language: Language, layout: TableLayout = .unfitted) throws -> [UInt8] {
        switch format {
        case .xlsx:
            var sheets = sections.map {
                XLSXWriter.Sheet(name: language == .zh ? $0.chineseHeading : $0.heading, table: $0.table)
            }
            if !notes.isEmpty {
                var table = ReportTable(columns: [ReportColumn("note", title: "Note", chinese: "说明", style: .text)])
                for note in notes { table.append([.text(note)]) }
                sheets.append(XLSXWriter.Sheet(name: language == .zh ? "说明" : "Notes", table: table))
            }
            return try XLSXWriter.workbook(sheets, language: language)
        case .csv:
            return sections.first?.table.csv() ?? []
        case .json:
            let members = facts + sections.map { ($0.key, $0.table.jsonRows()) }
            return Array((JSONValue.object(members).serialized(indent: 2) + "\n").utf8)
        case .html:
            return Array(html(language: language, wide: layout.wide).utf8)
        case .table, .markdown:
            var parts: [String] = []
            for section in sections {
                let heading = section.heading(in: language)
                if format == .markdown {
                    let figures = section.figures.map { $0.markdown(language: language) }.joined()
                    parts.append("## \(heading)\n\n" + figures + section.table.markdown(language: language, wide: layout.wide))
                } else {
                    parts.append("\(heading)\n\n" + section.table.terminalText(language: language, layout: layout))
                }
            }
            if !notes.isEmpty {
                parts.append(notes.map { format == .markdown ? "- \($0)" : ReportTable.wrapped($0, width: layout.width) }
                    .joined(separator: "\n") + "\n")
            }
            return Array(parts.joined(separator: "\n").utf8)
        }
    }
}
