import Foundation
import Testing

/// Options that used to do nothing, or drop output silently, are refused with what to do instead.
@Suite struct RefusedOptionsTests {
    private func run(_ arguments: [String]) throws -> CommandRun {
        try IncomeCommandTests.run(arguments)
    }

    @Test func csvWithTargetsNeedsASecondFile() throws {
        let run = try run(["--preset", "wenshan-2022", "--format", "csv"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("add --targets-output FILE (or use --format json, which holds both tables)"))
        #expect(run.stdout.isEmpty)
    }

    @Test func targetsOutputNeedsCSV() throws {
        let run = try run(["--preset", "wenshan-2022", "--targets-output", "t.csv"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--targets-output writes the targets table as CSV and needs --format csv"))
    }

    @Test func targetsOutputWhereNoTargetsTableIsWritten() throws {
        let directory = try CommandRun.directory(with: ["h.csv": IncomeCommandTests.households])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun(["forecast", "--households", "h.csv", "--preset", "wenshan-2022", "--format", "csv",
                                  "--targets-output", "t.csv"], in: directory)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--targets-output is for the commands that print a targets table"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("t.csv").path))
    }

    @Test(arguments: ["12", "-1", "1"])
    func aGrowthRateIsAFraction(rate: String) throws {
        let run = try run(["--growth-rate=\(rate)"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("a rate is a fraction, e.g. 0.12 for 12%"))
    }

    @Test func rejectsWithoutSkip() throws {
        let run = try run(["--rejects", "bad.csv"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--rejects is used only with --on-error skip"))
    }

    @Test(arguments: [["--by", "category"], ["--year", "2023"]])
    func validateTakesNoGroupsOrYear(extra: [String]) throws {
        let directory = try CommandRun.directory(with: ["h.csv": IncomeCommandTests.households])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun(["validate", "--households", "h.csv"] + extra, in: directory)
        #expect(run.status == 64)
        #expect(run.stderr.contains("validate summarises the whole file and takes no --by or --year"))
    }

    /// `--by` repeated adds up, as `--by category,township` would (it used to keep the last only).
    @Test func repeatedByAddsUp() throws {
        let repeated = try run(["--by", "category", "--by", "category", "--format", "json"])
        let joined = try run(["--by", "category", "--format", "json"])
        #expect(repeated.status == 0 && repeated.stdout == joined.stdout)
        let directory = try CommandRun.directory(with: ["h.csv": TargetsCheckCommandTests.households])
        defer { try? FileManager.default.removeItem(at: directory) }
        let two = try CommandRun(["income", "--households", "h.csv", "--by", "township", "--by", "category", "--format", "csv"],
                                 in: directory)
        let one = try CommandRun(["income", "--households", "h.csv", "--by", "township,category", "--format", "csv"], in: directory)
        #expect(two.status == 0 && two.stdout == one.stdout && two.stdout.hasPrefix("year,township,category,"))
    }
}
