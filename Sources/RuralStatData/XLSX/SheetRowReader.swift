import RuralStatText

/// Reads a worksheet's `<sheetData>` row by row, as ``XMLTokenizer`` hands it over, into
/// records of text cells laid out as the CSV scanner lays out a line.
///
/// Checked as it goes, each a bad-data error naming the row and the cell: row numbers
/// (1 to ``XLSXLimits/maximumRows``, strictly increasing), cell references (`A1` to
/// `XFD1048576`, on their own row, strictly increasing within the row), shared-string
/// indices, cell text up to ``XLSXLimits/maximumCellBytes``, and formula cells without the
/// result Excel caches when it saves (a workbook written by a program and never opened in
/// Excel: its formulas have no value to read, which is not the same as empty). Values that are not
/// finite numbers, or date serials outside Excel's dates, are handed over as written, so
/// that the column's rule refuses that row alone.
struct SheetRowReader: XMLPartHandler {
    private enum Collecting {
        case none
        case value
        case inlineText
    }

    private let sharedStrings: XLSXParts.SharedStrings
    private let dateStyles: Set<Int>
    /// Called with each row that has a cell and its row number; `false` stops the reading.
    private let body: (CSVRecord) -> Bool
    /// Called before the first row with the rows the `<dimension>` element announces (0 if none).
    private let estimate: (Int) -> Void
    private var announcedRows: Int?
    /// Whether records are padded to the first row's (the header's) width.
    private let padsToHeader: Bool
    private var width = 0
    /// Rows with a cell left out before the header (a title above it).
    private let recordsBeforeHeader: Int
    private var skippedRecords = 0

