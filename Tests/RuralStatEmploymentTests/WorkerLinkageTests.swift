@testable import RuralStatEmployment
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

    /// Ids in the households' order (with gaps of up to three), then out of it, then absent:
    /// each finds its own code, whichever way it is looked up.
    @Test func householdCodesFollowTheOrderAndFallBackToHashing() {
        let households = (0..<20).map { "H\($0)" }
        let ids = ["H0", "H1", "H4", "H5", "H19", "H2", "X", "H3", "H9", "H10"]
        #expect(WorkerLinkage.householdCodes(of: ids, in: households) == [0, 1, 4, 5, 19, 2, -1, 3, 9, 10])
        #expect(WorkerLinkage.householdCodes(of: [], in: households) == [])
        #expect(WorkerLinkage.householdCodes(of: ["H0"], in: []) == [-1])
    }
}
