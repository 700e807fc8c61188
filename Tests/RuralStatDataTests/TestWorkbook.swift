import Foundation
import ZIPFoundation

/// A workbook built part by part from given bytes, for feeding the reader hostile sheets:
/// a workbook.xml and its relations naming `xl/worksheets/sheet1.xml`, the sheet, and
/// optional shared strings, styles and extra entries, deflated as Excel does.
struct TestWorkbook {
    static let workbook = Array("""
        <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
        <sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """.utf8)
    static let relations = Array("""
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/></Relationships>
        """.utf8)
    /// cellXfs 1 shows dates (built-in format 14).
    static let dateStyles = Array("""
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2">\
        <xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>
        """.utf8)

    let path: String

    /// A sheet whose `<sheetData>` holds `rows` (already XML).
    static func sheet(_ rows: String) -> [UInt8] {
        Array(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
               + rows + "</sheetData></worksheet>").utf8)
    }

    /// Inline-string and number cells of one row: `"H1"` as text, `2022` as a number.
    static func row(_ number: Int, _ cells: [Any]) -> String {
        let letters = (0..<cells.count).map { String(UnicodeScalar(UInt8(65 + $0))) }
        let body = zip(letters, cells).map { letter, cell in
            if let text = cell as? String { return "<c r=\"\(letter)\(number)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
            return "<c r=\"\(letter)\(number)\"><v>\(cell)</v></c>"
        }.joined()
        return "<row r=\"\(number)\">\(body)</row>"
    }

    init(sheet: [UInt8], sharedStrings: [UInt8]? = nil, styles: [UInt8]? = nil,
         workbook: [UInt8] = Self.workbook, extraEntries: Int = 0) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("book.xlsx").path
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        var parts: [(String, [UInt8])] = [("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", Self.relations),
                                          ("xl/worksheets/sheet1.xml", sheet)]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", sharedStrings)) }
        if let styles { parts.append(("xl/styles.xml", styles)) }
        for index in 0..<extraEntries { parts.append(("docProps/extra\(index).xml", Array("<x/>".utf8))) }
        for (name, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
