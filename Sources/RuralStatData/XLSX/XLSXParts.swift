import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parsers for the XML parts of a workbook that ``XLSXSheet`` reads.
enum XLSXParts {
    /// A problem with one cell, named by its reference.
    struct CellProblem: Error {
        let message: String
    }

    /// The target path of the first `<sheet>` in workbook.xml, through workbook.xml.rels.
    static func firstSheetTarget(workbook: Data, relations: Data) throws(CellProblem) -> String? {
        let sheets = try ElementCollector(["sheet"]).collect(workbook, part: "xl/workbook.xml")
        guard let first = sheets.first,
              let id = first.attributes.first(where: { $0.key.hasSuffix(":id") || $0.key == "id" })?.value
        else { return nil }
        return try ElementCollector(["Relationship"]).collect(relations, part: "xl/_rels/workbook.xml.rels")
            .first { $0.attributes["Id"] == id }?.attributes["Target"]
    }

    /// The shared-string table: each `<si>`'s text, rich-text runs joined.
    static func sharedStrings(_ data: Data) throws(CellProblem) -> [String] {
        let parser = SharedStringsParser()
        try parser.parse(data, part: "xl/sharedStrings.xml")
        return parser.strings
    }

    /// The indices of cell formats (`cellXfs`) that show numbers as dates.
    static func dateStyles(_ data: Data) throws(CellProblem) -> Set<Int> {
        let parser = StylesParser()
        try parser.parse(data, part: "xl/styles.xml")
        return parser.dateStyleIndices
    }

    /// The sheet's rows as text cells.
    static func rows(
        sheet: Data, part: String, sharedStrings: [String], dateStyles: Set<Int>
    ) throws(CellProblem) -> [XLSXSheet.Row] {
        let parser = SheetParser(sharedStrings: sharedStrings, dateStyles: dateStyles)
        try parser.parse(sheet, part: part)
        if let problem = parser.problem { throw problem }
        return parser.rows
    }

    /// A date cell's text: Excel's serial day number (1900 date system) as `YYYY-MM-DD`.
    static func dateText(serial: Double) -> String {
        // Serial 25569 is 1970-01-01; Excel's fictitious 1900-02-29 lies before every date here.
        let days = Int((serial - 25569).rounded(.down))
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// The zero-based column of a cell reference such as `AB12`.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard let ascii = UInt8(exactly: scalar.value), (65...90).contains(ascii) else { break }
            column = column * 26 + Int(ascii - 64)
            letters += 1
        }
        return letters == 0 ? nil : column - 1
    }
}

/// The small event parsers below: each conforms to `XMLParserDelegate` itself (a base class
/// would bind the protocol's default implementations, not the subclasses' methods).
protocol XMLPartParser: XMLParserDelegate {}

extension XMLPartParser {
    /// Runs the parser over `data`; `part` names the part in the error for malformed XML.
    func parse(_ data: Data, part: String) throws(XLSXParts.CellProblem) {
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else {
            throw XLSXParts.CellProblem(message: "\(part) is not well-formed XML (line \(parser.lineNumber))")
        }
    }
}

/// Collects the attributes of every element with one of the given names.
final class ElementCollector: NSObject, XMLPartParser {
    struct Element {
        let attributes: [String: String]
    }

    private let names: Set<String>
    private var found: [Element] = []

    init(_ names: Set<String>) {
        self.names = names
    }

    func collect(_ data: Data, part: String) throws(XLSXParts.CellProblem) -> [Element] {
        try parse(data, part: part)
        return found
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        if names.contains(name) { found.append(Element(attributes: attributes)) }
    }
}

/// Reads sharedStrings.xml: the text of each `<si>`, phonetic runs (`<rPh>`) left out.
final class SharedStringsParser: NSObject, XMLPartParser {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// Reads styles.xml: which cell formats show dates.
final class StylesParser: NSObject, XMLPartParser {
    private(set) var dateStyleIndices: Set<Int> = []
    private var customDateFormats: Set<Int> = []
    private var inCellXfs = false
    private var xfIndex = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"],
               Self.isDateFormat(code) {
                customDateFormats.insert(id)
            }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs:
            let format = attributes["numFmtId"].flatMap(Int.init) ?? 0
            if (14...22).contains(format) || customDateFormats.contains(format) { dateStyleIndices.insert(xfIndex) }
            xfIndex += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellXfs = false }
    }

    /// A format code shows a date when, outside quoted text and [brackets], it has y or d
    /// (m alone could be minutes).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "y", "d": if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }
}

/// Reads a worksheet's `<sheetData>` into rows of text cells.
final class SheetParser: NSObject, XMLPartParser {
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private(set) var rows: [XLSXSheet.Row] = []
    private(set) var problem: XLSXParts.CellProblem?
    private var rowNumber = 0
    private var cells: [String] = []
    private var cellColumn = 0
    private var cellReference = ""
    private var cellType = "n"
    private var cellStyle = 0
    private var text = ""
    private var collecting = false

    init(sharedStrings: [String], dateStyles: Set<Int>) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = []
        case "c":
            cellReference = attributes["r"] ?? ""
            cellColumn = XLSXParts.column(of: cellReference) ?? cells.count
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            text = ""
        case "v", "t":
            collecting = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            collecting = false
        case "c":
            let value = cellText()
            if cellColumn >= cells.count { cells += Array(repeating: "", count: cellColumn - cells.count + 1) }
            cells[cellColumn] = value
        case "row":
            while cells.last == "" { cells.removeLast() }
            rows.append(XLSXSheet.Row(number: rowNumber, cells: cells))
        default: break
        }
    }

    private func cellText() -> String {
        switch cellType {
        case "s":
            guard let index = Int(text), sharedStrings.indices.contains(index) else {
                problem = problem ?? XLSXParts.CellProblem(message: "cell \(cellReference): shared string \(text) does not exist")
                return ""
            }
            return sharedStrings[index]
        case "b":
            return text == "1" ? "1" : "0"
        case "n":
            guard !text.isEmpty, let number = Double(text) else { return text }
            if dateStyles.contains(cellStyle) { return XLSXParts.dateText(serial: number) }
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : number.description
        default:
            return text
        }
    }
}
