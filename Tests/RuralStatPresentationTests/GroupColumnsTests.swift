import RuralStatCore
import RuralStatPresentation
import RuralStatReport
import RuralStatText
import Testing

@Suite struct GroupColumnsTests {
    /// A blank township keeps its empty label in the data and is shown as (blank) / （未填）.
    @Test func aBlankPlaceIsShownAsBlank() {
        var table = ReportTable(columns: GroupColumns.columns(for: [.township]))
        table.append(GroupColumns.cells(labels: [""], dimensions: [.township]))
        table.append(GroupColumns.cells(labels: ["城关镇"], dimensions: [.township]))
        #expect(String(decoding: table.csv(), as: UTF8.self) == "township\n(blank)\n城关镇\n")
        #expect(table.terminalText(language: .zh).contains("（未填）"))
    }

    @Test func noDimensionsIsOneGroupColumnHoldingAll() {
        #expect(GroupColumns.columns(for: []).map(\.key) == ["group"])
        let cells = GroupColumns.cells(labels: ["all"], dimensions: [])
        var table = ReportTable(columns: GroupColumns.columns(for: []))
        table.append(cells)
        #expect(String(decoding: table.csv(), as: UTF8.self) == "group\nall\n")
        #expect(table.terminalText(language: .zh).hasSuffix("全部\n"))
    }

    @Test func categoriesBecomeLabelsAndOtherDimensionsText() {
        let cells = GroupColumns.cells(labels: ["乡A", "marginal", ""], dimensions: [.township, .category, .village])
        #expect(cells == [.text("乡A"), .label(code: "marginal", chinese: "边缘易致贫户"),
                          .label(code: "(blank)", chinese: "（未填）")])
        #expect(GroupColumns.columns(for: [.township, .category]).map(\.chineseTitle) == ["乡镇", "户类型"])
    }
}
