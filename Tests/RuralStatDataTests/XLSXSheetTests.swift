import Foundation
import RuralStatCore
import RuralStatData
import RuralStatText
import Testing

/// Fixtures written by independent writers (openpyxl, XlsxWriter); see Fixtures/make_xlsx_fixture.py.
@Suite struct XLSXSheetTests {
    private static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    @Test func inlineStringsNumbersDatesBooleansAndGaps() throws {
        let sheet = try XLSXSheet(contentsOf: Self.fixture("households.xlsx"))
        // Row 4 has no cell: it is left out, as CSV leaves out an empty line.
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 5])
        #expect(sheet.rows[0].cells == ["户编号", "年度", "家庭人口数", "工资性收入", "纳入监测时间", "户类型", "义务教育保障"])
        // 2022-03-01 is Excel serial 44621 under a yyyy-mm-dd format; True is a boolean cell.
        #expect(sheet.rows[1].cells == ["H001", "2022", "4", "12345.5", "2022-03-01", "脱贫户", "1"])
        #expect(sheet.rows[2].cells == ["H002, \"quoted\"", "2022", "3", "0.1", "", "边缘易致贫户", "0"])
        #expect(sheet.rows[3].cells == ["H003", "", "2"])
    }

    @Test func sharedStringsRichTextCustomDateFormatsAndFormulas() throws {
        let sheet = try XLSXSheet(contentsOf: Self.fixture("shared-strings.xlsx"))
        #expect(sheet.rows.count == 3)
        // Rich text runs H + 01 + 0 join to H010; serial 44561 under yyyy/m/d is 2021-12-31.
        #expect(sheet.rows[1].cells == ["H010", "城关镇", "2021-12-31", "0.3333333333333333"])
        // A formula cell gives its cached result.
        #expect(sheet.rows[2].cells == ["", "城关镇", "", "2"])
    }

    @Test func aFileThatIsNotAWorkbookIsAnError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-workbook-\(UUID().uuidString).xlsx").path
        try Data("household_id,year\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: XLSXError.self) { try XLSXSheet(contentsOf: path) }
        #expect(error?.file == path)
        #expect(error?.message.en == "not an .xlsx workbook (cannot open it as a zip archive)")
    }
}
