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
