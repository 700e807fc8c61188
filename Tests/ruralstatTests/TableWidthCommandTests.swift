import Foundation
import RuralStatTestSupport
import Testing

/// Terminal tables fit the width given by `COLUMNS` (the test's standard output is a pipe, so no
/// terminal size is found and the runner's own window does not count); `--wide` shows every
/// column; without a width, and in files, tables are not fitted.
@Suite struct TableWidthCommandTests {
    /// Runs `ruralstat arguments… --households h.csv` with `COLUMNS` set when given; `read`
    /// sees the directory before it is removed.
    static func run(
        _ arguments: [String], columns: Int? = nil, file: String = IncomeCommandTests.households,
        read: (URL) throws -> Void = { _ in }
    ) throws -> CommandRun {
        let directory = try CommandRun.directory(with: ["h.csv": file])
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = columns.map { ["COLUMNS": String($0)] } ?? [:]
        let run = try CommandRun(arguments + ["--households", "h.csv"], in: directory, environment: environment)
        try read(directory)
        return run
    }

    private static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { line in
            line.unicodeScalars.reduce(0) { $0 + ((0x1100...0x115F).contains($1.value) || (0x2E80...0xFFEF).contains($1.value) ? 2 : 1) }
        }.max() ?? 0
    }

    private static func header(_ text: String) -> String {
        String(text.split(separator: "\n").first { $0.hasPrefix("Year") } ?? "")
    }

    @Test func eightyColumnsKeepTheEssentialColumnsAndSayWhatIsLeftOut() throws {
        let run = try Self.run(["income"], columns: 80)
        #expect(run.status == 0)
        #expect(Self.widest(run.stdout) <= 80, "\(run.stdout)")
        let header = Self.header(run.stdout)
        // PCI and the two PCIs growth divides stay; the standard columns leave from the right.
        #expect(header.hasPrefix("Year  Group  Households  Persons  PCI (yuan)  Matched t  Matched t−1  Growth"))
        // The file has no line: the empty Line and Persons-below-line columns go first and
        // are not named; the others left out are, and the wide-only ones counted.
        #expect(!run.stdout.contains("Line (yuan)") && !run.stdout.contains("Persons below line"))
        #expect(run.stdout.contains("not shown: Median (yuan), Gini (×100), Wage share and 9 more columns;"))
        #expect(run.stdout.contains("--wide shows every column"))
    }

    @Test func twoHundredColumnsShowTheMainColumnsAndWideShowsEveryOne() throws {
        let run = try Self.run(["income"], columns: 200)
        #expect(Self.header(run.stdout).hasSuffix("Persons below line  Wage share  Line (yuan)"))
        // Quantiles, FGT1–2 and the five per-capita components only with --wide; without a
        // line FGT1–2 are empty and not counted.
        #expect(run.stdout.contains("9 more columns not shown; --wide shows every column"))
        let wide = try Self.run(["income", "--wide"], columns: 80)
        let header = Self.header(wide.stdout)
        #expect(header.contains("P10 (yuan)") && header.contains("Severity FGT2") && header.hasSuffix("Expense p.c. (yuan)"))
        #expect(!wide.stdout.contains("--wide shows"))
    }

    @Test func pipesAndFilesAreNotFitted() throws {
        let piped = try Self.run(["income"])
        let wide = try Self.run(["income"], columns: 200)
        #expect(Self.header(piped.stdout) == Self.header(wide.stdout))
        var text = ""
        let file = try Self.run(["income", "--output", "t.txt"], columns: 80) { directory in
            text = try String(contentsOf: directory.appendingPathComponent("t.txt"), encoding: .utf8)
        }
        #expect(file.status == 0 && file.stdout.isEmpty)
        #expect(Self.header(text) == Self.header(piped.stdout))
    }

    @Test func tooNarrowForTheEssentialColumnsGivesOneBlockPerRow() throws {
        let run = try Self.run(["income", "--by", "category", "--year", "2023"], columns: 40)
        #expect(run.stdout.contains("2023 · alleviated\n  Households") && run.stdout.contains("2023 · marginal\n"))
        #expect(Self.widest(run.stdout) <= 40, "\(run.stdout)")
    }

    /// Two households, one of weight 2.
    static let weighted = """
        household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,\
        production_expense,weight,labor_count,employed_count
        H1,2022,2,6000,0,0,0,0,2,1,1
        H2,2022,1,3000,0,0,0,0,1,1,0

        """

    /// On a weighted file income's `households` counts records and employment's sums weights:
    /// the titles say which; the share below the line is of persons.
    @Test func householdsSayRecordsOrSumOfWeightsOnAWeightedFile() throws {
        let income = try Self.run(["income", "--line", "3000"], columns: 200, file: Self.weighted)
        #expect(Self.header(income.stdout).hasPrefix("Year  Group  Records  Persons"))
        #expect(Self.header(income.stdout).contains("Persons below line"))
        let employment = try Self.run(["employment"], columns: 200, file: Self.weighted)
        #expect(Self.header(employment.stdout).hasPrefix("Year  Group  Households (Σw)"), "\(employment.stdout)")
        let unweighted = try Self.run(["employment"], columns: 200)
        #expect(Self.header(unweighted.stdout).hasPrefix("Year  Group  Households  "))
    }
}
