import Foundation
import Testing

/// `ruralstat validate` run as a process: exit statuses, standard error, the rejects file.
@Suite struct ValidateCommandTests {
    static let header = "household_id,year,household_size,wage_income,operating_income,property_income,"
        + "transfer_income,production_expense,township,category"

    static func directory(with households: String) throws -> URL {
        try CommandRun.directory(with: ["h.csv": households])
    }

    @Test func goodDataGivesTheSpecKeysAndExitsZero() throws {
        let directory = try Self.directory(with: "\(Self.header)\nH1,2021,3,1,1,1,1,1,城关镇,脱贫户\nH1,2022,3,2,2,2,2,2,城关镇,脱贫户\n")
        let run = try CommandRun(["validate", "--households", "h.csv", "--format", "json"], in: directory)
        #expect(run.status == 0)
        #expect(run.stderr == "h.csv: read 2 rows: 2 accepted, 0 rejected\n")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(json?["rows"] as? Int == 2)
        #expect(json?["households"] as? Int == 1)
        #expect(json?["years"] as? [Int] == [2021, 2022])
        #expect(json?["rows_per_year"] as? [String: Int] == ["2021": 1, "2022": 1])
        #expect(json?["categories"] as? [String: Int] == ["alleviated": 2])
        #expect(json?["townships"] as? Int == 1)
        #expect(json?["optional_columns"] as? [String] == ["township", "category"])
        #expect((json?["warnings"] as? [Any])?.isEmpty == true)
    }

    /// validate runs the checks employment runs on the two files against each other, with the
    /// lines of both (it used to say "no warnings" where employment found disagreements).
    @Test func theWorkersFileIsCheckedAgainstTheHouseholdsFile() throws {
        // P3 works for H2 (workers line 4) and for H1 (line 5) in 2022: H1 then has 3 worker
        // rows (lines 2, 3, 5) against its employed_count 2 (households line 2).
        let workers = "person_id,household_id,year,months_employed\nP1,H1,2022,12\nP2,H1,2022,12\nP3,H2,2022,3\nP3,H1,2022,3\n"
        let directory = try CommandRun.directory(with: ["h.csv": EmploymentCommandTests.households, "w.csv": workers])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun(["validate", "--households", "h.csv", "--workers", "w.csv", "--format", "json"], in: directory)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.map { $0["line"] as? Int } == [2, 3])
        #expect(warnings.map { $0["column"] as? String } == ["employed_count", "person_id"])
        #expect(warnings.map { $0["message"] as? String } == [
            "2022, household H1: households line 2, workers lines 2, 3, 5: employed_count is 2 but the workers file has 3 worker rows",
            "2022, household H2: households line 3, workers lines 4, 5: person P3 is a worker of 2 households: H2, H1",
        ])
        let table = try CommandRun(["validate", "--households", "h.csv", "--workers", "w.csv"], in: directory)
        #expect(table.status == 0 && !table.stdout.contains("no warnings"))
    }

    /// Impossible rows are warned of with their lines in the table too.
    @Test func impossibleRowsAreWarnedOf() throws {
        let households = "\(Self.header),labor_count,employed_count,employed_months,monitored_since\n"
            + "H1,2023,1,1,1,1,1,1,城关镇,一般农户,9,0,40,\nH2,2023,3,1,1,1,1,1,城关镇,边缘易致贫户,2,1,6,\n"
        let directory = try Self.directory(with: households)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun(["validate", "--households", "h.csv", "--format", "csv"], in: directory)
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
            == ["2,labor_count", "2,employed_months", "3,monitored_since"])
    }

    /// The table says which optional columns the file has in one short line, by whichever
    /// list is shorter.
    @Test func theTableNamesTheShorterListOfOptionalColumns() throws {
        let few = try Self.directory(with: "\(Self.header)\nH1,2021,3,1,1,1,1,1,城关镇,脱贫户\n")
        let run = try CommandRun(["validate", "--households", "h.csv"], in: few)
        #expect(run.status == 0)
        #expect(run.stdout.contains("optional columns  2 of 18: township, category\n"))
        let sample = try CommandRun(["validate"], in: few)
        #expect(sample.stdout.contains("optional columns  17 of 18; missing: weight\n"))
        let chinese = try CommandRun(["validate", "--lang", "zh"], in: few)
        #expect(chinese.stdout.contains("可选列          18 列中 17 列；缺：权重\n"))
    }

    /// The workbooks written by openpyxl for the library's tests (RuralStatDataTests/Fixtures).
    static func workbook(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RuralStatDataTests/Fixtures/\(name)").path
    }

    @Test func aWorkbookIsValidatedLikeACSVFile() throws {
        let directory = try Self.directory(with: "")
        let good = try CommandRun(["validate", "--households", Self.workbook("households-zh.xlsx"), "--format", "json"],
                                  in: directory)
        #expect(good.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any]
        #expect(json?["rows"] as? Int == 3)
        #expect(json?["households"] as? Int == 2)
        #expect(json?["rows_per_year"] as? [String: Int] == ["2023": 2, "2024": 1])
        let badPath = Self.workbook("households-bad.xlsx")
        let bad = try CommandRun(["validate", "--households", badPath], in: directory)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("\(badPath):5: column '家庭人口数': value '0': must be a whole number of at least 1\n"))
    }

    @Test func badDataExits65AndNamesEveryError() throws {
        let directory = try Self.directory(with: "\(Self.header)\nH1,2021,0,1,1,1,1,1,,\nH2,1999,3,1,1,1,1,1,,\n")
        let run = try CommandRun(["validate", "--households", "h.csv"], in: directory)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("h.csv:2: column 'household_size': value '0': must be a whole number of at least 1\n"))
        #expect(run.stderr.contains("h.csv:3: column 'year': value '1999': must be a whole number from 2000 to 2100\n"))
    }

    @Test func skipWritesTheRejectsNextToTheOutput() throws {
        let directory = try Self.directory(with: "\(Self.header)\nH1,2021,0,1,1,1,1,1,,\nH2,2021,3,1,1,1,1,1,,\n")
        let run = try CommandRun(["validate", "--households", "h.csv", "--on-error", "skip", "--output", "v.json",
                                "--format", "json"], in: directory)
        #expect(run.status == 0)
        #expect(run.stderr.contains("h.csv: read 2 rows: 1 accepted, 1 rejected\n"))
        let rejects = try String(contentsOf: directory.appendingPathComponent("v.json.rejects.csv"), encoding: .utf8)
        #expect(rejects.hasPrefix("line,\(Self.header),reason\n2,H1,2021,0,"))
    }

    @Test(arguments: [["validate", "--households", "missing.csv"], ["validate", "--households", "h.csv", "--on-error", "ignore"]])
    func aMissingFileOrBadOptionExits64(arguments: [String]) throws {
        let directory = try Self.directory(with: "\(Self.header)\n")
        let run = try CommandRun(arguments, in: directory)
        #expect(run.status == 64)
        #expect(!run.stderr.isEmpty)
    }
}
