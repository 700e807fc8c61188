import RuralStatReport
import RuralStatText
import Testing

@Suite struct ReportTableTests {
    private func table() -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("year", title: "Year", chinese: "年度", style: .year),
            ReportColumn("category", title: "Category", chinese: "户类型", style: .text),
            ReportColumn("pci", title: "PCI (yuan)", chinese: "人均纯收入（元）", style: .money),
            ReportColumn("growth", title: "Growth", chinese: "增长", style: .signedShare),
            ReportColumn("met", title: "Met", chinese: "达标", style: .flag),
        ])
        table.append([.integer(2022), .label(code: "alleviated", chinese: "脱贫户"), .number(14342.5),
                      .number(0.143), .boolean(true)])
        table.append([.integer(2023), .label(code: "general", chinese: "一般农户"), .number(1 / 3),
                      .missing, .boolean(false)])
        return table
    }

    @Test func csvUsesKeysCodesAndFullPrecision() {
        let text = String(decoding: table().csv(), as: UTF8.self)
        #expect(text == """
        year,category,pci,growth,met
        2022,alleviated,14342.5,0.143,true
        2023,general,0.3333333333333333,,false

        """)
    }

    @Test func jsonRowsUseNullForMissing() {
        #expect(table().jsonRows().serialized() == """
        [{"year":2022,"category":"alleviated","pci":14342.5,"growth":0.143,"met":true},\
        {"year":2023,"category":"general","pci":0.3333333333333333,"growth":null,"met":false}]
        """)
    }

    @Test func terminalTableAlignsChineseByDisplayWidth() {
        let text = table().terminalText(language: .zh)
        // 人均纯收入（元） is 8 wide characters = 16 columns; 14,343 is right-aligned under it.
        #expect(text == """
        年度  户类型    人均纯收入（元）    增长  达标
        ────  ────────  ────────────────  ──────  ────
        2022  脱贫户              14,343  +14.3%  是
        2023  一般农户                 0       –  否

        """)
    }

    @Test func markdownEscapesPipesAndAlignsNumbersRight() {
        var table = ReportTable(columns: [
            ReportColumn("group", title: "Group", chinese: "组", style: .text),
            ReportColumn("n", title: "Households", chinese: "户数", style: .count),
        ])
        table.append([.text("a|b"), .integer(12345)])
        #expect(table.markdown(language: .en) == """
        | Group | Households |
        | :--- | ---: |
        | a\\|b | 12,345 |

        """)
    }
}
