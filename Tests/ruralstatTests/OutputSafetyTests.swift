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

    /// Every output option, named as one of the command's inputs (households, workers,
    /// targets, series, data, lines.json), is refused with exit 64 before anything is read: no
    /// `read N rows`, no targets parsed (`bad.toml` would fail with its own message), and
    /// the input as it was.
    @Test(arguments: [
        ["validate", "--households", "h.csv", "--output", "h.csv"],
        ["validate", "--households", "h.csv", "--on-error", "skip", "--rejects", "h.csv"],
        ["validate", "--households", "rejects.csv", "--on-error", "skip"],
        ["validate", "--households", "h.csv", "--workers", "r.workers.csv", "--on-error", "skip", "--rejects", "r.csv"],
        ["validate", "--households", "h.csv", "--output", "lines.json"],
        ["income", "--households", "h.csv", "--preset", "wenshan-2022", "--format", "csv", "--targets-output", "h.csv"],
        ["income", "--households", "h.csv", "--targets", "bad.toml", "--format", "csv", "--targets-output", "bad.toml"],
        ["income", "--households", "h.csv", "--targets", "bad.toml", "--output", "bad.toml"],
        ["employment", "--households", "h.csv", "--workers", "w.csv", "--warnings-output", "w.csv"],
        ["employment", "--households", "h.csv", "--warnings-output", "h.csv"],
        ["regress", "--data", "h.csv", "--formula", "wage_income ~ household_size", "--output", "h.csv"],
        ["regress", "--data", "h.csv", "--formula", "wage_income ~ household_size", "--on-error", "skip", "--rejects", "h.csv"],
        ["forecast", "--series", "s.csv", "--output", "s.csv"],
        ["guarantees", "--households", "h.csv", "--output", "./h.csv"],
        ["risk", "--households", "h.csv", "--output", "h.csv"],
        ["targets", "check", "--households", "h.csv", "--preset", "wenshan-2022", "--output", "h.csv"],
        ["report", "--households", "h.csv", "--output", "h.csv"],
    ])
    func everyOutputOptionIsRefusedWhenItIsAnInput(arguments: [String]) throws {
        let files = ["h.csv": Self.households, "rejects.csv": Self.households, "bad.toml": "x = [}\n", "lines.json": "{}\n",
                     "w.csv": "person_id,household_id,year,months_employed\nP1,H1,2021,3\n",
                     "r.workers.csv": "person_id,household_id,year,months_employed\nP1,H1,2021,3\n",
                     "s.csv": "year,yuan\n2020,100\n2021,110\n2022,121\n"]
        let directory = try CommandRun.directory(with: files)
        let run = try CommandRun(arguments, in: directory)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains("is also an input file"), "\(arguments): \(run.stderr)")
        #expect(!run.stderr.contains("read "), "nothing is read: \(run.stderr)")
        for (name, text) in files { #expect(try Self.text(directory, name) == text, "\(name) is untouched") }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == files.keys.sorted(), "no output and no temporary file")
    }

    /// Two outputs that are one file: whichever was renamed last would be all that is left.
    @Test(arguments: [["--output", "o.csv", "--targets-output", "o.csv"], ["--output", "o.csv", "--targets-output", "./o.csv"],
                      ["--output", "o.csv", "--on-error", "skip", "--rejects", "o.csv"]])
    func twoOutputsThatAreOneFileAreRefused(arguments: [String]) throws {
        let directory = try CommandRun.directory(with: ["h.csv": Self.households])
        let run = try CommandRun(["income", "--households", "h.csv", "--preset", "wenshan-2022", "--format", "csv"] + arguments,
                                 in: directory)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("is the same file as --output o.csv"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["h.csv"])
    }

    @Test func devicesMayTakeSeveralOutputs() throws {
        let directory = try CommandRun.directory(with: ["h.csv": Self.households])
        let run = try CommandRun(["validate", "--households", "h.csv", "--format", "csv", "--output", "/dev/null",
                                  "--on-error", "skip", "--rejects", "/dev/null"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
    }

    /// `synth` writes its three files through the transaction: when one cannot be written
    /// (here a folder stands where workers.csv goes), it exits 73 naming it and leaves the
    /// folder as it was, without households.csv or a temporary file.
    @Test func synthWritesAllThreeFilesOrNone() throws {
        let directory = try CommandRun.directory(with: [:])
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("workers.csv"), withIntermediateDirectories: true)
        let run = try CommandRun(["synth", "--count", "20", "--first-year", "2021", "--last-year", "2022", "--seed", "1",
                                  "--output-dir", "out"], in: directory)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr.contains("cannot write out/workers.csv: Is a directory"), "\(run.stderr)")
        #expect(!run.stderr.contains("wrote "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["workers.csv"])
    }

    @Test func synthIntoAFolderThatCannotBeMadeExits73() throws {
        let directory = try CommandRun.directory(with: ["file.txt": "x\n"])
        let run = try CommandRun(["synth", "--count", "20", "--first-year", "2021", "--last-year", "2022", "--seed", "1",
                                  "--output-dir", "file.txt/out"], in: directory)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr.contains("cannot write file.txt/out: cannot create the directory"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["file.txt"])
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
