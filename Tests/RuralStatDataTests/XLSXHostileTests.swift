import Foundation
@testable import RuralStatData
import RuralStatText
import Testing

/// The hostile workbooks of issue 14, each fed as the same bytes: every one must end in a
/// bad-data error (exit status 65) that names the cell or row, or be read correctly, and
/// none may crash, hang or run away in memory.
@Suite struct XLSXHostileTests {
    static let header = TestWorkbook.row(1, ["household_id", "year", "household_size", "wage_income", "operating_income",
                                             "property_income", "transfer_income", "production_expense"])

    /// The one error of reading `workbook` as a households file.
    static func error(_ workbook: TestWorkbook) -> CellError? {
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: workbook.path) }
        #expect(error?.exitCode == 65)
        guard case .invalidData(_, let errors, _) = error else { return nil }
        return errors.first
    }

    @Test(arguments: ["ZZZZZZZZZZZZZZZ2", "ZZZZZZ2", "XFE2", "A0", "A1048577", "A01", "2", "a2", "A-5"])
    func aCellReferenceOutsideTheSheetIsRefused(reference: String) throws {
        let sheet = TestWorkbook.sheet(Self.header + "<row r=\"2\"><c r=\"\(reference)\"><v>1</v></c></row>")
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.line == 2)
        #expect(error?.message.en.hasPrefix("xl/worksheets/sheet1.xml:1:") == true)
        #expect(error?.message.en.contains("cell reference '\(reference)' is not a cell of a sheet (columns A to XFD") == true)
    }

    /// A formula whose result was never cached (a workbook written by a program and not yet
    /// opened in Excel: no `<v>`, or openpyxl's empty `<v/>`) is said to be one, naming the
    /// cell, not read as an empty cell.
    @Test(arguments: ["<f>B2*2</f>", "<f>B2*2</f><v/>", "<f>B2*2</f><v></v>", "<f t=\"shared\" si=\"0\"/>"])
    func aFormulaWithoutACachedValueIsSaid(cell: String) throws {
        let row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>H1</t></is></c><c r=\"B2\"><v>2023</v></c>"
            + "<c r=\"C2\"><v>3</v></c><c r=\"D2\">\(cell)</c><c r=\"E2\"><v>0</v></c><c r=\"F2\"><v>0</v></c>"
            + "<c r=\"G2\"><v>0</v></c><c r=\"H2\"><v>0</v></c></row>"
        let error = Self.error(try TestWorkbook(sheet: TestWorkbook.sheet(Self.header + row)))
        #expect(error?.line == 2)
        #expect(error?.message.en.contains("cell D2: formula without a cached value: open and save it in Excel") == true,
                "\(error?.message.en ?? "no error")")
    }

    /// A text formula whose cached result is the empty string is an empty cell; a formula with
    /// a cached number is that number.
    @Test func formulasWithACachedValueAreRead() throws {
        let sheet = TestWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>\"\"</f><v></v></c>"
                                       + "<c r=\"B1\"><f>1+1</f><v>2</v></c><c r=\"C1\"><v>7</v></c></row>")
        let rows = try XLSXSheet(contentsOf: TestWorkbook(sheet: sheet).path).rows
        #expect(rows.map(\.cells) == [["", "2", "7"]])
    }

    @Test func theLastColumnXFDIsACell() throws {
        let sheet = TestWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                                       + "<c r=\"XFD1\"><v>7</v></c></row>")
        let rows = try XLSXSheet(contentsOf: TestWorkbook(sheet: sheet).path).rows
        #expect(rows.count == 1 && rows[0].cells.count == 16_384)
        #expect(rows[0].cells.first == "a" && rows[0].cells.last == "7")
    }

    @Test(arguments: [("3000000000", "row number '3000000000' is not one of Excel's rows (1 to 1048576)"),
                      ("-5", "row number '-5' is not one of Excel's rows (1 to 1048576)"),
                      ("0", "row number '0' is not one of Excel's rows (1 to 1048576)"),
                      ("1048577", "row number '1048577' is not one of Excel's rows (1 to 1048576)"),
                      ("1", "row 1 comes after row 1: rows must be in increasing order, each once")])
    func aBadRowNumberIsRefused(number: String, message: String) throws {
        let sheet = TestWorkbook.sheet(Self.header + "<row r=\"\(number)\"><c><v>1</v></c></row>")
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.line == 1)
        #expect(error?.message.en.hasSuffix(message) == true, "\(String(describing: error))")
    }

    @Test func rowsOutOfOrderAreRefused() throws {
        let sheet = TestWorkbook.sheet(Self.header + TestWorkbook.row(5, ["H1", 2022, 3, 1, 1, 1, 1, 1])
                                       + TestWorkbook.row(3, ["H2", 2022, 3, 1, 1, 1, 1, 1]))
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.line == 3)
        #expect(error?.message.en.hasSuffix("row 3 comes after row 5: rows must be in increasing order, each once") == true)
    }

    @Test func aRepeatedCellReferenceIsRefused() throws {
        let sheet = TestWorkbook.sheet(Self.header + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"A2\"><v>2</v></c></row>")
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.line == 2)
        #expect(error?.message.en.hasSuffix("cell A2 comes again or out of order in row 2") == true)
    }

    @Test func aCellOnAnotherRowThanItsRowIsRefused() throws {
        let sheet = TestWorkbook.sheet(Self.header + "<row r=\"2\"><c r=\"A7\"><v>1</v></c></row>")
        #expect(Self.error(try TestWorkbook(sheet: sheet))?.message.en.hasSuffix("cell A7 lies in row 2") == true)
    }

    @Test(arguments: ["1e300", "NaN", "INF", "-1", "0", "60", "2958466", "1e309"])
    func aDateCellOutsideExcelsDatesRejectsItsRow(serial: String) throws {
        let sheet = TestWorkbook.sheet(
            TestWorkbook.row(1, ["household_id", "year", "household_size", "wage_income", "operating_income", "property_income",
                                 "transfer_income", "production_expense", "monitored_since"])
            + TestWorkbook.row(2, ["H1", 2022, 3, 1, 1, 1, 1, 1]).replacingOccurrences(of: "</row>", with: "")
            + "<c r=\"I2\" s=\"1\"><v>\(serial)</v></c></row>")
        let workbook = try TestWorkbook(sheet: sheet, styles: TestWorkbook.dateStyles)
        let (_, report) = try HouseholdFile.read(path: workbook.path, options: ReadOptions(onError: .skip))
        #expect(report.accepted == 0 && report.rejected.map(\.line) == [2])
        #expect(report.rejected.first?.reasons == ["column 'monitored_since': value '\(serial)': is not a date (YYYY-MM or YYYY-MM-DD)"])
    }

    @Test func aDateSerialWithinExcelsDatesIsADate() throws {
        // 61 is 1900-03-01 (the first date after Excel's fictitious 1900-02-29), 2958465 is
        // 9999-12-31 (Excel's last date).
        let sheet = TestWorkbook.sheet("<row r=\"1\"><c s=\"1\"><v>61</v></c><c s=\"1\"><v>2958465</v></c><c s=\"1\"><v>44621.75</v></c></row>")
        let rows = try XLSXSheet(contentsOf: TestWorkbook(sheet: sheet, styles: TestWorkbook.dateStyles).path).rows
        #expect(rows.first?.cells == ["1900-03-01", "9999-12-31", "2022-03-01"])
    }

    @Test(arguments: ["sheet", "sharedStrings", "workbook"])
    func anElementNameThatIsNotUTF8IsRefusedInAnyPart(part: String) throws {
        let bad: [UInt8] = [0x3C, 0xFF, 0xFE, 0x2F, 0x3E]  // <\xff\xfe/>
        let workbook: TestWorkbook
        switch part {
        case "sheet": workbook = try TestWorkbook(sheet: bad)
        case "sharedStrings": workbook = try TestWorkbook(sheet: TestWorkbook.sheet(Self.header), sharedStrings: bad)
        default: workbook = try TestWorkbook(sheet: TestWorkbook.sheet(Self.header), workbook: bad)
        }
        let error = Self.error(workbook)
        #expect(error?.message.en.hasSuffix(":1:2: an XML name is not valid UTF-8") == true, "\(String(describing: error))")
    }

    @Test func aSheetOverTenMegabytesIsReadWhole() throws {
        // 12,000 rows with long ids, over 10 MB of sheet XML: Foundation's XMLParser(data:)
        // refused this.
        let padding = String(repeating: "x", count: 800)
        var rows = Self.header
        for number in 2...12_001 {
            rows += "<row r=\"\(number)\"><c t=\"inlineStr\"><is><t>H\(number)\(padding)</t></is></c><c><v>2022</v></c>"
                + "<c><v>3</v></c><c><v>\(number)</v></c><c><v>0.5</v></c><c><v>0</v></c><c><v>0</v></c><c><v>0</v></c></row>"
        }
        let sheet = TestWorkbook.sheet(rows)
        #expect(sheet.count > 10_000_000)
        let (panel, report) = try HouseholdFile.read(path: TestWorkbook(sheet: sheet).path)
        #expect(report.accepted == 12_000 && panel.line.last == 12_001)
        #expect(panel.wageIncome.last == 12_001 && panel.operatingIncome.first == 0.5)
    }

    /// Line feeds are counted across chunks (a bad cell after 100,000 lines of 70 KB of
    /// white space names its line): found by AddressSanitizer reading before the buffer.
    @Test func linesAreCountedAcrossChunks() throws {
        let lines = String(repeating: "\n", count: 100_000)
        let sheet = TestWorkbook.sheet(Self.header + lines + "<row r=\"2\"><c r=\"ZZZZZZ2\"/></row>")
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.message.en.hasPrefix("xl/worksheets/sheet1.xml:100001:") == true, "\(String(describing: error))")
    }

    @Test func aTruncatedSheetIsRefused() throws {
        let whole = TestWorkbook.sheet(Self.header + TestWorkbook.row(2, ["H1", 2022, 3, 1, 1, 1, 1, 1])
                                       + TestWorkbook.row(3, ["H2", 2022, 3, 1, 1, 1, 1, 1]))
        let cut = Array(whole.prefix(whole.count - 60))
        let error = Self.error(try TestWorkbook(sheet: cut))
        #expect(error?.message.en.contains("the part ends inside <") == true, "\(String(describing: error))")
        #expect(error?.message.en.hasSuffix("it is truncated") == true)
    }

    @Test func contentAfterTheWorksheetIsRefused() throws {
        let sheet = TestWorkbook.sheet(Self.header) + Array("<row r=\"9\"/>".utf8)
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.message.en.hasSuffix("content after the end of the document element") == true)
    }

    @Test(arguments: ["&#0;", "&#x1;"])
    func aNULOrControlCharacterInTextIsRefused(reference: String) throws {
        let sheet = TestWorkbook.sheet(Self.header + TestWorkbook.row(2, ["H\(reference)1", 2022, 3, 1, 1, 1, 1, 1]))
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.message.en.contains("names no character XML allows") == true, "\(String(describing: error))")
    }

    @Test func aRawNULByteIsRefused() throws {
        var sheet = TestWorkbook.sheet(Self.header + TestWorkbook.row(2, ["HX1", 2022, 3, 1, 1, 1, 1, 1]))
        sheet[sheet.firstIndex(of: UInt8(ascii: "X"))!] = 0
        #expect(Self.error(try TestWorkbook(sheet: sheet))?.message.en.hasSuffix("a NUL byte is not allowed in XML text") == true)
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        let sheet = Array("<!DOCTYPE x [<!ENTITY a \"aaaa\">]>".utf8) + TestWorkbook.sheet(Self.header)
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.message.en.hasSuffix("a document type or other declaration (<!…>) is not allowed in a workbook part") == true)
    }

    @Test func anUndefinedEntityIsRefused() throws {
        let sheet = TestWorkbook.sheet(Self.header + TestWorkbook.row(2, ["H&lol;", 2022, 3, 1, 1, 1, 1, 1]))
        #expect(Self.error(try TestWorkbook(sheet: sheet))?.message.en.contains("the entity &lol; is not defined") == true)
    }

    /// The header's own problems stop the reading of the sheet at once and are reported as such.
    @Test func aHeaderWithoutTheRequiredColumnsIsReportedAsForCSV() throws {
        let sheet = TestWorkbook.sheet(TestWorkbook.row(1, ["household_id"]) + TestWorkbook.row(2, ["H1"]))
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.line == 1)
        #expect(error?.message.en.contains("year") == true && error?.message.en.contains("stopped") == false, "\(String(describing: error))")
    }

    @Test func aMissingSharedStringNamesItsCell() throws {
        let strings = Array("<sst><si><t>household_id</t></si></sst>".utf8)
        let sheet = TestWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>7</v></c></row>")
        let error = Self.error(try TestWorkbook(sheet: sheet, sharedStrings: strings))
        #expect(error?.line == 1)
        #expect(error?.message.en.hasSuffix("cell B1: shared string '7' does not exist (the workbook has 1)") == true)
    }

    @Test func aZipBombStopsAtTheRatioLimit() throws {
        // 64 MiB of white space between rows deflates to about 64 KB: 1000 times.
        let padding = [UInt8](repeating: 0x20, count: 64 << 20)
        let sheet = TestWorkbook.sheet(Self.header) + padding
        let error = Self.error(try TestWorkbook(sheet: sheet))
        #expect(error?.message.en.contains("inflates to more than 200 times its compressed size") == true,
                "\(String(describing: error))")
    }

    @Test func tooManyEntriesAreRefused() throws {
        let error = Self.error(try TestWorkbook(sheet: TestWorkbook.sheet(Self.header), extraEntries: 10_000))
        #expect(error?.message.en == "the archive has more than 10000 entries; a workbook has a few dozen")
    }

    @Test(arguments: ["1e309", "-1e309", String(repeating: "9", count: 400), "1e308", "1000000000000001"])
    func aNumberPastTheMagnitudeLimitRejectsItsRow(value: String) throws {
        let sheet = TestWorkbook.sheet(Self.header + TestWorkbook.row(2, ["H1", 2022, 3, value, 1, 1, 1, 1])
                                       + TestWorkbook.row(3, ["H2", 2022, 3, 1e15, 1, 1, 1, 1]))
        let (panel, report) = try HouseholdFile.read(path: TestWorkbook(sheet: sheet).path, options: ReadOptions(onError: .skip))
        #expect(panel.wageIncome == [1e15])
        #expect(report.rejected.map(\.line) == [2])
        #expect(report.rejected.first?.reasons.first?.hasSuffix("is not a number within ±1e15, the largest amount accepted") == true)
    }
}
