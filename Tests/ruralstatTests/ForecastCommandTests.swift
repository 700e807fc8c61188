import Foundation
import Testing

/// `ruralstat forecast` end to end on the bundled sample: columns, determinism and exit codes.
@Suite struct ForecastCommandTests {
    @Test func csvHasTheSpecColumnsAndIsDeterministic() throws {
        let directory = try CommandRun.directory(with: [:])
        let arguments = ["forecast", "--by", "township", "--horizon", "2", "--draws", "50", "--seed", "9", "--format", "csv"]
        let first = try CommandRun(arguments, in: directory)
        let second = try CommandRun(arguments, in: directory)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let header = first.stdout.split(separator: "\n").first.map(String.init)
        #expect(header == "township,last_year,last_pci,year,pci,lower,upper,level,target,p_meet,target_id")
    }

    @Test func badHorizonIsAUsageError() throws {
        let run = try CommandRun(["forecast", "--horizon", "4"], in: try CommandRun.directory(with: [:]))
        #expect(run.status == 64)
        #expect(run.stderr.contains("--horizon"))
    }

    @Test func seriesWithATextValueNamesLineAndColumn() throws {
        let directory = try CommandRun.directory(with: ["s.csv": "year,yuan\n2020,100\n2021,abc\n2022,120\n"])
        let run = try CommandRun(["forecast", "--series", "s.csv"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains("s.csv:3: column 'yuan': value 'abc'"), "\(run.stderr)")
    }

    /// 40 households of size 2 over 2021–2023, wage income only, growing by 500 yuan a year
    /// with a spread that differs by household and year.
    static let households: String = {
        var text = "household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,production_expense\n"
        for year in 2021...2023 {
            for h in 0..<40 {
                let wage = 10_000 + 300 * h + 500 * (year - 2021) + (h * 7 + year) % 5 * 200
                text += "H\(h),\(year),2,\(wage),0,0,0,0\n"
            }
        }
        return text
    }()

    /// The `p_below_line` and `line` cells of a `--per-household` CSV.
    static func belowLine(_ csv: String) -> [(p: String, line: String)] {
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let p = rows[0].firstIndex(of: "p_below_line")!, line = rows[0].firstIndex(of: "line")!
        return rows.dropFirst().map { ($0[p], $0[line]) }
    }

    /// Without --line or targets, the line is lines.json next to the households file, as for
    /// `income`; --line overrides it.
    @Test func householdLineComesFromLinesJSON() throws {
        let directory = try CommandRun.directory(with: ["h.csv": Self.households, "lines.json": "{\"2024\": 1000000}"])
        let arguments = ["forecast", "--households", "h.csv", "--per-household", "--draws", "40", "--format", "csv"]
        let run = try CommandRun(arguments, in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let cells = Self.belowLine(run.stdout)
        #expect(cells.count == 40)
        #expect(cells.allSatisfy { $0.p == "1" && $0.line == "1000000" }, "\(cells.prefix(3))")
        let overridden = try CommandRun(arguments + ["--line", "1"], in: directory)
        #expect(overridden.status == 0, "\(overridden.stderr)")
        #expect(Self.belowLine(overridden.stdout).allSatisfy { $0.p == "0" && $0.line == "1" })
    }

    @Test func badLinesJSONIsBadData() throws {
        let directory = try CommandRun.directory(with: ["h.csv": Self.households, "lines.json": "{\"2024\": -5}"])
        let run = try CommandRun(["forecast", "--households", "h.csv", "--draws", "40"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains("lines.json: '2024'"), "\(run.stderr)")
    }

    @Test func missingSeriesFileIsUnreadable() throws {
        let run = try CommandRun(["forecast", "--series", "nope.csv"], in: try CommandRun.directory(with: [:]))
        #expect(run.status == 64)
        #expect(run.stderr.contains("nope.csv"), "\(run.stderr)")
    }

    @Test func seriesWithoutAValueColumnIsBadData() throws {
        let directory = try CommandRun.directory(with: ["s.csv": "year,amount\n2020,100\n2021,110\n2022,120\n"])
        let run = try CommandRun(["forecast", "--series", "s.csv"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains("s.csv: no yuan or value column"), "\(run.stderr)")
    }
}
