import RuralStatPresentation
import RuralStatText
import RuralStatCore
import RuralStatIncome
import RuralStatReport
import Testing

@Suite struct IncomeAnalysisReportTests {
    private let specColumns = [
        "households", "persons", "pci", "pci_balanced", "pci_prev", "growth", "median", "p10", "p25", "p75",
        "p90", "gini", "fgt0", "fgt1", "fgt2", "wage_share", "line",
    ]

    @Test func columnsFollowSpecSection41() throws {
        let table = try IncomeAnalysis(panel: IncomeFixture.panel, by: []).table()
        #expect(table.columns.map(\.key) == ["year", "group"] + specColumns + [
            "wage_income_per_capita", "operating_income_per_capita", "property_income_per_capita",
            "transfer_income_per_capita", "production_expense_per_capita",
        ])
        #expect(table.rows.map { $0[1] } == Array(repeating: .label(code: "all", chinese: "全部"), count: 3))
    }

    @Test func byColumnsComeRightAfterYear() throws {
        let analysis = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.township, .category], growthRate: 0.12)
        let keys = analysis.table().columns.map(\.key)
        #expect(Array(keys.prefix(3 + specColumns.count)) == ["year", "township", "category"] + specColumns)
        #expect(keys.last == "share_met_growth")
    }

    // 2022 all (see IncomeAnalysisTests): 4 households, 14 persons, pci 50000/14; A, B and C,
    // present in 2021 too, have 53000 yuan for 11 persons in 2022 and 52000 in 2021, so growth is
    // 53/52 − 1 and the two matched PCIs beside it divide to it. The first year has no growth:
    // empty CSV cells. Python prints 50000/14 as 3571.4285714285716, 53000/11 as
    // 4818.181818181818, 52000/11 as 4727.272727272727 and (53000/11)/(52000/11) - 1 as
    // 0.019230769230769162.
    @Test func csvRowsInFullPrecisionWithEmptyUndefined() throws {
        let table = try IncomeAnalysis(panel: IncomeFixture.panel, by: [], lines: IncomeFixture.lines).table()
        let lines = String(decoding: table.csv(), as: UTF8.self).split(separator: "\n")
        #expect(lines[0].hasPrefix("year,group,households,persons,pci,pci_balanced,pci_prev,growth,median,"))
        #expect(lines[1].hasPrefix("2021,all,3,11,4727.272727272727,,,,5000,"))
        #expect(lines[2].hasPrefix(
            "2022,all,4,14,3571.4285714285716,4818.181818181818,4727.272727272727,0.019230769230769162,4500,"))
    }

    @Test func yearSelectsRows() throws {
        let table = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.category]).table(year: 2023)
        #expect(table.rows.map { $0[1] } == [
            .label(code: "alleviated", chinese: "脱贫户"), .label(code: "unstable", chinese: "脱贫不稳定户"),
        ])
    }

    @Test func chineseTableShowsChineseTitlesAndCategories() throws {
        let table = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.category]).table(year: 2023)
        let text = table.terminalText(language: .zh)
        #expect(text.hasPrefix("年度  户类型"))
        #expect(text.contains("脱贫不稳定户"))
        #expect(text.contains("人均纯收入（元）"))
        // pci of alleviated 2023: B and C, (36000 + 4500)/9 = 4500 → "4,500".
        #expect(text.contains("4,500"))
    }
}
