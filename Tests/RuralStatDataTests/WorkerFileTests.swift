import RuralStatCore
import RuralStatData
import RuralStatText
import Testing

@Suite struct WorkerFileTests {
    @Test func readsCodesByEnglishNameOrChineseLabel() throws {
        let file = try TemporaryFile("""
            人员编号,户编号,年度,务工月数,务工地点,就业类型,务工收入
            P1,H1,2022,10,省外,企业务工,36000
            P2,H1,2022,3.5,county,Public_Welfare,
            P3,H2,2022,0,,,0

            """)
        let (panel, report) = try WorkerFile.read(path: file.path)
        #expect(report.accepted == 3)
        #expect(panel.personID.dictionary == ["P1", "P2", "P3"])
        #expect(panel.householdID.codes == [0, 0, 1])
        #expect(panel.monthsEmployed == [10, 3.5, 0])
        #expect(panel.location == [WorkLocation.outOfProvince.rawValue, WorkLocation.county.rawValue, Missing.code])
        #expect(panel.jobType == [JobType.enterprise.rawValue, JobType.publicWelfare.rawValue, Missing.code])
        #expect(panel.wageIncome?[0] == 36000)
        #expect(panel.wageIncome?[1].isNaN == true)
    }

    @Test(arguments: [
        ("13", "must be at most 12"),
        ("-1", "must be at least 0 and at most 12"),
    ])
    func monthsMustBeWithinAYear(value: String, message: String) throws {
        let file = try TemporaryFile("person_id,household_id,year,months_employed\nP1,H1,2022,\(value)\n")
        let error = #expect(throws: InputError.self) { try WorkerFile.read(path: file.path) }
        guard case .invalidData(_, let errors, _) = error else { return #expect(Bool(false)) }
        #expect(errors.first?.line == 2)
        #expect(errors.first?.column == "months_employed")
        #expect(errors.first?.message.en == message)
    }

    @Test func repeatedPersonsAreKeptForTheEmploymentChecks() throws {
        // P1 twice in H1 and P2 in two households: all rows are read; employment flags them.
        let file = try TemporaryFile(
            "person_id,household_id,year,months_employed\nP1,H1,2022,5\nP1,H1,2022,4\nP2,H1,2022,3\nP2,H2,2022,3\n")
        let (panel, report) = try WorkerFile.read(path: file.path)
        #expect(panel.count == 4)
        #expect(report.rejected.isEmpty)
        #expect(panel.line == [2, 3, 4, 5])
    }
}
