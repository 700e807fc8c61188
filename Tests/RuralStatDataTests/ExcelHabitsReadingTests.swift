import Foundation
import RuralStatCore
@testable import RuralStatData
import RuralStatText
import Testing

/// Files as Excel on a Chinese Windows PC writes them: rows of empty cells, `#,##0` numbers,
/// a title above the header, other separators and encodings, full-width header names, blank
/// places.
@Suite struct ExcelHabitsReadingTests {
    static let required = HouseholdFileTests.required

    /// The messages of a failed read.
    static func errors(_ path: String, options: ReadOptions = ReadOptions()) -> [CellError] {
        do {
            _ = try HouseholdFile.read(path: path, options: options)
            return []
        } catch {
            guard case .invalidData(_, let errors, _) = error else { return [] }
            return errors
        }
    }

    // MARK: Empty rows

    /// `,,,,,,,,` (as wide as the header), `,,` (narrower) and spaces only are skipped and
    /// counted; N = A + R still holds and the summary says how many were skipped.
    @Test func rowsOfEmptyCellsAreSkippedAndCounted() throws {
        let file = try TemporaryFile("\(Self.required)\nH1,2021,3,1,2,3,4,5\n,,,,,,,\n,,\n , \t,\nH2,2021,2,1,2,3,4,5\n")
        let (panel, report) = try HouseholdFile.read(path: file.path)
        #expect(panel.line == [2, 6])
        #expect(report.emptyRows == 3)
        #expect(report.rows == 2 && report.accepted == 2 && report.rejected.isEmpty)
        #expect(report.summary == "read 2 rows: 2 accepted, 0 rejected; 3 empty rows skipped")
    }

    @Test func theSummaryNamesOneEmptyRowInTheSingular() throws {
        let file = try TemporaryFile("\(Self.required)\n,,,,,,,\nH1,2021,3,1,2,3,4,5\n")
        #expect(try HouseholdFile.read(path: file.path).1.summary == "read 1 rows: 1 accepted, 0 rejected; 1 empty row skipped")
    }

    /// A sheet row whose cells hold nothing (styled, or emptied) is skipped and counted too,
    /// as its `,,,,` would be in the CSV Excel saves.
    @Test func aSheetRowOfEmptyCellsIsSkippedAndCounted() throws {
        let header = Self.required.split(separator: ",").map(String.init)
        let rows = TestWorkbook.row(1, header) + TestWorkbook.row(2, ["H1", 2021, 3, 1, 2, 3, 4, 5])
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t></t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t> </t></is></c></row>"
            + "<row r=\"4\"><c r=\"A4\" s=\"0\"/><c r=\"B4\" s=\"0\"/></row>"
            + TestWorkbook.row(5, ["H2", 2021, 2, 1, 2, 3, 4, 5]) + "<row r=\"6\"/>"
        let book = try TestWorkbook(sheet: TestWorkbook.sheet(rows))
        let (panel, report) = try HouseholdFile.read(path: book.path)
        #expect(panel.line == [2, 5])
        // Rows 3 (blank text) and 4 (styled empty cells) are counted; row 6 has no cell at all.
        #expect(report.emptyRows == 2 && report.rows == 2)
    }

    // MARK: Thousands grouping

    @Test(arguments: [("12,000", 12000.0), ("-1,234.5", -1234.5), ("1,234,567.25", 1234567.25), ("+1,000", 1000),
                      ("999,999,999,999.5", 999_999_999_999.5), ("1,000.", 1000)])
    func groupedDigitsAreNumbers(text: String, value: Double) {
        let parsed = Array(text.utf8).withUnsafeBufferPointer { DecimalParser.double($0) }
        #expect(parsed == value)
    }

