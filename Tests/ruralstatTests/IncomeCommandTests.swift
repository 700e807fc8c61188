import Foundation
import RuralStatTestSupport
import Testing

/// `ruralstat income` run as a process on a file whose numbers are worked out by hand.
@Suite struct IncomeCommandTests {
    /// w = 1. net = wage + operating + property + transfer − expense; pci = net / size.
    /// 2022: H1 net 8000 / 2 = 4000; H2 8000 / 4 = 2000.
    /// 2023: H1 10000 / 2 = 5000; H2 10000 / 4 = 2500; H3 (new) 4000 / 1 = 4000.
    static let households = """
        household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,\
        production_expense,category
        H1,2022,2,6000,2000,0,1000,1000,alleviated
        H2,2022,4,4000,4000,0,2000,2000,alleviated
        H1,2023,2,8000,2000,0,1000,1000,alleviated
        H2,2023,4,6000,4000,0,2000,2000,alleviated
        H3,2023,1,3000,0,500,500,0,marginal

        """

    static func run(_ arguments: [String], files: [String: String] = [:]) throws -> CommandRun {
        let directory = try CommandRun.directory(with: ["h.csv": households].merging(files) { $1 })
        defer { try? FileManager.default.removeItem(at: directory) }
        return try CommandRun(["income", "--households", "h.csv"] + arguments, in: directory)
    }

