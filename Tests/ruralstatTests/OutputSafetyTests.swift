import Foundation
import Testing

/// Outputs are written whole or not at all, never over an input (issue 14), run through the
/// built tool.
@Suite struct OutputSafetyTests {
    static let households = ValidateCommandTests.header + "\nH1,2021,3,1,1,1,1,1,城关镇,脱贫户\nH1,2022,0,2,2,2,2,2,城关镇,脱贫户\n"

    static func text(_ directory: URL, _ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: [["--output", "h.csv"], ["--output", "./sub/../h.csv"], ["--on-error", "skip", "--rejects", "h.csv"],
                      ["--on-error", "skip", "--rejects", "link.csv"]])
    func anOutputThatIsTheInputIsRefusedBeforeReading(arguments: [String]) throws {
        let directory = try ValidateCommandTests.directory(with: Self.households)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.csv").path, withDestinationPath: "h.csv")
        let run = try CommandRun(["validate", "--households", "h.csv", "--format", "csv"] + arguments, in: directory)
        #expect(run.status == 64)
        #expect(run.stderr.contains("is also an input file"), "\(run.stderr)")
        #expect(!run.stderr.contains("read 2 rows"), "nothing is read")
        #expect(try Self.text(directory, "h.csv") == Self.households)
    }

    @Test func aTargetsOutputThatIsTheInputIsRefusedAndNothingIsWritten() throws {
        let directory = try CommandRun.directory(with: ["h.csv": Self.households.replacingOccurrences(of: ",0,2,", with: ",3,2,")])
        let before = try Self.text(directory, "h.csv")
        let run = try CommandRun(["income", "--households", "h.csv", "--preset", "wenshan-2022", "--format", "csv",
                                  "--output", "out.csv", "--targets-output", "h.csv"], in: directory)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("h.csv: is also an input file"))
        #expect(try Self.text(directory, "h.csv") == before)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.csv").path))
    }

    @Test(arguments: [["--output", "/dev/full"], ["--on-error", "skip", "--rejects", "/dev/full"]])
    func aFullDiskExits73NamingThePath(arguments: [String]) throws {
        let directory = try ValidateCommandTests.directory(with: Self.households)
        let run = try CommandRun(["validate", "--households", "h.csv", "--format", "csv", "--on-error", "skip"] + arguments,
                                 in: directory)
        #expect(run.status == 73)
        #expect(run.stderr.contains("error: cannot write /dev/full: No space left on device"), "\(run.stderr)")
        #expect(!run.stderr.contains("rejected rows written to /dev/full\nh.csv") || run.status == 73)
    }

    /// `--targets-output t.csv --output /missing/a.csv`: the command fails (73) and t.csv
    /// keeps what it held; no temporary file is left beside it.
    @Test func aFailedOutputLeavesTheOthersUntouched() throws {
        let directory = try CommandRun.directory(with: ["h.csv": Self.households.replacingOccurrences(of: ",0,2,", with: ",3,2,"),
                                                        "t.csv": "old targets\n"])
        let run = try CommandRun(["income", "--households", "h.csv", "--preset", "wenshan-2022", "--format", "csv",
                                  "--targets-output", "t.csv", "--output", "/missing/a.csv"], in: directory)
        #expect(run.status == 73)
        #expect(run.stderr.contains("error: cannot write /missing/a.csv: No such file or directory"), "\(run.stderr)")
        #expect(try Self.text(directory, "t.csv") == "old targets\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == ["h.csv", "t.csv"])
    }

    @Test func outputsReplaceTheirTargetsWholeAndKeepTheirPermissions() throws {
        let directory = try CommandRun.directory(with: ["h.csv": Self.households, "v.csv": "old\n"])
        let target = directory.appendingPathComponent("v.csv").path
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        let run = try CommandRun(["validate", "--households", "h.csv", "--format", "csv", "--on-error", "skip",
                                  "--output", "v.csv"], in: directory)
        #expect(run.status == 0)
        #expect(try Self.text(directory, "v.csv").hasPrefix("metric,value\n") || !(try Self.text(directory, "v.csv")).contains("old"))
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o600)
        #expect(try Self.text(directory, "v.csv.rejects.csv").hasPrefix("line,"))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == ["h.csv", "v.csv", "v.csv.rejects.csv"])
    }
}
