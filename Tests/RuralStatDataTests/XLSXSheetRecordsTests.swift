import RuralStatCore
import Foundation
@testable import RuralStatData
import RuralStatText
import Testing

/// Workbooks read as input files: the fixtures are written by openpyxl (Fixtures/make_xlsx_fixture.py).
@Suite struct XLSXSheetRecordsTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    @Test func householdsWithChineseHeadersAreRead() throws {
        let (panel, report) = try HouseholdFile.read(path: Self.fixture("households-zh.xlsx"))
        // Sheet rows 2, 3 and 5; row 4 is empty and skipped.
        #expect(panel.line == [2, 3, 5])
        #expect(report.accepted == 3 && report.rejected.isEmpty)
        #expect(panel.householdID.dictionary == ["H001", "H002"])
        #expect(panel.householdID.codes == [0, 1, 0])
        #expect(panel.year == [2023, 2023, 2024])
        #expect(panel.householdSize == [4, 3, 4])
        #expect(panel.wageIncome == [12000.5, 8000, 13000])
        #expect(panel.operatingIncome == [3000, -200, 3100])
        #expect(panel.productionExpense == [800, 0, 900])
        // Row 5 ends before the township and category: Excel leaves those cells out.
        #expect(panel.township?.dictionary == ["城关镇", "河西乡"])
        #expect(panel.township?.codes == [0, 1, TextColumn.missing])
        #expect(panel.category == [HouseholdCategory.alleviated.rawValue, HouseholdCategory.marginal.rawValue,
                                   Missing.code])
    }

    @Test func aBadCellNamesTheSheetRowAndColumn() throws {
        let path = Self.fixture("households-bad.xlsx")
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: path) }
        #expect(error?.exitCode == 65)
        guard case .invalidData(_, let errors, _) = error else { return #expect(Bool(false)) }
        #expect(errors == [CellError(file: path, line: 5, column: "家庭人口数", value: "0",
                                     message: LocalizedText(en: "must be a whole number of at least 1", zh: "必须是不小于1的整数"))])
    }

    @Test func aWorkbookIsKnownByItsSignatureWhateverItsName() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-\(UUID().uuidString).dat").path
        try FileManager.default.copyItem(atPath: Self.fixture("households-zh.xlsx"), toPath: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let header = try TableFile.header(path: path, encoding: nil)
        #expect(header.first == "户编号" && header.count == 10)
        let schema = [ColumnSpec("户编号", aliases: [], .text(nonEmpty: true), required: true),
                      ColumnSpec("乡镇", aliases: [], .text(nonEmpty: false), required: false)]
        let (table, _) = try TableFile.read(path: path, schema: schema)
        #expect(table.line == [2, 3, 5])
        let ids = try #require(table.column("户编号")?.text), townships = try #require(table.column("乡镇")?.text)
        #expect((0..<ids.count).map { ids[$0] } == ["H001", "H002", "H001"])
        #expect((0..<townships.count).map { townships[$0] } == ["城关镇", "河西乡", nil])
    }

    @Test func aFileNamedXLSXThatIsNotAWorkbookIsBadData() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-workbook-\(UUID().uuidString).xlsx").path
        try Data("household_id,year\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: path) }
        #expect(error?.exitCode == 65)
        #expect(error?.description == "\(path):1: not an .xlsx workbook (cannot open it as a zip archive)")
    }
}
