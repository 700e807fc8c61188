import RuralStatPresentation
import RuralStatText
import RuralStatEmployment
import RuralStatReport
import Testing

@Suite struct EmploymentWarningTests {
    let warning = EmploymentWarning(kind: .personInTwoHouseholds, year: 2023, householdID: "h4", householdLine: 8,
                                    workerLines: [10, 11], message: LocalizedText(
                                        en: "person p5 is a worker of 2 households: h4, h5", zh: "人员 p5 登记为 2 户的务工人员：h4、h5"))

    @Test func descriptionNamesBothFilesLines() {
        #expect(warning.description == "households line 8, workers lines 10, 11: person p5 is a worker of 2 households: h4, h5")
    }

    @Test func tableHasOneRowPerWarning() {
        let table = EmploymentWarning.table([warning])
        #expect(table.columns.map(\.key) == ["kind", "year", "household_id", "households_line", "workers_lines", "message"])
        #expect(table.rows == [[.label(code: "person_in_two_households", chinese: "一人属两户"), .integer(2023), .text("h4"),
                                .integer(8), .text("10 11"),
                                .label(code: "person p5 is a worker of 2 households: h4, h5", chinese: "人员 p5 登记为 2 户的务工人员：h4、h5")]])
    }
}
