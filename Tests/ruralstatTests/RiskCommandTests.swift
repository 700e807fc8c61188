import Foundation
import Testing

/// `ruralstat risk` run as a process on a small synthetic county (`ruralstat synth`).
@Suite struct RiskCommandTests {
    /// 700 households over 2019–2023 with lines.json, made once.
    static let directory: URL = {
        let directory = try! CommandRun.directory(with: [:])
        let run = try! CommandRun(["synth", "--count", "700", "--first-year", "2019", "--last-year", "2023",
                                   "--seed", "5", "--output-dir", "."], in: directory)
        precondition(run.status == 0, run.stderr)
        return directory
    }()

    static func risk(_ arguments: [String]) throws -> CommandRun {
        try CommandRun(["risk", "--households", "households.csv"] + arguments, in: directory)
    }

    static let specColumns = "year,household_id,category,pci,pci_change,sudden_drop,below_line,near_line,under_10k,"
        + "rigid_burden,rigid_expense,zero_employment,employment_drop,guarantee_gap,score,level,p_below_line,reasons,"
        + "elimination_ready,township,village,push_medical,push_education,unmet_conditions,log_odds"

    @Test func csvHasTheSpecColumnsHighestScoreFirst() throws {
        let run = try Self.risk(["--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == Self.specColumns)
        let scores = lines.dropFirst().map { Double($0.split(separator: ",", omittingEmptySubsequences: false)[14])! }
        #expect(scores == scores.sorted(by: >))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("2023,") })
    }

    /// --top 2 --by village: at most two rows per village; a village is grouped within its
    /// township, so the township and village columns follow household_id.
    @Test func watchlistByVillage() throws {
        let run = try Self.risk(["--top", "2", "--by", "village", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(run.stdout.hasPrefix("year,household_id,township,village,category,"))
        var perVillage: [String: Int] = [:]
        for row in rows { perVillage[row[2] + "/" + row[3], default: 0] += 1 }
        #expect(!perVillage.isEmpty && perVillage.values.allSatisfy { $0 <= 2 })
    }

    @Test func chineseReasonsAndXLSX() throws {
        let run = try Self.risk(["--top", "5", "--lang", "zh"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("重点走访名单"))
        let xlsx = try Self.risk(["--top", "5", "--format", "xlsx", "--output", "top.xlsx"])
        #expect(xlsx.status == 0, "\(xlsx.stderr)")
        let bytes = try Data(contentsOf: Self.directory.appendingPathComponent("top.xlsx"))
        #expect(bytes.prefix(2) == Data("PK".utf8))
    }

    /// The back-test gives a row per year (2020–2022, then all), event and method.
    @Test func evaluateTable() throws {
        let run = try Self.risk(["--evaluate", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines[0] == "year,event,method,households,events,base_rate,roc_auc,pr_auc,precision_top5,recall_top5,"
            + "precision_top10,recall_top10,precision_top_n,recall_top_n,brier")
        #expect(lines.count == 1 + 4 * 3 * 8)
        #expect(lines[1].hasPrefix("2020,either,score,"))
        #expect(lines.last!.hasPrefix("all,drop,push_either,"))
    }

    @Test func badOptionsExit64AndTooLittleHistoryExits65() throws {
        #expect(try Self.risk(["--drop", "1.5"]).status == 64)
        #expect(try Self.risk(["--levels", "20,50"]).status == 64)
        let year = try Self.risk(["--year", "2030"])
        #expect(year.status == 64 && year.stderr.contains("no records in 2030"))
        let directory = try CommandRun.directory(with: ["h.csv": """
            household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,production_expense
            H1,2023,2,10000,0,0,0,0

            """])
        let run = try CommandRun(["risk", "--households", "h.csv", "--line", "6000"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains("too few year-to-year transitions"))
    }
}
