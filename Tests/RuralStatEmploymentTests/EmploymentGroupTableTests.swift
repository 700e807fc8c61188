import RuralStatCore
import RuralStatEmployment
import Testing

/// Every group metric of the fixture by township, worked out by hand (see ``EmploymentFixture``).
@Suite struct EmploymentGroupTableTests {
    let table: EmploymentGroupTable

    init() throws {
        let households = EmploymentFixture.households
        let workers = EmploymentFixture.workers
        table = EmploymentGroupTable(
            households: HouseholdEmployment(households),
            workers: (workers, WorkerLinkage(workers: workers, households: households)),
            grouping: try Grouping(households, by: [.township]))
    }

    private func expectClose(_ actual: Double?, _ expected: Double?, _ name: String) {
        guard let expected else {
            #expect(actual == nil, "\(name)")
            return
        }
        guard let actual else {
            Issue.record("\(name) is nil, expected \(expected)")
            return
        }
        #expect(abs(actual - expected) <= 1e-12 * max(abs(expected), 1), "\(name): \(actual) vs \(expected)")
    }

    @Test func rowsAreSortedByYearThenGroup() {
        #expect(table.years == [2022, 2023])
        #expect(table.groupLabels == [["A"], ["B"]])
        #expect(table.rows.map { [$0.year, $0.group] } == [[2022, 0], [2022, 1], [2023, 0], [2023, 1]])
    }

    @Test func townshipA2022() throws {
        // Rows h1 (w 1) and h2 (w 2).
        let m = try #require(table.metrics(group: 0, year: 2022))
        expectClose(m.households, 3, "households") // 1 + 2
        expectClose(m.labor, 4, "labor") // 1·2 + 2·1
        expectClose(m.workers, 4, "workers") // 1·2 + 2·1
        expectClose(m.workersChange, nil, "workers_change") // no 2021
        expectClose(m.zeroEmploymentHouseholds, 0, "zero")
        expectClose(m.coverage, 1, "coverage") // 3 / 3
        expectClose(m.meanMonths, 7.5, "mean_months") // (24 + 2·3) / (2 + 2·1)
        expectClose(m.stableShare, 0.5, "stable_share") // rows 12, 12 (w 1), 3 (w 2): 2 / 4
        expectClose(m.wageShare, 32000.0 / 60000, "wage_share") // (20000 + 2·6000) / (30000 + 2·15000)
        expectClose(m.wageShareChange, nil, "wage_share_change")
        expectClose(m.outOfProvinceWorkers, 1, "oop")
        expectClose(m.publicWelfareJobs, 2, "pw") // 2·1
        expectClose(m.persistent, 0, "persistent")
        expectClose(m.employmentRate, 1, "employment_rate") // 4 / 4
        expectClose(m.stabilityIndex, 75, "stability_index") // (1·100 + 2·62.5) / 3
        expectClose(m.workersKept, 0, "workers_kept")
    }

    @Test func townshipA2023() throws {
        // Rows h1 (w 1), h2 lost its job (w 2), h3 without labour (w 1).
        let m = try #require(table.metrics(group: 0, year: 2023))
        expectClose(m.households, 4, "households")
        expectClose(m.labor, 4, "labor") // 2 + 2·1 + 0
        expectClose(m.workers, 2, "workers") // 2 + 0 + 0
        expectClose(m.workersChange, -2, "workers_change") // 2 − 4
        expectClose(m.zeroEmploymentHouseholds, 2, "zero") // h2, weight 2
        expectClose(m.householdsWithLabor, 3, "with labour") // h1 + 2·h2; h3 has none
        expectClose(m.coverage, 1.0 / 3, "coverage") // 1 / 3
        expectClose(m.meanMonths, 10, "mean_months") // 20 / 2
        expectClose(m.stableShare, 0.5, "stable_share") // rows 12, 8 (w 1), 4 (w 2): 2 / 4
        let share = 24000.0 / 65000 // 24000 / (32000 + 2·12000 + 9000)
        expectClose(m.wageShare, share, "wage_share")
        expectClose(m.wageShareChange, share - 32000.0 / 60000, "wage_share_change")
        expectClose(m.outOfProvinceWorkers, 1, "oop")
        expectClose(m.publicWelfareJobs, 0, "pw")
        expectClose(m.persistent, 1, "persistent") // h1 only
        expectClose(m.employmentRate, 0.5, "employment_rate") // 2 / 4
        expectClose(m.stabilityIndex, (100 * (0.6 + 0.4 * 20.0 / 24)) / 3, "stability_index") // (93.33 + 2·0) / 3
        expectClose(m.workerRows, 4, "worker_rows")
        expectClose(m.workersKept, 4, "workers_kept") // p1, p2 (w 1) and p3 (w 2) worked in 2022 too
        #expect(m.locations == [3, 0, 1]) // county: p2 + 2·p3; out of province: p1
        #expect(m.jobTypes == [1, 2, 1, 0, 0]) // enterprise p1, public welfare 2·p3, workshop p2
    }

