import Foundation
import Testing

/// The progress line on standard error (SPEC §4): off in pipes, forced on by
/// `RURALSTAT_PROGRESS=1`, drawn in place and erased before any other text and before the
/// results, in English or Chinese, never on standard output.
@Suite struct ProgressLineTests {
    static let erase = "\r\u{1B}[K"

    func run(_ arguments: [String], progress: String?) throws -> CommandRun {
        let directory = try CommandRun.directory(with: ["h.csv": IncomeCommandTests.households])
        defer { try? FileManager.default.removeItem(at: directory) }
        return try CommandRun(arguments, in: directory, environment: progress.map { ["RURALSTAT_PROGRESS": $0] } ?? [:])
    }

    /// The drawn texts of a standard error, in order, and the rest (what other messages it
    /// holds) with every drawn line taken out.
    static func split(_ stderr: String) -> (drawn: [String], rest: String) {
        var drawn: [String] = []
        var rest = ""
        var text = Substring(stderr)
        while let start = text.firstIndex(of: "\r") {
            rest += text[..<start]
            text = text[text.index(after: start)...]
            let end = text.range(of: "\u{1B}[K")!
            if end.lowerBound != text.startIndex { drawn.append(String(text[..<end.lowerBound])) }
            text = text[end.upperBound...]
        }
        return (drawn, rest + text)
    }

    @Test(arguments: [["income", "--households", "h.csv", "--format", "csv"],
                      ["validate", "--households", "h.csv"],
                      ["employment", "--households", "h.csv", "--format", "json"]])
    func forcedItShowsTheStagesAndLeavesEverythingElseAsItWas(arguments: [String]) throws {
        let plain = try run(arguments, progress: "0")
        let shown = try run(arguments, progress: "1")
        #expect(plain.status == 0 && shown.status == 0)
        #expect(shown.stdout == plain.stdout)
        #expect(!plain.stderr.contains("\r") && !plain.stderr.contains("\u{1B}"))
        let (drawn, rest) = Self.split(shown.stderr)
        #expect(rest == plain.stderr)
        #expect(drawn.first == "reading h.csv …")
        #expect(drawn.last == "writing …")
        #expect(drawn.dropFirst().first == (arguments[0] == "validate" ? "checking the rows …" : "computing …"))
        // Erased before the reading summary and at the end: results start on a clean line.
        #expect(shown.stderr.hasSuffix(Self.erase))
        #expect(shown.stderr.contains(Self.erase + "h.csv: read 5 rows"))
    }

    @Test func inChineseWithLangZh() throws {
        let run = try run(["income", "--households", "h.csv", "--lang", "zh"], progress: "1")
        #expect(run.status == 0)
        let drawn = Self.split(run.stderr).drawn
        #expect(drawn == ["正在读取 h.csv …", "正在计算 …", "正在写出结果 …"])
    }

    /// An error is printed on a clean line, after the progress line is erased.
    @Test func erasedBeforeAnError() throws {
        let run = try run(["income", "--households", "h.csv", "--year", "2030"], progress: "1")
        #expect(run.status == 64)
        #expect(run.stderr.contains(Self.erase + "Error: no records in 2030"))
    }

    @Test func regressShowsTheFit() throws {
        let run = try run(["regress", "--data", "h.csv", "--formula", "wage_income ~ household_size"], progress: "1")
        #expect(run.status == 0)
        #expect(Self.split(run.stderr).drawn == ["reading h.csv …", "fitting on 5 rows …", "writing …"])
    }

    /// In a pipe (as here, and in CI) nothing is drawn unless forced.
    @Test func offInAPipe() throws {
        let run = try run(["income", "--households", "h.csv"], progress: nil)
        #expect(run.status == 0)
        #expect(!run.stderr.contains("\r") && !run.stderr.contains("…"))
    }
}