    /// The CSV rows as name → cell.
    static func rows(_ csv: String) -> [[String: String]] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    @Test func csvHasTheSpecColumnsAndHandValues() throws {
        let run = try Self.run(["--line", "3000", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("year,group,households,persons,pci,pci_balanced,pci_prev,growth,median,p10,p25,p75,"
            + "p90,gini,fgt0,fgt1,fgt2,wage_share,line"))
        let rows = Self.rows(run.stdout)
        try #require(rows.count == 2)
        let expected: [[String: Double]] = [
            // 2022: persons 6, pci 16000/6; pci by person 2000 ×4, 4000 ×2 (median 2000: 4/6 ≥ ½);
            // Gini 100·[(2·80000 − 48000)/(6·16000) − 1]; H2's 4 persons under 3000, gap 1/3;
            // wage share 10000/19000.
            ["households": 2, "persons": 6, "pci": 16000.0 / 6, "median": 2000, "p10": 2000, "p25": 2000, "p75": 4000,
             "p90": 4000, "gini": 100.0 / 6, "fgt0": 4.0 / 6, "fgt1": 4.0 / 3 / 6, "fgt2": 4.0 / 9 / 6,
             "wage_share": 10000.0 / 19000, "line": 3000],
            // 2023: persons 7, pci 24000/7; balanced: H1 and H2, 20000/6 against 16000/6, growth 0.25;
            // pci by person 2500 ×4, 4000, 5000 ×2 (median 2500: 4/7 ≥ ½; p75 5000: 5/7 < ¾);
            // Gini 100·[(2·130000 − 64000)/(7·24000) − 1]; H2 under 3000 with gap 1/6;
            // wage share 17000/27000.
            ["households": 3, "persons": 7, "pci": 24000.0 / 7, "pci_balanced": 20000.0 / 6, "pci_prev": 16000.0 / 6,
             "growth": 0.25, "median": 2500, "p10": 2500, "p25": 2500, "p75": 5000, "p90": 5000,
             "gini": 100 * ((2 * 130_000.0 - 64_000) / (7 * 24_000) - 1), "fgt0": 4.0 / 7, "fgt1": 4.0 / 6 / 7,
             "fgt2": 4.0 / 36 / 7, "wage_share": 17000.0 / 27000, "line": 3000],
        ]
        for (row, values) in zip(rows, expected) {
            #expect(row["group"] == "all")
            for (name, value) in values {
                #expect(isClose(row[name].flatMap(Double.init), value), "\(row["year"]!) \(name): \(row[name] ?? "none")")
            }
        }
        // No year before 2022: its balanced pci, previous pci and growth are empty cells.
        #expect(rows[0]["pci_balanced"] == "" && rows[0]["pci_prev"] == "" && rows[0]["growth"] == "")
        #expect(run.stderr.contains("h.csv: read 5 rows: 5 accepted, 0 rejected"))
    }

    /// Fangcheng's 6,900 yuan is 2022's line: adding the preset changes 2022's headcount and no
    /// other year's. pci 2022: H1 4000, H2 2000 (persons 2, 4); 2023: H1 5000, H2 2500, H3 4000.
    @Test func aPresetsLineReplacesOnlyTheYearsItNames() throws {
        let lines = ["lines.json": "{\"2022\": 4000, \"2023\": 4000}"]
        func fgt0(_ arguments: [String]) throws -> (rows: [Int: Double], lines: [String: Double], stdout: String) {
            let run = try Self.run(arguments + ["--format", "json"], files: lines)
            #expect(run.status == 0, "\(run.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let rows = try #require(json["rows"] as? [[String: Any]])
            let byYear = Dictionary(uniqueKeysWithValues: rows.map { ($0["year"] as! Int, $0["fgt0"] as! Double) })
            return (byYear, try #require(json["lines"] as? [String: Double]), run.stdout)
        }
        let plain = try fgt0([])
        let fangcheng = try fgt0(["--preset", "fangcheng-2022"])
        #expect(plain.lines == ["2022": 4000, "2023": 4000])
        #expect(fangcheng.lines == ["2022": 6900, "2023": 4000])
        #expect(plain.rows[2022] == 4.0 / 6 && fangcheng.rows[2022] == 1)  // H2 only; then H1 and H2
        #expect(plain.rows[2023] == 4.0 / 7 && fangcheng.rows[2023] == 4.0 / 7)  // H2 in both
        let table = try Self.run(["--preset", "fangcheng-2022"], files: lines)
        #expect(table.stdout.contains("from targets fangcheng-2022 for 2022, /"), "\(table.stdout)")
        #expect(table.stdout.contains("/lines.json for the other years): 2022: 6,900, 2023: 4,000"), "\(table.stdout)")
    }

    @Test func byCategoryInCrossSectionMode() throws {
        let run = try Self.run(["--line", "3000", "--by", "category", "--panel", "cross-section", "--year", "2023",
                                "--format", "csv"])
        #expect(run.status == 0)
        let rows = Self.rows(run.stdout)
        #expect(rows.map { $0["category"] } == ["alleviated", "marginal"])
        // alleviated 2023: 20000/6; cross-section previous: the group's whole 2022, 16000/6.
        #expect(isClose(rows[0]["pci"].flatMap(Double.init), 20000.0 / 6))
        #expect(isClose(rows[0]["pci_prev"].flatMap(Double.init), 16000.0 / 6))
        #expect(isClose(rows[0]["growth"].flatMap(Double.init), 0.25))
        // marginal 2023: H3 alone, 4000; no marginal record in 2022.
        #expect(rows[1]["pci"] == "4000" && rows[1]["growth"] == "")
    }

    /// `--by` takes the households file's Chinese names as well as the English ones.
    @Test(arguments: ["户类型", "监测对象类别", "ＣＡＴＥＧＯＲＹ"])
    func byAChineseOrFullWidthName(name: String) throws {
        let run = try Self.run(["--line", "3000", "--by", name, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = Self.rows(run.stdout)
        #expect(rows.map { "\($0["year"]!) \($0["category"] ?? "none")" }
            == ["2022 alleviated", "2023 alleviated", "2023 marginal"])
    }

    /// `--incidence 2022-2023` is read as `2022:2023`: the same years compared.
    @Test(arguments: ["2022-2023", "2022 - 2023", "2022–2023", "2022～2023", "2022：2023"])
    func incidenceSpansWithADash(span: String) throws {
        let dashed = try Self.run(["--incidence", span, "--format", "csv"])
        let colon = try Self.run(["--incidence", "2022:2023", "--format", "csv"])
        #expect(dashed.status == 0, "\(dashed.stderr)")
        let rows = Self.rows(dashed.stdout)
        #expect(!rows.isEmpty && rows.allSatisfy { $0["from_year"] == "2022" && $0["to_year"] == "2023" })
        #expect(dashed.stdout == colon.stdout)
    }

    @Test(arguments: ["2023-2022", "2022", "2022-2023-2024", "-2023"])
    func aBadIncidenceSpanIsAUsageError(span: String) throws {
        let run = try Self.run(["--incidence=\(span)"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("expected FROM:TO (or FROM-TO) with FROM < TO"))
    }

    /// A file with a header and no rows is said to have none, exit 65, for every analysis;
    /// `validate` reports 0 rows.
    @Test(arguments: ["income", "employment", "risk", "forecast", "report", "guarantees"])
    func aHeaderOnlyFileHasNoDataRows(command: String) throws {
        let header = String(Self.households.prefix { $0 != "\n" }) + "\n"
        let directory = try CommandRun.directory(with: ["h.csv": header])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun([command, "--households", "h.csv"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains("h.csv: no data rows: the file has a header and nothing under it"))
        #expect(run.stdout.isEmpty)
        let validate = try CommandRun(["validate", "--households", "h.csv", "--format", "json"], in: directory)
        #expect(validate.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [String: Any])
        #expect(json["rows"] as? Int == 0)
    }

    @Test func everyRowRejectedLeavesNoDataRows() throws {
        let bad = Self.households.replacingOccurrences(of: ",2022,", with: ",1999,")
            .replacingOccurrences(of: ",2023,", with: ",1999,")
        let run = try Self.run(["--on-error", "skip", "--rejects", "r.csv"], files: ["h.csv": bad])
        #expect(run.status == 65)
        #expect(run.stderr.contains("h.csv: no data rows: every one of its 5 rows was rejected"))
    }

    @Test func aBadCellExits65NamingFileLineColumnAndValue() throws {
        let bad = Self.households.replacingOccurrences(of: "H3,2023,1,", with: "H3,2023,n/a,")
        let run = try Self.run(["--line", "3000"], files: ["h.csv": bad])
        #expect(run.status == 65)
        #expect(run.stderr.contains("h.csv:6: column 'household_size': value 'n/a': is not a whole number"))
        #expect(run.stdout.isEmpty)
    }
}
