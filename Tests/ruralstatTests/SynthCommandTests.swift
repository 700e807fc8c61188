import Foundation
import RuralStatTestSupport
import Testing

/// `ruralstat synth` run as a process: the files it writes are counted by pandas and read
/// back by `validate`, and the same seed gives the same bytes.
@Suite struct SynthCommandTests {
    static func synth(into directory: URL, seed: Int) throws -> CommandRun {
        try CommandRun(["synth", "--count", "60", "--first-year", "2021", "--last-year", "2023", "--seed", "\(seed)",
                        "--output-dir", "out"], in: directory)
    }

    @Test func writesFilesThatPandasAndValidateCountAlike() throws {
        let directory = try CommandRun.directory(with: [:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try Self.synth(into: directory, seed: 7)
        #expect(run.status == 0)
        // "wrote out/households.csv: N rows, B bytes (seed 7)"
        let reported = try #require(run.stderr.split(separator: "\n").first { $0.contains("households.csv") })
        let rows = try #require(Int(reported.split(separator: " ")[2]))
        let script = """
            import json, pandas as pd
            h = pd.read_csv("out/households.csv")
            print(json.dumps({"rows": len(h), "households": int(h.household_id.nunique()),
                              "years": sorted(int(y) for y in h.year.unique()),
                              "categories": {k: int(v) for k, v in h.category.value_counts().items()}}))
            """
        let pandas = try CommandRun(executable: try ExternalTool.path("python3"), ["-c", script], in: directory)
        try #require(pandas.status == 0, "pandas failed: \(pandas.stderr)")
        let counted = try #require(try JSONSerialization.jsonObject(with: Data(pandas.stdout.utf8)) as? [String: Any])
        #expect(counted["rows"] as? Int == rows)
        #expect(counted["years"] as? [Int] == [2021, 2022, 2023])
        let validate = try CommandRun(["validate", "--households", "out/households.csv", "--format", "json"], in: directory)
        #expect(validate.status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [String: Any])
        #expect(summary["rows"] as? Int == rows)
        #expect(summary["households"] as? Int == counted["households"] as? Int)
        #expect(summary["categories"] as? [String: Int] == counted["categories"] as? [String: Int])
    }

    @Test func theSameSeedWritesTheSameBytes() throws {
        let first = try CommandRun.directory(with: [:]), second = try CommandRun.directory(with: [:])
        defer { for directory in [first, second] { try? FileManager.default.removeItem(at: directory) } }
        #expect(try Self.synth(into: first, seed: 11).status == 0)
        #expect(try Self.synth(into: second, seed: 11).status == 0)
        for name in ["households.csv", "workers.csv"] {
            let a = try Data(contentsOf: first.appendingPathComponent("out/\(name)"))
            let b = try Data(contentsOf: second.appendingPathComponent("out/\(name)"))
            #expect(!a.isEmpty && a == b, "\(name)")
        }
    }

    @Test func aBadSettingExits64() throws {
        let run = try CommandRun(["synth", "--count=-3", "--first-year", "2021", "--last-year", "2022", "--seed", "1",
                                  "--output-dir", "out"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 64)
        #expect(run.stderr.contains("the household count must be at least 1, not -3"))
    }
}
