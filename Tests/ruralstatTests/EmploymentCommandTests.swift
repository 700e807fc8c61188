import Foundation
import Testing

/// `ruralstat employment` run as a process on small files whose numbers are worked out by hand.
@Suite struct EmploymentCommandTests {
    /// Three households in two townships over 2022–2023 (w = 1):
    /// H1 (东风乡, alleviated): labour 2; 2 workers, 24 months in 2022; 2 workers, 20 months in 2023.
    /// H2 (东风乡, marginal): labour 1; 1 worker, 3 months in 2022; none in 2023 (零就业).
    /// H3 (城关镇, alleviated): labour 0 in 2023 only.
    static let households = """
        household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,\
        production_expense,township,village,category,labor_count,employed_count,employed_months
        H1,2022,4,20000,5000,0,5000,0,东风乡,一村,alleviated,2,2,24
        H2,2022,3,6000,6000,0,3000,0,东风乡,二村,marginal,1,1,3
        H1,2023,4,24000,4000,0,4000,0,东风乡,一村,alleviated,2,2,20
        H2,2023,3,0,8000,0,4000,0,东风乡,二村,marginal,1,0,0
        H3,2023,2,0,3000,0,6000,0,城关镇,三村,alleviated,0,0,0

        """

    static let workers = """
        person_id,household_id,year,months_employed,location,job_type
        P1,H1,2022,12,out_of_province,enterprise
        P2,H1,2022,12,county,workshop
        P3,H2,2022,3,county,public_welfare
        P1,H1,2023,12,out_of_province,enterprise
        P2,H1,2023,8,county,workshop
        P3,H2,2023,4,county,public_welfare

        """

    /// Runs `ruralstat employment --households h.csv --workers w.csv arguments…` in a new
    /// directory holding the two files; returns the run and the directory.
    /// A targets file with one county-level target, for ``targetsMetAndNotMet()``.
    static let targets = """
        [[target]]
        id = "workers-not-fewer"
        kind = "floor"
        metric = "workers"
        population = ["alleviated", "unstable", "marginal", "sudden_hardship"]

        """

    static func run(_ arguments: [String], workers: String = workers) throws -> (CommandRun, URL) {
        let directory = try CommandRun.directory(with: ["h.csv": households, "w.csv": workers, "t.toml": targets])
        let run = try CommandRun(["employment", "--households", "h.csv", "--workers", "w.csv"] + arguments, in: directory)
        return (run, directory)
    }

    @Test func csvByTownshipHasTheSpecColumnsAndHandValues() throws {
        let (run, _) = try Self.run(["--by", "township", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("year,township,households,labor,workers,workers_change,zero_employment_households,"
            + "coverage,mean_months,stable_share,wage_share,wage_share_change,out_of_province_workers,public_welfare_jobs,"))
        // 2022 东风乡: 2 households, labour 3, workers 3, no t−1, zero 0, coverage 1, months 27/3 = 9,
        // stable 2 of 3 rows, wage share 26000/45000; no out_of_province_count column.
        #expect(lines[1].hasPrefix("2022,东风乡,2,3,3,,0,1,9,0.6666666666666666,0.5777777777777777,,,,"))
        // 2023 东风乡: workers 2 (−1), zero employment H2, coverage 1/2, months 20/2, stable 2 of 3 rows
        // (P3 counts with H2 though H2 reports no worker), wage share 24000/44000.
        // 2023 城关镇 (sorted by code point: 东 U+4E1C before 城 U+57CE): labour 0, coverage undefined.
        #expect(lines[2].hasPrefix("2023,东风乡,2,3,2,-1,1,0.5,10,0.6666666666666666,0.5454545454545454,"))
        #expect(lines[3].hasPrefix("2023,城关镇,1,0,0,,0,,,,0,,,,"))
        // H2 2023 says 0 workers but the workers file lists P3: one warning on standard error.
        #expect(run.stderr.contains("employment: 1 warning where the households and workers files disagree"))
    }

    @Test func zeroEmploymentListNamesTheVillageAndHousehold() throws {
        let (run, _) = try Self.run(["--list", "zero-employment", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == "year,township,village,household_id,category,household_size,labor_count,employed_last_year\n"
            + "2023,东风乡,二村,H2,marginal,3,1,1\n")
    }

    @Test func targetsMetAndNotMet() throws {
        // Workers of 脱贫户 and monitoring objects not fewer than last year, judged on the whole
        // county whatever --by is: 3 in 2022, 2 in 2023 → not met.
        let (run, directory) = try Self.run(["--by", "township", "--targets", "t.toml", "--format", "csv",
                                             "--targets-output", "t.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let targets = try String(contentsOf: directory.appendingPathComponent("t.csv"), encoding: .utf8)
        #expect(targets.split(separator: "\n").dropFirst() == [
            "workers-not-fewer,floor,workers,county,alleviated+unstable+marginal+sudden_hardship,all,2023,2,3,false,-1,,,,",
        ])
    }

    @Test func chineseTableShowsTheSpecColumnsAndWideAddsTheRest() throws {
        let (run, _) = try Self.run(["--lang", "zh"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("就业稳定情况") && run.stdout.contains("零就业家庭") && run.stdout.contains("就业覆盖率"))
        #expect(run.stdout.contains("全部"))
        #expect(!run.stdout.contains("务工地点：省外"))
        let (wide, _) = try Self.run(["--lang", "zh", "--wide"])
        #expect(wide.stdout.contains("务工地点：省外") && wide.stdout.contains("就业类型：公益岗位"))
    }

    @Test func monthsOverTwelveAreRejectedAtIngest() throws {
        let (run, _) = try Self.run([], workers: "person_id,household_id,year,months_employed\nP1,H1,2022,13\n")
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("w.csv:2: column 'months_employed': value '13'"))
    }

    @Test func aWorkerInTwoHouseholdsIsFlaggedWithBothLines() throws {
        // P3 works for H2 (line 4) and, in the same year, for H1 (line 5): both rows are read and
        // flagged; H1 2022 then has 3 worker rows (lines 2, 3, 5) against employed_count 2.
        let workers = "person_id,household_id,year,months_employed\nP1,H1,2022,12\nP2,H1,2022,12\nP3,H2,2022,3\nP3,H1,2022,3\n"
        let (run, _) = try Self.run(["--format", "json"], workers: workers)
        #expect(run.status == 0)
        #expect(run.stderr.contains("w.csv: read 4 rows: 4 accepted, 0 rejected"))
        #expect(run.stderr.contains("employment: 2 warnings where the households and workers files disagree"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.count == 2)
        #expect(warnings[0]["kind"] as? String == "worker_count_mismatch")
        #expect(warnings[0]["workers_lines"] as? String == "2 3 5")
        #expect(warnings[1]["kind"] as? String == "person_in_two_households")
        #expect(warnings[1]["workers_lines"] as? String == "4 5")
        #expect(warnings[1]["message"] as? String == "person P3 is a worker of 2 households: H2, H1")
    }

    @Test func badListIsAUsageError() throws {
        let (run, _) = try Self.run(["--list", "villages"])
        #expect(run.status == 64)
    }
}
