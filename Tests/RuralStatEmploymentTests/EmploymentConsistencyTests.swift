import RuralStatCore
import RuralStatEmployment
import RuralStatText
import Testing

@Suite struct EmploymentConsistencyTests {
    private func warnings(_ households: HouseholdPanel = EmploymentFixture.households,
                          _ workers: WorkerPanel = EmploymentFixture.workers) -> [EmploymentWarning] {
        EmploymentConsistency.warnings(
            workers: workers, households: households,
            linkage: WorkerLinkage(workers: workers, households: households))
    }

    @Test func namesEveryDisagreementWithItsLines() {
        let found = warnings()
        #expect(found.map(\.kind) == [.workerCountMismatch, .personInTwoHouseholds, .workerWithoutHousehold])
        // h2 2023 (households line 5) says 0 workers; workers line 8 lists p3 for it.
        #expect(found[0].householdID == "h2" && found[0].year == 2023)
        #expect(found[0].householdLine == 5 && found[0].workerLines == [8])
        #expect(found[0].description
            == "households line 5, workers line 8: employed_count is 0 but the workers file has 1 worker row")
        // p5 works for h4 (line 10) and h5 (line 11) in 2023; h4 2023 is households line 8.
        #expect(found[1].workerLines == [10, 11] && found[1].householdLine == 8)
        #expect(found[1].message.en == "person p5 is a worker of 2 households: h4, h5")
        // p7's household h9 has no record (workers line 12).
        #expect(found[2].workerLines == [12] && found[2].householdLine == nil)
        #expect(found[2].description == "workers line 12: household h9 has no record for 2023 in the households file")
    }

    @Test func samePersonTwiceInOneHouseholdIsADuplicate() {
        let workers = WorkerPanel(source: "w", personID: TextColumn(["p1", "p1"]), householdID: TextColumn(["h1", "h1"]),
                                  year: [2022, 2022], monthsEmployed: [12, 12])
        let found = warnings(EmploymentFixture.households, workers)
        // h1 2022 says 2 workers and has 2 rows: no count mismatch, but p1 is listed twice.
        // h2 2022 (line 4) and h4 2022 (line 7) say 1 worker each and have none.
        #expect(found.map(\.kind) == [.workerCountMismatch, .workerCountMismatch, .duplicateWorker])
        #expect(found.map(\.householdLine) == [4, 7, 2])
        #expect(found[0].message.en == "employed_count is 1 but the workers file has 0 worker rows")
        #expect(found[2].workerLines == [2, 3])
        #expect(found[2].message.en == "person p1 is listed 2 times for household h1")
    }

    @Test func checksCountsOnlyInYearsTheWorkersFileCovers() {
        // A workers file of 2022 only: the 2023 households are not expected in it.
        let workers = WorkerPanel(source: "w", personID: TextColumn(["p1", "p2", "p3", "p4"]),
                                  householdID: TextColumn(["h1", "h1", "h2", "h4"]),
                                  year: [2022, 2022, 2022, 2022], monthsEmployed: [12, 12, 3, 12])
        #expect(warnings(EmploymentFixture.households, workers).isEmpty)
    }

    @Test func missingEmployedCountIsNotChecked() {
        var households = EmploymentFixture.households
        households.employedCount![3] = Missing.integer
        #expect(!warnings(households).contains { $0.kind == .workerCountMismatch })
    }
}
