import RuralStatPresentation
import RuralStatText
import RuralStatCore
import RuralStatEmployment
import RuralStatReport
import Testing

@Suite struct HouseholdEmploymentReportTests {
    let households: HouseholdEmployment = {
        var panel = EmploymentFixture.households
        panel.village = TextColumn(["v2", "v2", "v1", "v1", "v1", "v3", "v3", "v3"])
        return HouseholdEmployment(panel)
    }()

    @Test func zeroEmploymentListByVillage() {
        // Only h2 in 2023 has labour and no worker; it had 1 worker in 2022.
        let table = households.zeroEmploymentTable()
        #expect(table.columns.map(\.key) == ["year", "township", "village", "household_id", "category",
                                             "household_size", "labor_count", "employed_last_year"])
        #expect(table.rows == [[.integer(2023), .text("A"), .text("v1"), .text("h2"),
                                .label(code: "marginal", chinese: "边缘易致贫户"), .integer(3), .integer(1), .integer(1)]])
        #expect(households.zeroEmploymentTable(year: 2022).rows.isEmpty)
    }

    @Test func householdListSortedByYearGroupAndID() throws {
        let grouping = try Grouping(households.panel, by: [.township])
        let linkage = WorkerLinkage(workers: EmploymentFixture.workers, households: households.panel)
        let table = households.householdsTable(grouping: grouping, linkage: linkage, year: 2023)
        #expect(table.columns.map(\.key) == [
            "year", "household_id", "township", "labor_count", "employed_count", "employed_months", "covered",
            "zero_employment", "employment_rate", "months_intensity", "persistent", "wage_share", "stability_index",
            "worker_rows",
        ])
        #expect(table.rows.map { $0[1] } == [.text("h1"), .text("h2"), .text("h3"), .text("h4"), .text("h5")])
        // h2 2023: labour 1, 0 workers, 0 months, not covered, zero employment, rate 0, no
        // intensity, not persistent, wage share 0, index 0, 1 worker row (the disagreement).
        #expect(table.rows[1] == [.integer(2023), .text("h2"), .text("A"), .integer(1), .integer(0), .number(0),
                                  .boolean(false), .boolean(true), .number(0), .missing, .boolean(false), .number(0),
                                  .number(0), .integer(1)])
        // h5: labour missing → covered, zero employment, rate and index are empty.
        #expect(table.rows[4][3] == .missing && table.rows[4][6] == .missing && table.rows[4][12] == .missing)
    }
}