    @Test func townshipB2022() throws {
        let m = try #require(table.metrics(group: 1, year: 2022))
        expectClose(m.households, 1, "households")
        expectClose(m.labor, 3, "labor")
        expectClose(m.workers, 1, "workers")
        expectClose(m.coverage, 1, "coverage")
        expectClose(m.meanMonths, 12, "mean_months")
        expectClose(m.stableShare, 1, "stable_share")
        expectClose(m.wageShare, 30000.0 / 33000, "wage_share")
        expectClose(m.employmentRate, 1.0 / 3, "employment_rate")
        expectClose(m.stabilityIndex, 200.0 / 3, "stability_index")
    }

    @Test func townshipB2023WithAMissingLabourCell() throws {
        // Rows h4 and h5 (labour and public-welfare cells missing).
        let m = try #require(table.metrics(group: 1, year: 2023))
        expectClose(m.households, 2, "households")
        expectClose(m.labor, 3, "labor") // h5's labour is not known: not counted
        expectClose(m.workers, 3, "workers") // 2 + 1
        expectClose(m.workersChange, 2, "workers_change") // 3 − 1
        expectClose(m.zeroEmploymentHouseholds, 0, "zero")
        expectClose(m.householdsWithLabor, 1, "with labour") // h4; h5 unknown
        expectClose(m.coverage, 1, "coverage")
        expectClose(m.meanMonths, 8, "mean_months") // (18 + 6) / (2 + 1)
        expectClose(m.stableShare, 1, "stable_share") // 10, 8, 6 months: all ≥ 6
        let share = 41000.0 / 49000 // (36000 + 5000) / (39000 + 10000)
        expectClose(m.wageShare, share, "wage_share")
        expectClose(m.wageShareChange, share - 30000.0 / 33000, "wage_share_change")
        expectClose(m.outOfProvinceWorkers, 1, "oop")
        expectClose(m.publicWelfareJobs, 1, "pw") // h5's cell missing
        expectClose(m.employmentRate, 2.0 / 3, "employment_rate") // rows with both counts: h4
        expectClose(m.stabilityIndex, 100 * (0.4 * 2 / 3 + 0.4 * 0.75 + 0.2), "stability_index") // h4 only
        expectClose(m.workersKept, 1, "workers_kept") // p4; p5 is new
        #expect(m.locations == [1, 1, 1])
        #expect(m.jobTypes == [1, 0, 0, 1, 1])
    }

    @Test func populationKeepsOnlyItsCategories() throws {
        // Alleviated only: h1 (A) and h4 (B). A 2023: workers 2, coverage 1, stable 1 (12 and 8 months).
        let households = EmploymentFixture.households
        let workers = EmploymentFixture.workers
        let alleviated = EmploymentGroupTable(
            households: HouseholdEmployment(households),
            workers: (workers, WorkerLinkage(workers: workers, households: households)),
            grouping: try Grouping(households, by: [.township]), population: [.alleviated])
        let m = try #require(alleviated.metrics(group: 0, year: 2023))
        expectClose(m.households, 1, "households")
        expectClose(m.workers, 2, "workers")
        expectClose(m.workersChange, 0, "workers_change") // 2 − 2
        expectClose(m.coverage, 1, "coverage")
        expectClose(m.stableShare, 1, "stable_share")
    }

    @Test func withoutWorkersFileWorkerMetricsAreUndefined() throws {
        let households = EmploymentFixture.households
        let m = try #require(EmploymentGroupTable(households: HouseholdEmployment(households), workers: nil,
                                                  grouping: try Grouping(households, by: [])).metrics(group: 0, year: 2022))
        // Whole 2022: households 1 + 2 + 1 = 4; workers 2 + 2 + 1 = 5.
        expectClose(m.households, 4, "households")
        expectClose(m.workers, 5, "workers")
        #expect(m.stableShare == nil && m.workerRows == nil && m.locations == nil)
    }
}