    @Test(arguments: ["1,23", "12,0000", "1.234,5", ",123", "1,,234", "1234,567", "1,234,56", "1,234e3", "1,"])
    func ambiguousCommasAreRefused(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { DecimalParser.double($0) } == nil)
    }

    /// A quoted `#,##0` cell reads as its number; an ambiguous one is refused saying why and
    /// what to write, with file, line, column and value.
    @Test func groupedCellsInAFile() throws {
        let good = try TemporaryFile("\(Self.required)\nH1,2021,3,\"12,000\",\"-1,234.5\",0,0,0\n")
        let (panel, _) = try HouseholdFile.read(path: good.path)
        #expect(panel.wageIncome == [12000] && panel.operatingIncome == [-1234.5])
        let bad = try TemporaryFile("\(Self.required)\nH1,2021,3,\"1,23\",\"1.234,5\",0,0,0\n")
        #expect(Self.errors(bad.path).map(\.description) == [
            "\(bad.path):2: column 'wage_income': value '1,23': is not a number: a comma is read only as a thousands "
                + "separator between groups of three digits (12,000 or -1,234.5), so this is ambiguous; write the number "
                + "without commas (e.g. 1.23 or 123)",
            "\(bad.path):2: column 'operating_income': value '1.234,5': is not a number: it looks like a decimal comma "
                + "(1.234,5); write a point for decimals and no grouping, as 1234.5",
        ])
        #expect(Self.errors(bad.path).allSatisfy { !$0.concernsFile })
    }

    // MARK: The header

    /// A title row above the header: the header is found on line 2 and said so; lines stay
    /// the file's.
    @Test func aTitleRowAboveTheHeaderIsSkippedWithANote() throws {
        let file = try TemporaryFile("青山县2024年脱贫户收入监测台账,,,,,,,\n\(Self.required)\nH1,2021,3,1,2,3,4,5\n")
        let (panel, report) = try HouseholdFile.read(path: file.path)
        #expect(panel.line == [3])
        #expect(report.headerLine == 3 - 1)
        #expect(report.notes.first?.en == "the header is on line 2; line 1 above it looks like a title and was skipped")
        #expect(report.rows == 1)
    }

    /// The same in a workbook: a merged title cell on row 1, the header on row 3, and data
    /// rows that end early (Excel leaves out their empty cells) padded to the header's width.
    @Test func aTitleRowAboveAWorkbookHeaderIsSkipped() throws {
        let header = Self.required.split(separator: ",").map(String.init) + ["township"]
        let rows = TestWorkbook.row(1, ["青山县2024年脱贫户收入监测台账"]) + TestWorkbook.row(3, header)
            + TestWorkbook.row(4, ["H1", 2021, 3, 1, 2, 3, 4, 5, "城关镇"]) + TestWorkbook.row(5, ["H2", 2021, 2, 1, 2, 3, 4, 5])
        let book = try TestWorkbook(sheet: TestWorkbook.sheet(rows))
        let (panel, report) = try HouseholdFile.read(path: book.path)
        #expect(panel.line == [4, 5])
        #expect(panel.township?.codes == [0, TextColumn.missing])
        #expect(report.headerLine == 3)
        #expect(report.notes.first?.en == "the header is on line 3; lines 1–2 above it look like a title and were skipped")
    }

    @Test func twoTitleRowsAreNamedAsLines() throws {
        let file = try TemporaryFile("台账\n制表：扶贫办\n\(Self.required)\nH1,2021,3,1,2,3,4,5\n")
        let (_, report) = try HouseholdFile.read(path: file.path)
        #expect(report.headerLine == 3)
        #expect(report.notes.first?.en == "the header is on line 3; lines 1–2 above it look like a title and were skipped")
    }

    @Test(arguments: [("\t", "TAB"), (";", "';'")])
    func aHeaderJoinedByAnotherSeparatorIsNamed(separator: String, name: String) throws {
        let header = Self.required.replacingOccurrences(of: ",", with: separator)
        let file = try TemporaryFile("\(header)\nH1\(separator)2021\n")
        let errors = Self.errors(file.path)
        #expect(errors.count == 8 + 2)
        #expect(errors.allSatisfy { $0.concernsFile })
        #expect(errors.suffix(1).map(\.description) == [
            "\(file.path):1: the header looks like one column joined by \(name); the file is not comma-separated: "
                + "save it from Excel as \"CSV UTF-8 (逗号分隔)(*.csv)\"",
        ])
        #expect(errors[8].message.en == "the header found is: '\(header)'")
    }

    /// UTF-16 with either byte-order mark, or without one (ASCII interleaved with NULs).
    @Test(arguments: [[UInt8]([0xFF, 0xFE]), [0xFE, 0xFF], []])
    func aUTF16FileIsNamed(mark: [UInt8]) throws {
        let bigEndian = mark == [0xFE, 0xFF]
        let text = Array("\(Self.required)\nH1,2021,3,1,2,3,4,5\n".utf8).flatMap { (byte: UInt8) -> [UInt8] in bigEndian ? [0, byte] : [byte, 0] }
        let file = try TemporaryFile(mark + text)
        let errors = Self.errors(file.path)
        #expect(errors.map(\.description) == [
            "\(file.path):1: looks like UTF-16 ('Unicode text' from Excel), which is not read; save it as "
                + "\"CSV UTF-8 (逗号分隔)(*.csv)\" or as an Excel workbook (.xlsx)",
        ])
        #expect(errors.allSatisfy { $0.concernsFile })
    }

    /// A GB18030 header read as UTF-8 (as `--encoding utf-8` says) is named as not UTF-8.
    @Test func aGB18030HeaderReadAsUTF8SuggestsGB18030() throws {
        let header = "户编号,年度,家庭人口数,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出\nH1,2021,3,1,2,3,4,5\n"
        let file = try TemporaryFile(try Transcoder.gb18030(fromUTF8: Array(header.utf8)))
        let errors = Self.errors(file.path, options: ReadOptions(encoding: .utf8))
        #expect(errors.last?.description == "\(file.path):1: the header is not valid UTF-8; try --encoding gb18030")
        // Detected, it is read.
        #expect(try HouseholdFile.read(path: file.path).1.encoding == .gb18030)
    }

    @Test func aUTF8HeaderReadAsGB18030SuggestsUTF8() throws {
        let file = try TemporaryFile("户编号,年度,家庭人口数,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出\n")
        let errors = Self.errors(file.path, options: ReadOptions(encoding: .gb18030))
        #expect(errors.last?.message.en == "the header was read as GB18030 but is valid UTF-8; try --encoding utf-8")
    }

    /// Header names match across full- and half-width forms and spaces.
    @Test(arguments: ["乡镇(街道)", "乡镇 （街道）", "乡镇（街道）", "ｔｏｗｎｓｈｉｐ", "Town ship", "乡　镇"])
    func aliasesMatchAfterNormalising(name: String) throws {
        let file = try TemporaryFile("\(Self.required),\(name)\nH1,2021,3,1,2,3,4,5,城关镇\n")
        let (panel, _) = try HouseholdFile.read(path: file.path)
        #expect(panel.township?.dictionary == ["城关镇"])
    }

    // MARK: Encoding on the whole input

    /// 300,000 ASCII rows, then on line 300,002 a township in GB18030: the encoding is decided
    /// as GB18030 before the first row is read (7.8 MB, only inspected: reading 300,000 rows
    /// would take seconds in a debug build).
    @Test func aLateGB18030ByteDecidesTheWholeFile() throws {
        let rows = [String](repeating: "h,2021,1,0,0,0,0,0,\n", count: 300_000).joined()
        let late = try Transcoder.gb18030(fromUTF8: Array("h-last,2021,1,0,0,0,0,0,城关镇\n".utf8))
        let file = try TemporaryFile(Array((Self.required + ",township\n" + rows).utf8) + late)
        #expect(try CSVFileReader(path: file.path).inspect(encoding: nil).encoding == .gb18030)
    }

    /// The same shape, smaller (5,000 rows, past the first 64 KiB block), read whole: every
    /// row, the late township decoded from GB18030.
    @Test func aLateGB18030ByteIsReadFromTheStart() throws {
        let rows = (0..<5_000).map { "h\($0),2021,1,0,0,0,0,0,\n" }.joined()
        let late = try Transcoder.gb18030(fromUTF8: Array("h-last,2021,1,0,0,0,0,0,城关镇\n".utf8))
        let file = try TemporaryFile(Array((Self.required + ",township\n" + rows).utf8) + late)
        let (panel, report) = try HouseholdFile.read(path: file.path)
        #expect(report.encoding == .gb18030)
        #expect(panel.count == 5_001 && panel.line.last == 5_002)
        #expect(panel.township?.dictionary == ["城关镇"])
    }

    /// The same shape with UTF-8 Chinese stays UTF-8; an all-ASCII file is UTF-8.
    @Test func aLateUTF8ByteKeepsUTF8() throws {
        let ascii = (0..<5_000).map { "h\($0),2021,1,0,0,0,0,0,\n" }.joined()
        let file = try TemporaryFile(Self.required + ",township\n" + ascii + "h-last,2021,1,0,0,0,0,0,城关镇\n")
        let (panel, report) = try HouseholdFile.read(path: file.path)
        #expect(report.encoding == .utf8 && panel.township?.dictionary == ["城关镇"])
        let plain = try TemporaryFile(Self.required + "\n" + ascii.replacingOccurrences(of: ",\n", with: "\n"))
        #expect(try HouseholdFile.read(path: plain.path).1.encoding == .utf8)
    }

    // MARK: Blank places

    /// Blank townships (empty or merged cells) are counted in one warning naming the first line.
    @Test func blankTownshipsAreWarnedWithACount() throws {
        let file = try TemporaryFile("\(Self.required),township\nH1,2021,3,1,2,3,4,5,城关镇\nH2,2021,3,1,2,3,4,5,\n"
                                     + "H3,2021,3,1,2,3,4,5, \n")
        let summary = ValidationSummary(try HouseholdFile.read(path: file.path).0)
        #expect(summary.warnings.first?.line == 3 && summary.warnings.first?.column == "township")
        #expect(summary.warnings.first?.message.en == "2 rows have no township (blank, or a merged cell in Excel); "
            + "they are grouped under (blank) — fill in the township if it is known")
    }

    /// A byte-order mark is recorded, for `--bom auto`.
    @Test func aByteOrderMarkIsRecorded() throws {
        let marked = try TemporaryFile([0xEF, 0xBB, 0xBF] + Array("\(Self.required)\nH1,2021,3,1,2,3,4,5\n".utf8))
        let report = try HouseholdFile.read(path: marked.path).1
        #expect(report.hadByteOrderMark && report.looksFromExcel)
        let plain = try TemporaryFile("\(Self.required)\nH1,2021,3,1,2,3,4,5\n")
        #expect(try !HouseholdFile.read(path: plain.path).1.looksFromExcel)
    }
}
