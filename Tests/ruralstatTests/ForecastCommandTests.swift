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
}
