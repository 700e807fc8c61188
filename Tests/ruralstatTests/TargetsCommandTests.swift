import Foundation
import RuralStatTestSupport
import Testing

/// `ruralstat targets` run as a process: the presets listed, and a shown preset that, saved
/// as a file, is evaluated with hand-computed values.
@Suite struct TargetsCommandTests {
    static let presets = ["fangcheng-2022", "gansu-2022", "kazuo-2024", "suixi-2022", "wenshan-2022"]

    @Test func listNamesEveryPresetWithItsTargetCount() throws {
        let run = try CommandRun(["targets", "list"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.map { String($0.prefix { $0 != " " }) }.sorted() == Self.presets)
        // Each count is the number of [[target]] tables `targets show` prints.
        for line in lines {
            let name = String(line.prefix { $0 != " " })
            let shown = try CommandRun(["targets", "show", name], in: FileManager.default.temporaryDirectory)
            let tables = shown.stdout.components(separatedBy: "\n[[target]]\n").count - 1
            #expect(line.hasSuffix("(\(tables) targets)"), "\(line)")
        }
        let chinese = try CommandRun(["targets", "list", "--lang", "zh"], in: FileManager.default.temporaryDirectory)
        #expect(zip(chinese.stdout.split(separator: "\n"), lines).allSatisfy { zh, en in
            zh.hasPrefix(en.prefix { $0 != "(" }) && zh.hasSuffix(" 个目标）")
        }, "\(chinese.stdout)")
    }

    /// wenshan-2022 saved and evaluated on IncomeCommandTests' file: 脱贫人口及"三类对象" present
    /// in both years, H1 and H2 (H3 is new in 2023), grow from 16000/6 to 20000/6 in 2023
    /// (balanced), 0.25 against 0.12.
    @Test func aShownPresetIsATargetsFileThatEvaluates() throws {
        let show = try CommandRun(["targets", "show", "wenshan-2022"], in: FileManager.default.temporaryDirectory)
        #expect(show.status == 0 && show.stdout.contains("name = \"wenshan-2022\""))
        let directory = try CommandRun.directory(with: ["h.csv": IncomeCommandTests.households, "t.toml": show.stdout])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun(["income", "--households", "h.csv", "--targets", "t.toml", "--line", "3000",
                                  "--format", "json"], in: directory)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let targets = try #require(json["targets"] as? [[String: Any]])
        let growth = try #require(targets.first { $0["id"] as? String == "growth-12-a-year" && $0["year"] as? Int == 2023 })
        #expect(isClose(growth["value"] as? Double, 0.25))
        #expect(isClose(growth["threshold"] as? Double, 0.12))
        #expect(isClose(growth["gap"] as? Double, 0.13))
        #expect(growth["met"] as? Bool == true)
    }

    @Test func anUnknownPresetExits64() throws {
        let run = try CommandRun(["targets", "show", "nowhere-2022"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 64)
        #expect(run.stderr.contains("nowhere-2022"))
    }
}
