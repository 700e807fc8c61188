import RuralStatCore
import RuralStatData
import RuralStatReport
import RuralStatText

/// The document `ruralstat validate` prints: what the households file holds and the warnings
/// of its checks (SPEC §2, §4.1).
public struct ValidationReport: Sendable {
    /// The summary of the households file.
    public let summary: ValidationSummary
    /// The households file's name, for the heading.
    public let source: String
    /// The number of rows of the workers file, when one was read.
    public let workerRows: Int?
    /// The notes of reading the files (``RuralStatData/ReadReport/notes``).
    public let readNotes: [LocalizedText]
    /// How many warnings the readable document shows; the JSON and CSV documents list them all.
    public let warningsShown: Int

    /// A report of `summary`, read from `source`.
    public init(_ summary: ValidationSummary, source: String, workerRows: Int? = nil, readNotes: [LocalizedText] = [],
                warningsShown: Int = 20) {
        self.summary = summary
        self.source = source
        self.workerRows = workerRows
        self.readNotes = readNotes
        self.warningsShown = warningsShown
    }

    /// The JSON object of SPEC §4.1: the facts, then the warnings.
    public func machineDocument() -> ReportDocument {
        var facts: [(String, JSONValue)] = [
            ("rows", .integer(summary.rows)),
            ("households", .integer(summary.households)),
            ("years", .array(summary.years.map { .integer($0) })),
            ("rows_per_year", .object(summary.rowsPerYear.map { (String($0.year), .integer($0.rows)) })),
            ("categories", .object(summary.categories.map { ($0.code, .integer($0.rows)) })),
            ("townships", .integer(summary.townships)),
            ("optional_columns", .array(summary.optionalColumns.map { .string($0) })),
        ]
        if let workerRows { facts.append(("worker_rows", .integer(workerRows))) }
        return ReportDocument(facts: facts, sections: [Self.warningsSection(summary.warnings)])
    }

    /// The complete warnings table alone (for CSV).
    public func warningsDocument() -> ReportDocument {
        ReportDocument(sections: [Self.warningsSection(summary.warnings)])
    }

    /// Tables for people: the summary, rows per year, categories and the first warnings, with
    /// the notes in `language`.
    public func readableDocument(language: Language = .en) -> ReportDocument {
        let years = summary.years.isEmpty ? "–" : summary.years.count == 1 ? String(summary.years[0])
            : "\(summary.years.first!)–\(summary.years.last!) (\(summary.years.count))"
        var facts: [[ReportCell]] = [
            [.label(code: "rows", chinese: "记录数"), .quantity(Double(summary.rows), .count)],
            [.label(code: "households", chinese: "户数"),
             .quantity(Double(summary.households), .count)],
            [.label(code: "years", chinese: "年度"), .text(years)],
            [.label(code: "townships", chinese: "乡镇数"), .quantity(Double(summary.townships), .count)],
            [.label(code: "optional columns", chinese: "可选列"), Self.optionalColumnsCell(summary.optionalColumns)],
        ]
        if let workerRows {
            facts.append([.label(code: "worker rows", chinese: "务工人员记录数"),
                          .quantity(Double(workerRows), .count)])
        }
        var sections = [
            ReportDocument.Section(key: "summary", heading: "Summary of \(source)",
                                   chinese: "数据概况：\(source)", table: Self.table(
                columns: [ReportColumn("item", title: "Item", chinese: "项目", style: .text),
                          ReportColumn("value", title: "Value", chinese: "数值", style: .text)],
                rows: facts)),
            ReportDocument.Section(key: "rows_per_year", heading: "Rows per year", chinese: "各年度记录数",
                                   table: Self.table(
                columns: [ReportColumn("year", title: "Year", chinese: "年度", style: .year),
                          ReportColumn("rows", title: "Rows", chinese: "记录数", style: .count)],
                rows: summary.rowsPerYear.map { [.integer($0.year), .integer($0.rows)] })),
        ]
        if !summary.categories.isEmpty {
            sections.append(ReportDocument.Section(key: "categories", heading: "Categories", chinese: "户类型",
                                                   table: Self.table(
                columns: [ReportColumn("category", title: "Category", chinese: "户类型", style: .text),
                          ReportColumn("rows", title: "Rows", chinese: "记录数", style: .count)],
                rows: summary.categories.map { entry in
                    let label = HouseholdCategory.allCases.first { $0.code == entry.code }?.chineseLabel ?? "缺失"
                    return [.label(code: entry.code, chinese: label), .integer(entry.rows)]
                })))
        }
        var notes = readNotes.map { $0.text(language) }
        if summary.warnings.isEmpty {
            notes.append(language == .zh ? "没有提示" : "no warnings")
        } else {
            sections.append(Self.warningsSection(Array(summary.warnings.prefix(warningsShown))))
            if summary.warnings.count > warningsShown {
                let count = summary.warnings.count
                notes.append(language == .zh ? "共 \(count) 条提示；--format json 或 csv 列出全部"
                    : "\(count) warnings in all; --format json or csv lists every one")
            }
        }
        return ReportDocument(sections: sections, notes: notes)
    }

    /// The optional columns present, by whichever list is shorter: "all 18", "17 of 18;
    /// missing: weight", "2 of 18: township, category", "none" (and in Chinese). JSON lists
    /// them all.
    static func optionalColumnsCell(_ present: [String]) -> ReportCell {
        let all = FileSchema.households.filter { !$0.isRequired }.map(\.name)
        let missing = all.filter { !present.contains($0) }
        if present.isEmpty { return .label(code: "none", chinese: "无") }
        if missing.isEmpty { return .label(code: "all \(all.count)", chinese: "全部 \(all.count) 列") }
        let (listed, english, chinese) = present.count <= missing.count ? (present, ":", "：") : (missing, "; missing:", "；缺：")
        return .label(code: "\(present.count) of \(all.count)\(english) \(listed.joined(separator: ", "))",
                      chinese: "\(all.count) 列中 \(present.count) 列\(chinese)"
                          + listed.map(FileSchema.chineseHouseholdHeader).joined(separator: "、"))
    }

    /// A table with `columns` and `rows`.
    static func table(columns: [ReportColumn], rows: [[ReportCell]]) -> ReportTable {
        var table = ReportTable(columns: columns)
        for row in rows { table.append(row) }
        return table
    }

    /// Warnings as a table with the keys of SPEC §4.1: line, column, message.
    static func warningsSection(_ warnings: [ValidationWarning]) -> ReportDocument.Section {
        ReportDocument.Section(key: "warnings", heading: "Warnings", chinese: "提示", table: Self.table(
            columns: [ReportColumn("line", title: "Line", chinese: "行", style: .year),
                      ReportColumn("column", title: "Column", chinese: "列", style: .text),
                      ReportColumn("message", title: "Message", chinese: "说明", style: .text)],
            rows: warnings.map { warning in
                [.integer(warning.line), .label(code: warning.column, chinese: Self.chineseName(warning.column)),
                 .label(code: warning.message.en, chinese: warning.message.zh)]
            }))
    }

    /// The header RuralStat writes in Chinese for a households column (`income`, the four
    /// income columns together, is 收入).
    static func chineseName(_ column: String) -> String {
        column == "income" ? "收入" : FileSchema.chineseHouseholdHeader(column)
    }
}
