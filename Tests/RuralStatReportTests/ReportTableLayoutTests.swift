import RuralStatReport
import RuralStatText
import Testing

/// Terminal tables fitted to a width given to them (never the test runner's terminal).
@Suite struct ReportTableLayoutTests {
    // Widths: Year 4, Group 5, PCI (yuan) 10 (essential); Median income (yuan) 20,
    // Gini coefficient (×100) 23, Persons below the line 22, Wage share of gross income 26
    // (standard); P90 (yuan) only with --wide. Essential and standard side by side:
    // 4 + 5 + 10 + 20 + 23 + 22 + 26 + 6 gaps of 2 = 122 columns.
    private func table() -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("year", title: "Year", chinese: "年度", style: .year, priority: .essential),
            ReportColumn("group", title: "Group", chinese: "分组", style: .text, priority: .essential),
            ReportColumn("pci", title: "PCI (yuan)", chinese: "人均纯收入（元）", style: .money, priority: .essential),
            ReportColumn("median", title: "Median income (yuan)", chinese: "中位数（元）", style: .money),
            ReportColumn("gini", title: "Gini coefficient (×100)", chinese: "基尼系数", style: .decimal(1)),
            ReportColumn("fgt0", title: "Persons below the line", chinese: "低于监测线人口占比", style: .share),
            ReportColumn("wage_share", title: "Wage share of gross income", chinese: "工资性收入占比", style: .share),
            ReportColumn("p90", title: "P90 (yuan)", chinese: "P90（元）", style: .money, priority: .wide),
        ])
        table.append([.integer(2023), .text("all"), .number(14791), .number(11947), .number(29.4), .number(0.031),
                      .number(0.666), .number(30000)])
        table.append([.integer(2024), .text("all"), .number(15961), .number(12932), .number(30.1), .number(0.027),
                      .number(0.67), .number(31000)])
        return table
    }

    // 122 > 80: Wage share (26 + 2) leaves, 94 > 80; Persons below the line (22 + 2) leaves: 70 fits.
    // The note breaks after a comma or semicolon to stay within 80 columns: its first line, up
    // to "column;", is exactly 80.
    @Test func eightyColumnsLeaveOutStandardColumnsFromTheRightWithANote() {
        let text = table().terminalText(language: .en, layout: TableLayout(width: 80))
        #expect(text == """
        Year  Group  PCI (yuan)  Median income (yuan)  Gini coefficient (×100)
        ────  ─────  ──────────  ────────────────────  ───────────────────────
        2023  all        14,791                11,947                     29.4
        2024  all        15,961                12,932                     30.1
        not shown: Persons below the line, Wage share of gross income and 1 more column;
          --wide shows every column

        """)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    }

    @Test func twoHundredColumnsShowEveryStandardColumn() {
        let text = table().terminalText(language: .en, layout: TableLayout(width: 200))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Year  Group  PCI (yuan)  Median income (yuan)  Gini coefficient (×100)  "
            + "Persons below the line  Wage share of gross income")
        #expect(DisplayWidth.of(lines[0]) == 122)
        #expect(lines[2].hasSuffix("3.1%                       66.6%"))
        #expect(lines.last == "1 more column not shown; --wide shows every column")
    }

    @Test func wideShowsEveryColumnWhateverTheWidth() {
        let text = table().terminalText(language: .en, layout: TableLayout(width: 80, wide: true))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasSuffix("Wage share of gross income  P90 (yuan)"))
        #expect(lines[3].hasSuffix("67.0%      31,000"))
    }

    @Test func withoutAWidthTheTableIsNotFitted() {
        // A pipe or a file: every essential and standard column, whatever the window.
        let text = table().terminalText(language: .en, layout: .unfitted)
        #expect(text.split(separator: "\n").first.map { DisplayWidth.of(String($0)) } == 122)
        #expect(text.hasSuffix("\n1 more column not shown; --wide shows every column\n"))
    }

    // Essential columns alone are 4 + 5 + 10 + 2 gaps of 2 = 23 > 20: one block per row, the
    // year and group as its heading, titles padded to the longest (26), numbers right-aligned
    // to the widest (6).
    @Test func tooNarrowForTheEssentialColumnsGivesABlockPerRow() {
        let text = table().terminalText(language: .en, layout: TableLayout(width: 20))
        #expect(text.hasPrefix("""
        2023 · all
          PCI (yuan)                  14,791
          Median income (yuan)        11,947
          Gini coefficient (×100)       29.4
          Persons below the line        3.1%
          Wage share of gross income   66.6%

        2024 · all
          PCI (yuan)                  15,961

        """))
        #expect(text.hasSuffix("   67.0%\n1 more column not shown;\n  --wide shows every column\n"))
    }

    // In Chinese the titles are 4 + 4 + 16 + 12 + 8 + 18 + 14 + 6 gaps of 2 = 88 columns wide:
    // only 工资性收入占比 (14 + 2) leaves.
    @Test func chineseNoteNamesTheColumnsLeftOut() {
        let text = table().terminalText(language: .zh, layout: TableLayout(width: 80))
        #expect(text.hasSuffix("\n未显示：工资性收入占比，另有 1 列；--wide 显示全部列\n"))
        #expect(text.hasPrefix("年度  分组  人均纯收入（元）  中位数（元）  基尼系数  低于监测线人口占比\n"))
    }

    @Test func markdownShowsTheStandardColumnsOrEveryOneWhenWide() {
        let markdown = table().markdown(language: .en)
        #expect(markdown.hasPrefix("| Year | Group | PCI (yuan) | Median income (yuan) | Gini coefficient (×100) | "
            + "Persons below the line | Wage share of gross income |\n"))
        #expect(markdown.hasSuffix("|\n\n1 more column not shown; --wide shows every column\n"))
        #expect(table().markdown(language: .en, wide: true).contains("| P90 (yuan) |"))
    }

    /// Changes of a share are percentage points, not percents: +1.2 pp, +1.2个百分点.
    @Test func changesOfRatesArePercentagePoints() {
        var table = ReportTable(columns: [
            ReportColumn("wage_share_change", title: "Δ wage share", chinese: "工资性收入占比变化", style: .signedPoints),
        ])
        table.append([.number(0.012)])
        table.append([.number(-0.0349)])
        #expect(table.terminalText(language: .en) == "Δ wage share\n────────────\n     +1.2 pp\n     −3.5 pp\n")
        #expect(table.terminalText(language: .zh).contains("+1.2个百分点"))
        #expect(String(decoding: table.csv(), as: UTF8.self) == "wage_share_change\n0.012\n-0.0349\n")
    }

    // Household 9 + Score 5 + Reasons counted as 24 (its text is 50) + 2 gaps of 2 = 42 ≤ 45:
    // the reasons take the 45 − 18 = 27 columns left, broken at spaces: "forecast below 6,000
    // yuan;" (26) and "wages are 78% of income" (23).
    @Test func aLongTextColumnIsBrokenIntoLinesToFit() {
        var table = ReportTable(columns: [
            ReportColumn("household_id", title: "Household", chinese: "户编号", style: .text, priority: .essential),
            ReportColumn("score", title: "Score", chinese: "风险分", style: .decimal(1), priority: .essential),
            ReportColumn("reasons", title: "Reasons", chinese: "主要原因", style: .text, priority: .essential),
        ])
        table.append([.text("H1"), .number(62.1), .text("forecast below 6,000 yuan; wages are 78% of income")])
        #expect(table.terminalText(language: .en, layout: TableLayout(width: 45)) == """
        Household  Score  Reasons
        ─────────  ─────  ──────────────────────────
        H1          62.1  forecast below 6,000 yuan;
                          wages are 78% of income

        """)
        // Chinese breaks between characters, never before a closing mark: titles 6 + 6 and the
        // reasons counted as 24, so they get 45 − 16 = 29 columns, 14 characters; the 15th is
        // "；", which may not open a line, so the first line ends a character early.
        var chinese = ReportTable(columns: table.columns)
        chinese.append([.text("H1"), .number(62.1), .text("收入预测明年人均纯收入可能低；工资性收入占总收入七成")])
        let lines = chinese.terminalText(language: .zh, layout: TableLayout(width: 45)).split(separator: "\n").map(String.init)
        #expect(lines.count == 4 && lines.allSatisfy { DisplayWidth.of($0) <= 45 })
        #expect(lines[2].hasSuffix("  收入预测明年人均纯收入可能") && lines[3].hasSuffix("  低；工资性收入占总收入七成"))
    }
}
