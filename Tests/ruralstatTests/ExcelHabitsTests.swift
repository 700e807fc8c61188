import Foundation
import Testing

/// The command line with files as Excel on a Chinese Windows PC writes them: what is said on
/// standard error, the exit statuses, validate's JSON, the byte-order mark and the format the
/// output's name implies.
@Suite struct ExcelHabitsTests {
    static let required = "household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,production_expense"
    static let good = "\(required),township\nH1,2023,3,\"12,000\",1000,0,500,100,城关镇\nH2,2023,2,8000,0,0,0,0,\n"

    /// Runs `ruralstat arguments…` in a folder holding `files` (name → bytes).
    static func run(_ arguments: [String], files: [String: [UInt8]]) throws -> (CommandRun, URL) {
        let directory = try CommandRun.directory(with: [:])
        for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        return (try CommandRun(arguments, in: directory), directory)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func emptyRowsAndATitleAreSaidAndInValidateJSON() throws {
        let csv = "青山县2024年脱贫户收入监测台账,,,,,,,,\n" + Self.good + ",,,,,,,,\n,,\n"
        let (run, directory) = try Self.run(["validate", "--households", "h.csv", "--format", "json"],
                                            files: ["h.csv": Array(csv.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("h.csv: note: the header is on line 2; line 1 above it looks like a title and was skipped"))
        #expect(run.stderr.contains("h.csv: read 2 rows: 2 accepted, 0 rejected; 2 empty rows skipped"))
        let json = try Self.json(run.stdout)
        #expect(json["header_line"] as? Int == 2)
        #expect(json["empty_rows_skipped"] as? Int == 2)
        #expect(json["rows"] as? Int == 2)
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.first?["column"] as? String == "township")
        #expect(warnings.first?["line"] as? Int == 4)
        #expect((warnings.first?["message"] as? String)?.hasPrefix("1 row has no township") == true)
    }

    /// An ambiguous comma: file, line, column, value and what to write; exit 65 with the skip hint
    /// (it is a row's problem).
    @Test func anAmbiguousCommaIsARowError() throws {
        let csv = "\(Self.required)\nH1,2023,3,\"12,0000\",0,0,0,0\n"
        let (run, directory) = try Self.run(["validate", "--households", "h.csv"], files: ["h.csv": Array(csv.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 65)
        #expect(run.stderr.contains("h.csv:2: column 'wage_income': value '12,0000': is not a number: a comma is read only "
                                    + "as a thousands separator between groups of three digits"))
        #expect(run.stderr.contains("--on-error skip"))
    }

    /// A header joined by TAB: the header found, the cause, exit 65, and no skip hint.
    @Test func aTabSeparatedFileIsNamedWithoutTheSkipHint() throws {
        let tsv = Self.required.replacingOccurrences(of: ",", with: "\t") + "\nH1\t2023\t3\t1\t0\t0\t0\t0\n"
        let (run, directory) = try Self.run(["income", "--households", "h.csv"], files: ["h.csv": Array(tsv.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 65)
        #expect(run.stderr.contains("h.csv:1: the header looks like one column joined by TAB"))
        #expect(run.stderr.contains("h.csv:1: the header found is: 'household_id\tyear"))
        #expect(!run.stderr.contains("--on-error skip"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aUTF16FileIsNamedWithoutTheSkipHint() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("\(Self.required)\n".utf8).flatMap { (byte: UInt8) -> [UInt8] in [byte, 0] }
        let (run, directory) = try Self.run(["validate", "--households", "h.txt"], files: ["h.txt": bytes])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 65)
        #expect(run.stderr.contains("h.txt:1: looks like UTF-16 ('Unicode text' from Excel)"))
        #expect(!run.stderr.contains("--on-error skip"))
    }

    /// A GB18030 export read with `--encoding utf-8`: the header is named as not UTF-8, with the
    /// encoding to try; exit 65 and no skip hint. Detected, the same file is read.
    @Test func aWrongEncodingIsNamedWithTheOneToTry() throws {
        let csv = "户编号,年度,家庭人口数,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出\nH1,2023,3,1,0,0,0,0\n"
        let gb = try #require(csv.data(using: String.Encoding(rawValue: 0x8000_0632)))  // GB18030
        let (run, directory) = try Self.run(["validate", "--households", "h.csv", "--encoding", "utf-8"],
                                            files: ["h.csv": Array(gb)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 65)
        #expect(run.stderr.contains("h.csv:1: the header is not valid UTF-8; try --encoding gb18030"))
        #expect(!run.stderr.contains("--on-error skip"))
        #expect(try CommandRun(["validate", "--households", "h.csv"], in: directory).status == 0)
    }

    /// `乡镇(街道)` with ASCII parentheses and a full-width space names the township column.
    @Test func aHalfWidthAliasNamesTheColumn() throws {
        let csv = Self.good.replacingOccurrences(of: ",township\n", with: ",乡镇　(街道)\n")
        let (run, directory) = try Self.run(["income", "--households", "h.csv", "--by", "township", "--format", "csv"],
                                            files: ["h.csv": Array(csv.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\n2023,城关镇,1,"))
        #expect(!run.stderr.contains("is not used"))
    }

    /// A blank township is a group named (blank), （未填） in Chinese.
    @Test func aBlankTownshipIsAVisibleGroup() throws {
        let (run, directory) = try Self.run(["income", "--households", "h.csv", "--by", "township", "--format", "csv"],
                                            files: ["h.csv": Array(Self.good.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\n2023,(blank),1,"))
        let zh = try CommandRun(["income", "--households", "h.csv", "--by", "township", "--lang", "zh"], in: directory)
        #expect(zh.stdout.contains("（未填）"))
    }

    // MARK: The format from --output's name

    @Test(arguments: [("r.xlsx", "PK"), ("r.json", "{"), ("r.csv", "year,"), ("r.md", "#")])
    func theExtensionGivesTheFormat(name: String, start: String) throws {
        let (run, directory) = try Self.run(["income", "--households", "h.csv", "--output", name],
                                            files: ["h.csv": Array(Self.good.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = try Data(contentsOf: directory.appendingPathComponent(name))
        #expect(bytes.starts(with: Data(start.utf8)), "\(name)")
    }

    @Test func aContradictingFormatIsAUsageError() throws {
        let (run, directory) = try Self.run(["income", "--households", "h.csv", "--output", "r.xlsx", "--format", "csv"],
                                            files: ["h.csv": Array(Self.good.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 64)
        #expect(run.stderr.contains("--format csv contradicts --output r.xlsx, whose extension means xlsx"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("r.xlsx").path))
    }

    // MARK: The byte-order mark

    static let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Input with a mark: the CSV file gets one under auto, standard output does not; never
    /// and always say so.
    @Test func autoMarksCSVFilesWhenTheInputHadAMark() throws {
        let files = ["h.csv": Self.mark + Array(Self.good.utf8)]
        let (file, directory) = try Self.run(["income", "--households", "h.csv", "--output", "r.csv"], files: files)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(file.status == 0)
        #expect(try Data(contentsOf: directory.appendingPathComponent("r.csv")).starts(with: Self.mark))
        let stdout = try CommandRun(["income", "--households", "h.csv", "--format", "csv"], in: directory)
        #expect(stdout.stdout.hasPrefix("year,"))
        let always = try CommandRun(["income", "--households", "h.csv", "--format", "csv", "--bom", "always"], in: directory)
        #expect(always.stdout.utf8.starts(with: Self.mark))
        _ = try CommandRun(["income", "--households", "h.csv", "--output", "n.csv", "--bom", "never"], in: directory)
        #expect(try Data(contentsOf: directory.appendingPathComponent("n.csv")).starts(with: Data("year,".utf8)))
    }

    /// GB18030 input: the rejects file is marked under auto; plain UTF-8 input gets no mark.
    @Test func aGB18030InputMarksTheRejectsFile() throws {
        let csv = "户编号,年度,家庭人口数,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出\nH1,2023,3,1,0,0,0,0\nH2,2023,0,1,0,0,0,0\n"
        let gb = try #require(csv.data(using: String.Encoding(rawValue: 0x8000_0632)))  // GB18030
        let (run, directory) = try Self.run(["validate", "--households", "h.csv", "--on-error", "skip", "--rejects", "bad.csv"],
                                            files: ["h.csv": Array(gb), "u.csv": Array(csv.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: directory.appendingPathComponent("bad.csv")).starts(with: Self.mark))
        _ = try CommandRun(["validate", "--households", "u.csv", "--on-error", "skip", "--rejects", "plain.csv"], in: directory)
        #expect(try Data(contentsOf: directory.appendingPathComponent("plain.csv")).starts(with: Data("line,".utf8)))
    }
}
