import RuralStatPresentation
import RuralStatText
import RuralStatCore
import RuralStatEmployment
import RuralStatReport
import Testing

@Suite struct EmploymentGroupTableReportTests {
    private func analysis(by dimensions: [GroupDimension], workers: Bool = true) throws -> EmploymentAnalysis {
        try EmploymentAnalysis(households: EmploymentFixture.households,
                               workers: workers ? EmploymentFixture.workers : nil, by: dimensions)
    }

    static let specColumns = [
        "households", "labor", "workers", "workers_change", "zero_employment_households", "coverage",
        "mean_months", "stable_share", "wage_share", "wage_share_change", "out_of_province_workers",
        "public_welfare_jobs",
    ]

    @Test func columnsFollowSpec41() throws {
        let table = try analysis(by: [.township, .category]).table.reportTable(dimensions: [.township, .category])
        let keys = table.columns.map(\.key)
        #expect(Array(keys.prefix(15)) == ["year", "township", "category"] + Self.specColumns)
        #expect(Array(keys.dropFirst(15)) == [
            "households_with_labor", "covered", "persistent", "employment_rate", "stability_index",
            "worker_rows", "stable_workers", "workers_kept", "location_county", "location_province",
            "location_out_of_province", "job_type_enterprise", "job_type_public_welfare", "job_type_workshop",
            "job_type_self_employed", "job_type_other",
        ])
    }

    @Test func withoutByASingleGroupColumnHoldsAll() throws {
        let table = try analysis(by: [], workers: false).table.reportTable(dimensions: [])
        #expect(table.columns.map(\.key) == ["year", "group"] + Self.specColumns
            + ["households_with_labor", "covered", "persistent", "employment_rate", "stability_index"])
        #expect(table.rows.map { $0[0] } == [.integer(2022), .integer(2023)])
        #expect(table.rows.allSatisfy { $0[1] == .label(code: "all", chinese: "全部") })
        // 2022: no previous year, so the changes are empty; without workers, stable_share too.
        #expect(table.rows[0][5] == .missing && table.rows[0][11] == .missing && table.rows[0][9] == .missing)
    }

    @Test func csvCellsOfTownshipA2023() throws {
        let table = try analysis(by: [.township]).table.reportTable(dimensions: [.township], year: 2023)
        #expect(table.rows.count == 2)
        let csv = String(decoding: table.csv(), as: UTF8.self).split(separator: "\n")
        // year, township, households 4, labor 4, workers 2, change −2, zero 2, coverage 1/3,
        // mean months 10, stable 0.5, wage share 24000/65000, …
        #expect(csv[1].hasPrefix("2023,A,4,4,2,-2,2,0.3333333333333333,10,0.5,0.36923076923076925,"))
    }

    @Test func chineseTitlesAndCategoryLabels() throws {
        let table = try analysis(by: [.category]).table.reportTable(dimensions: [.category], year: 2022)
        let text = table.terminalText(language: .zh)
        #expect(text.hasPrefix("年度  户类型"))
        for title in ["户数", "劳动力", "务工人数", "零就业家庭", "就业覆盖率", "稳定就业占比", "省外务工", "公益岗位"] {
            #expect(text.contains(title), "\(title)")
        }
        #expect(text.contains("脱贫户") && text.contains("边缘易致贫户"))
    }
}
