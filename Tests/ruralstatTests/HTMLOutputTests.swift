import Foundation
import RuralStatTestSupport
import Testing

/// `--format html` writes one self-contained page (issue 13): checked on `income`.
@Suite struct HTMLOutputTests {
    @Test func incomeWritesASelfContainedPageInChinese() throws {
        let directory = try CommandRun.directory(with: ["h.csv": IncomeCommandTests.households])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun(["income", "--households", "h.csv", "--line", "3000", "--format", "html", "--lang", "zh",
                                  "--output", "income.html"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: directory.appendingPathComponent("income.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(SelfContainment.violations(html) == [])
        // 2023: H1 and H2 balanced, 20000/6 against 16000/6: growth +25.0%; PCI 24000/7 = 3,429.
        #expect(html.contains("<td class=\"num\">+25.0%</td>"))
        #expect(html.contains("<td class=\"num\">3,429</td>"))
        #expect(html.contains("人均纯收入"))
    }
}