    private var inSheetData = false
    private var rowNumber = 0
    /// The row's fields back to back, and their bounds; reused from row to row.
    private let bytes = ScalarBuffer<UInt8>(capacity: 4096)
    private let starts = ScalarBuffer<Int>(capacity: 64)
    private let ends = ScalarBuffer<Int>(capacity: 64)
    private var cellColumn = 0
    private var cellType = CellType.number
    private var cellStyle = 0
    /// Where the current cell's text starts in ``bytes``: its `<v>` or inline `<t>` is read
    /// straight into the row and formatted there, but for a shared string's index, which is
    /// read into ``index``.
    private var cellStart = 0
    private let index = ScalarBuffer<UInt8>(capacity: 16)
    private var collecting = Collecting.none
    private var inPhonetic = false
    private var inCell = false
    /// Whether the current row has a `<c>` element, even an empty one.
    private var rowHasCell = false
    /// Whether the current cell has a formula `<f>`, and a value `<v>`.
    private var cellHasFormula = false
    private var cellHasValue = false

    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
    }

    init(sharedStrings: XLSXParts.SharedStrings, dateStyles: Set<Int>, padsToHeader: Bool, recordsBeforeHeader: Int = 0,
         estimate: @escaping (Int) -> Void, body: @escaping (CSVRecord) -> Bool) {
        self.padsToHeader = padsToHeader
        self.recordsBeforeHeader = recordsBeforeHeader
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.estimate = estimate
        self.body = body
    }

    mutating func startElement(_ name: UnsafeBufferPointer<UInt8>, attributes: XMLAttributes) throws(XMLPartError) {
        if XMLName.equals(name, "c") {
            guard inSheetData, rowNumber > 0, !inCell else { throw XMLPartError("a cell <c> outside a row", "单元格 <c> 不在行中") }
            inCell = true
            rowHasCell = true
            try startCell(attributes)
        } else if XMLName.equals(name, "v") {
            if inCell {
                collecting = .value
                cellHasValue = true
            }
        } else if XMLName.equals(name, "f") {
            if inCell { cellHasFormula = true }
        } else if XMLName.equals(name, "t") {
            if inCell, cellType == .inlineString, !inPhonetic { collecting = .inlineText }
        } else if XMLName.equals(name, "rPh") {
            inPhonetic = true
        } else if XMLName.equals(name, "row") {
            guard inSheetData else { throw XMLPartError("a <row> outside <sheetData>", "<row> 不在 <sheetData> 中") }
            try startRow(attributes.value("r"))
        } else if XMLName.equals(name, "sheetData") {
            inSheetData = true
        } else if XMLName.equals(name, "dimension"), let reference = attributes.value("ref") {
            announcedRows = Self.lastRow(ofRange: reference)
        }
    }

    mutating func endElement(_ name: UnsafeBufferPointer<UInt8>) throws(XMLPartError) {
        if XMLName.equals(name, "v") || XMLName.equals(name, "t") {
            collecting = .none
        } else if XMLName.equals(name, "c") {
            inCell = false
            try endCell()
        } else if XMLName.equals(name, "rPh") {
            inPhonetic = false
        } else if XMLName.equals(name, "row") {
            try endRow()
        } else if XMLName.equals(name, "sheetData") {
            inSheetData = false
        }
    }

    mutating func characters(_ text: UnsafeBufferPointer<UInt8>) throws(XMLPartError) {
        guard collecting != .none else { return }
        let isIndex = cellType == .sharedString
        guard (isIndex ? index.count : bytes.count - cellStart) + text.count <= XLSXLimits.maximumCellBytes else {
            let cell = Self.reference(cellColumn, rowNumber)
            throw XMLPartError("cell \(cell) holds more than \(XLSXLimits.maximumCellBytes) bytes of text",
                               "单元格 \(cell) 的文本超过 \(XLSXLimits.maximumCellBytes) 字节", row: rowNumber)
        }
        if isIndex { index.append(contentsOf: text) } else { bytes.append(contentsOf: text) }
    }

    /// Appends an empty field at the end of the row's bytes.
    private func appendEmptyField() {
        starts.append(bytes.count)
        ends.append(bytes.count)
    }

    // MARK: - Rows

    private mutating func startRow(_ reference: UnsafeBufferPointer<UInt8>?) throws(XMLPartError) {
        let number: Int
        if let reference {
            guard let written = Self.number(reference), written >= 1, written <= XLSXLimits.maximumRows else {
                let written = String(decoding: reference, as: UTF8.self)
                throw XMLPartError("row number '\(written)' is not one of Excel's rows (1 to \(XLSXLimits.maximumRows))",
                                   "行号“\(written)”不在 Excel 的行范围内（1 到 \(XLSXLimits.maximumRows)）",
                                   row: rowNumber > 0 ? rowNumber : nil)
            }
            guard written > rowNumber else {
                throw XMLPartError("row \(written) comes after row \(rowNumber): rows must be in increasing order, each once",
                                   "第\(written)行出现在第\(rowNumber)行之后：各行必须按递增顺序出现，且各出现一次", row: written)
            }
            number = written
        } else {
            guard rowNumber < XLSXLimits.maximumRows else {
                throw XMLPartError("more than \(XLSXLimits.maximumRows) rows", "超过 \(XLSXLimits.maximumRows) 行", row: rowNumber)
            }
            number = rowNumber + 1
        }
        rowNumber = number
        rowHasCell = false
        bytes.removeAll()
        starts.removeAll()
        ends.removeAll()
    }

    private mutating func endRow() throws(XMLPartError) {
        // Excel may write styled empty cells at the end of a row: they are no fields. A row of
        // nothing but empty cells after the header is handed over padded, as a record of empty
        // fields (what Excel writes as `,,,,` in a CSV), for the reader to skip and count.
        var count = starts.count
        while count > 0, starts[count - 1] == ends[count - 1] { count -= 1 }
        starts.truncate(to: count)
        ends.truncate(to: count)
        guard count > 0 || (padsToHeader && rowHasCell && width > 0) else { return }
        if width == 0, skippedRecords < recordsBeforeHeader { return skippedRecords += 1 }
        while padsToHeader, starts.count < width { appendEmptyField() }
        if width == 0 {
            width = starts.count
            estimate(announcedRows ?? 0)
        }
        guard body(CSVRecord(base: bytes.base, starts: starts.values, ends: ends.values, line: rowNumber)) else { throw .stop }
    }

    // MARK: - Cells

    private mutating func startCell(_ attributes: XMLAttributes) throws(XMLPartError) {
        let next = starts.count
        if let reference = attributes.value("r") {
            guard let (column, row) = Self.cell(reference) else {
                let written = String(decoding: reference, as: UTF8.self)
                throw XMLPartError("cell reference '\(written)' is not a cell of a sheet "
                                   + "(columns A to XFD, rows 1 to \(XLSXLimits.maximumRows))",
                                   "单元格引用“\(written)”不是工作表中的单元格（列 A 到 XFD，行 1 到 \(XLSXLimits.maximumRows)）",
                                   row: rowNumber)
            }
            guard row == rowNumber else {
                let written = String(decoding: reference, as: UTF8.self)
                throw XMLPartError("cell \(written) lies in row \(rowNumber)", "单元格 \(written) 位于第\(rowNumber)行", row: rowNumber)
            }
            guard column >= next else {
                let written = String(decoding: reference, as: UTF8.self)
                throw XMLPartError("cell \(written) comes again or out of order in row \(rowNumber)",
                                   "第\(rowNumber)行中单元格 \(written) 重复或顺序错乱", row: rowNumber)
            }
            cellColumn = column
        } else {
            guard next < XLSXLimits.maximumColumns else {
                throw XMLPartError("row \(rowNumber) has more than \(XLSXLimits.maximumColumns) cells",
                                   "第\(rowNumber)行超过 \(XLSXLimits.maximumColumns) 个单元格", row: rowNumber)
            }
            cellColumn = next
        }
        cellType = attributes.value("t").map(Self.cellType) ?? .number
        cellStyle = attributes.value("s").flatMap(Self.number) ?? 0
        cellHasFormula = false
        cellHasValue = false
        cellStart = bytes.count
        index.removeAll()
    }

    /// The type a cell's `t` attribute names (a number for any other value, as Excel reads it).
    private static func cellType(_ written: UnsafeBufferPointer<UInt8>) -> CellType {
        if XMLName.equals(written, "s") { return .sharedString }
        if XMLName.equals(written, "inlineStr") { return .inlineString }
        if XMLName.equals(written, "str") { return .formulaString }
        if XMLName.equals(written, "b") { return .boolean }
        if XMLName.equals(written, "e") { return .error }
        if XMLName.equals(written, "d") { return .isoDate }
        return .number
    }

    private mutating func endCell() throws(XMLPartError) {
        // A value is cached as `<v>`; an empty one is a cached result only for a text formula
        // (`t="str"`): openpyxl and other writers leave `<v/>` for Excel to fill in.
        let isEmpty = cellType == .sharedString ? index.count == 0 : bytes.count == cellStart
        if cellHasFormula, !cellHasValue || (isEmpty && cellType != .formulaString) {
            let cell = Self.reference(cellColumn, rowNumber)
            throw XMLPartError(LocalizedText(
                en: "cell \(cell): formula without a cached value: open and save it in Excel (or LibreOffice), then read it again",
                zh: "单元格 \(cell)：公式没有保存的计算结果：请在 Excel（或 LibreOffice）中打开并保存后再读取"), row: rowNumber)
        }
        while starts.count < cellColumn {
            starts.append(cellStart)
            ends.append(cellStart)
        }
        starts.append(cellStart)
        switch cellType {
        case .sharedString:
            guard let string = Self.number(index.values).flatMap(sharedStrings.string) else {
                let cell = Self.reference(cellColumn, rowNumber), written = String(decoding: index.values, as: UTF8.self)
                throw XMLPartError("cell \(cell): shared string '\(written)' does not exist (the workbook has \(sharedStrings.count))",
                                   "单元格 \(cell)：共享字符串“\(written)”不存在（工作簿共有 \(sharedStrings.count) 个）",
                                   row: rowNumber)
            }
            bytes.append(contentsOf: string)
        case .isoDate:
            // ISO 8601 date cells (`2022-03-01T00:00:00`): the date part.
            if let time = cellText.firstIndex(of: UInt8(ascii: "T")) { bytes.truncate(to: cellStart + time) }
        case .number:
            formatNumber()
        case .boolean, .inlineString, .formulaString, .error:
            break
        }
        ends.append(bytes.count)
    }

    /// A number cell, formatted in place: as written when it is plain digits or already the shortest form of its
    /// value (``isShortestDecimal(_:)``); otherwise in the shortest form that reads back to the
    /// same value, or `YYYY-MM-DD` under a date format; as written when it is not a finite
    /// number (or not a date Excel can show), for the column to refuse.
    private func formatNumber() {
        let value = cellText
        guard !value.isEmpty else { return }
        let isDate = !dateStyles.isEmpty && dateStyles.contains(cellStyle)
        if !isDate, Self.isShortestDecimal(value) { return }
        guard let number = DecimalParser.double(value), number.isFinite else { return }
        if isDate {
            // Excel's dates from serial 61 (1900-03-01, after its fictitious 1900-02-29) to
            // 2958465 (9999-12-31); others are handed over as written, for the column to refuse.
            guard number >= 61, number < 2_958_466 else { return }
            return replaceCellText(with: Self.dateText(serial: number))
        }
        replaceCellText(with: number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : number.description)
    }

    /// The current cell's text as written, at the end of the row's bytes.
    private var cellText: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes.base + cellStart, count: bytes.count - cellStart)
    }

    private func replaceCellText(with text: String) {
        bytes.truncate(to: cellStart)
        for byte in text.utf8 { bytes.append(byte) }
    }

    /// Whether a number cell's text is handed over as written: digits and minus signs (as
    /// always; the column judges them), or a decimal already in the shortest form of its value:
    /// an optional `-`, digits without a leading zero (or a lone `0`), a point and digits not
    /// ending in `0`, at most 15 significant digits, and at least 0.001. No two such texts name
    /// the same double (15 digits always read back), so none is shorter, and the standard
    /// library writes these values in this positional form: formatting would give the same bytes.
    static func isShortestDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
        if text.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "-") }) { return true }
        var index = text.first == UInt8(ascii: "-") ? 1 : 0
        let integerStart = index
        while index < text.count, isDigit(text[index]) { index += 1 }
        let integerDigits = index - integerStart
        guard integerDigits >= 1, index < text.count, text[index] == UInt8(ascii: "."),
              integerDigits == 1 || text[integerStart] != UInt8(ascii: "0") else { return false }
        let fractionStart = index + 1
        index = fractionStart
        while index < text.count, isDigit(text[index]) { index += 1 }
        guard index == text.count, index > fractionStart, text[index - 1] != UInt8(ascii: "0") else { return false }
        guard text[integerStart] == UInt8(ascii: "0") else { return integerDigits + text.count - fractionStart <= 15 }
        // 0.…: the significant digits start at the first non-zero one (the last digit is one).
        var first = fractionStart
        while text[first] == UInt8(ascii: "0") { first += 1 }
        return first - fractionStart <= 2 && text.count - first <= 15
    }

    /// A date cell's text: Excel's serial day number (1900 date system, 61 to 2958465) as
    /// `YYYY-MM-DD`.
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

    // MARK: - References

    /// A decimal number of 1 to 9 digits, no sign.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The zero-based column and the row of a cell reference such as `AB12` (`$` signs
    /// allowed), within Excel's limits; `nil` otherwise.
    static func cell(_ reference: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int)? {
        var index = 0, column = 0
        if index < reference.count, reference[index] == UInt8(ascii: "$") { index += 1 }
        let lettersStart = index
        while index < reference.count, reference[index] &- UInt8(ascii: "A") < 26, index - lettersStart < 3 {
            column = column * 26 + Int(reference[index] &- UInt8(ascii: "A") + 1)
            index += 1
        }
        guard index > lettersStart, column <= XLSXLimits.maximumColumns else { return nil }
        if index < reference.count, reference[index] == UInt8(ascii: "$") { index += 1 }
        guard index < reference.count, reference[index] != UInt8(ascii: "0"),
              let row = number(UnsafeBufferPointer(rebasing: reference[index...])),
              row >= 1, row <= XLSXLimits.maximumRows else { return nil }
        return (column - 1, row)
    }

    /// The last row of a range such as `A1:K15000`, if it is one.
    private static func lastRow(ofRange reference: UnsafeBufferPointer<UInt8>) -> Int? {
        let last = reference.lastIndex(of: UInt8(ascii: ":")).map { UnsafeBufferPointer(rebasing: reference[($0 + 1)...]) }
        return cell(last ?? reference)?.row
    }

    /// The reference of a zero-based column and a row, e.g. `C5`.
    static func reference(_ column: Int, _ row: Int) -> String {
        var letters = "", rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return "\(letters)\(row)"
    }
}
