import Foundation
import RuralStatText
import ZIPFoundation

/// Writes a minimal Office Open XML workbook: one worksheet per table, inline strings, a
/// bold header row, frozen under the header, and number formats per column style.
///
/// Every zip entry carries the same fixed timestamp, so the same tables give the same bytes.
enum XLSXWriter {
    /// A worksheet: its name and its table.
    struct Sheet {
        let name: String
        let table: ReportTable
    }

    /// Style indices into `cellXfs` of ``styles``.
    private enum Style: Int {
        case plain = 0, header, grouped, percent, decimal, integer
    }

    static func workbook(_ sheets: [Sheet], language: Language) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbookXML(names: sheetNames(sheets.map(\.name)))),
            ("xl/_rels/workbook.xml.rels", workbookRelations(count: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet.table, language: language)))
        }
        let fixedDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the zip epoch
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let bytes = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return Array(bytes)
    }

    private static func worksheet(_ table: ReportTable, language: Language) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" state="frozen"/></sheetView></sheetViews>"#
        xml += "<sheetData>"
        xml += "<row r=\"1\">"
        for (column, title) in table.columns.enumerated() {
            xml += inlineString(title.title(in: language), style: .header, at: reference(column: column, row: 1))
        }
        xml += "</row>"
        for (index, cells) in table.rows.enumerated() {
            let rowNumber = index + 2
            xml += "<row r=\"\(rowNumber)\">"
            for (column, (spec, cell)) in zip(table.columns, cells).enumerated() {
                xml += self.cell(cell, style: spec.style, language: language,
                                 at: reference(column: column, row: rowNumber))
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        return xml
    }

    /// A cell's XML at `reference` (e.g. `B7`); empty for a missing value.
    private static func cell(_ cell: ReportCell, style: ColumnStyle, language: Language, at reference: String) -> String {
        switch cell {
        case .text(let text): return inlineString(text, style: .plain, at: reference)
        case .label(let code, let chinese):
            return inlineString(language == .zh ? chinese : code, style: .plain, at: reference)
        case .integer(let value):
            return number(Double(value), style: style == .year ? .integer : numberStyle(style), at: reference)
        case .number(let value):
            return value.isFinite ? number(value, style: numberStyle(style), at: reference) : ""
        case .quantity(let value, let own):
            return value.isFinite ? number(value, style: numberStyle(own), at: reference) : ""
        case .boolean(let value): return "<c r=\"\(reference)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>"
        case .missing: return ""
        }
    }

    private static func numberStyle(_ style: ColumnStyle) -> Style {
        switch style {
        case .count, .money, .signedMoney: .grouped
        case .share, .signedShare, .signedPoints: .percent
        case .decimal, .signedDecimal: .decimal
        case .year: .integer
        case .text, .flag: .plain
        }
    }

    private static func number(_ value: Double, style: Style, at reference: String) -> String {
        "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(JSONValue.format(value))</v></c>"
    }

    private static func inlineString(_ text: String, style: Style, at reference: String) -> String {
        "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(MarkupEscaping.escaped(text))</t></is></c>"
    }

    private static func reference(column: Int, row: Int) -> String {
        var letters = ""
        var n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            n = (n - 1) / 26
        }
        return "\(letters)\(row)"
    }

    /// Sheet names: a path reduced to its file name, none of `[]:*?/\\`, at most 31 characters
    /// (Excel's limit), a longer one cut after a whole word or segment (before a space, after
    /// `–`, `,`, `、`, `）` …) where the first 31 characters have such a boundary past their
    /// middle; unique, a repeat taking ` (2)`, ` (3)`, … within the same limit.
    static func sheetNames(_ names: [String]) -> [String] {
        func cleaned(_ name: String) -> String {
            let words = name.split(separator: " ", omittingEmptySubsequences: false).map { word in
                word.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
            }
            let kept = words.joined(separator: " ").filter { !"[]:*?".contains($0) }.trimmingCharacters(in: .whitespaces)
            return kept.isEmpty ? "Sheet" : kept
        }
        return UniqueNames.make(names, first: { cut(cleaned($0), to: 31) },
                                variant: { cut(cleaned($0), to: 31 - " (\($1))".count) + " (\($1))" })
    }

    /// `name` in at most `limit` characters, cut at the last word or segment boundary that
    /// keeps more than half of them, else at `limit`; trailing spaces and separators dropped.
    private static func cut(_ name: String, to limit: Int) -> String {
        let characters = Array(name)
        guard characters.count > limit else { return name }
        let after: Set<Character> = ["–", "—", "-", ",", "，", "、", "：", "）", ")", ";", "；"]
        let boundary = stride(from: limit, to: limit / 2, by: -1).first { k in
            characters[k] == " " || after.contains(characters[k - 1])
        } ?? limit
        var text = String(characters[..<boundary])
        while let last = text.last, last == " " || (after.contains(last) && last != "）" && last != ")") {
            text.removeLast()
        }
        return text
    }

    private static func contentTypes(count: Int) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for index in 1...max(count, 1) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    private static let rootRelations = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbookXML(names: [String]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        xml += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(MarkupEscaping.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    private static func workbookRelations(count: Int) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 1...max(count, 1) {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    /// Fonts: regular and bold. Formats: built-in 3 (#,##0), 1 (0); custom 164 (0.0%), 165 (0.00).
    /// The named style Normal over the default format, which readers such as openpyxl expect.
    private static let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + ##"<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>"##
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="6">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"</cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + #"</styleSheet>"#
}
