import RuralStatEmployment
import Testing

@Suite struct WorkerLinkageTests {
    let linkage = WorkerLinkage(workers: EmploymentFixture.workers, households: EmploymentFixture.households)

    @Test func workerRowsFindTheirHouseholdRecordOfTheSameYear() {
        // Worker rows 0–10 → household rows: h1 2022 = 0, h2 2022 = 2, h4 2022 = 5, h1 2023 = 1,
        // h2 2023 = 3, h4 2023 = 6, h5 2023 = 7; h9 has no record.
        #expect(linkage.householdRow == [0, 0, 2, 5, 1, 1, 3, 6, 6, 7, -1])
    }

    @Test func countsWorkerRowsPerHouseholdRecord() {
        // h1 2022: 2, h1 2023: 2, h2 2022: 1, h2 2023: 1, h3: 0, h4 2022: 1, h4 2023: 2, h5: 1.
        #expect(linkage.workerCount == [2, 2, 1, 1, 0, 1, 2, 1])
    }

    @Test func linksPersonsAcrossYears() {
        // p1 2023 (row 4) ← row 0; p2 (5) ← 1; p3 (6) ← 2; p4 (7) ← 3; p5 and p7 are new.
        #expect(linkage.previousRow == [-1, -1, -1, -1, 0, 1, 2, 3, -1, -1, -1])
    }

    @Test func findsAPersonTwiceInOneYear() {
        #expect(linkage.repeatedPersonYears == [[8, 9]])
    }
}
