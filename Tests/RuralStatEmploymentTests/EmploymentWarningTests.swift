import RuralStatPresentation
import RuralStatText
import RuralStatEmployment
import RuralStatReport
import Testing

@Suite struct EmploymentWarningTests {
    let warning = EmploymentWarning(kind: .personInTwoHouseholds, year: 2023, householdID: "h4", householdLine: 8,
                                    workerLines: [10, 11], message: "person p5 is a worker of 2 households: h4, h5")

    @Test func descriptionNamesBothFilesLines() {
        #expect(warning.description == "households line 8, workers lines 10, 11: person p5 is a worker of 2 households: h4, h5")
    }

    @Test func tableHasOneRowPerWarning() {
        let table = EmploymentWarning.table([warning])
        #expect(table.columns.map(\.key) == ["kind", "year", "household_id", "households_line", "workers_lines", "message"])
        #expect(table.rows == [[.text("person_in_two_households"), .integer(2023), .text("h4"), .integer(8),
                                .text("10 11"), .text("person p5 is a worker of 2 households: h4, h5")]])
    }
}
