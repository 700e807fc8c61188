import Foundation
import RuralStatTestSupport
import Testing

/// `ruralstat report` run as a process on a small synthetic county, its numbers checked against
/// the commands that own them and against the households file itself.
@Suite struct ReportCommandTests {
    /// 400 households over 2019–2023 with lines.json, made once.
    static let directory: URL = {
        let directory = try! CommandRun.directory(with: [:])
        let run = try! CommandRun(["synth", "--count", "400", "--first-year", "2019", "--last-year", "2023",
                                   "--seed", "8", "--output-dir", "."], in: directory)
        precondition(run.status == 0, run.stderr)
        return directory
    }()

    static func json(_ command: [String]) throws -> [String: Any] {
        let run = try CommandRun(command + ["--households", "households.csv", "--format", "json"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// The report's JSON, made once (the output is text, parsed by each test).
    static let reportText: String = {
        let run = try! CommandRun(["report", "--households", "households.csv", "--preset", "wenshan-2022", "--draws", "50",
                                   "--format", "json"], in: directory)
        precondition(run.status == 0, run.stderr)
        return run.stdout
    }()

    static var report: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(reportText.utf8)) as! [String: Any]
    }

    private func rows(_ key: String, of json: [String: Any] = Self.report) throws -> [[String: Any]] {
        try #require(json[key] as? [[String: Any]], "no section \(key)")
    }

    @Test func sectionsInReadingOrder() throws {
        let report = Self.report
        let keys = report.keys.filter { report[$0] is [[String: Any]] }
        let order = ["glance", "plan_targets", "plan", "forecast", "income", "incidence", "employment", "guarantees", "risk_levels",
                     "watchlist", "forecast_backtest", "risk_backtest"]
        #expect(Set(keys) == Set(order))
        let positions = order.map { Self.reportText.range(of: "\"\($0)\": [")!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(report["year"] as? Int == 2023 && report["by"] as? [String] == ["township"])
    }

    @Test func glanceAgreesWithTheCommandsThatOwnEachNumber() throws {
        let glance = Dictionary(uniqueKeysWithValues: try rows("glance").map { ($0["measure"] as! String, $0["value"] as? Double) })
        let income = try rows("rows", of: Self.json(["income", "--year", "2023"]))[0]
        #expect(glance["households"] == (income["households"] as? Double))
        #expect(glance["pci"] == (income["pci"] as? Double) && glance["growth"] == (income["growth"] as? Double))
        #expect(glance["share_below_line"] == (income["fgt0"] as? Double))
        let employment = try rows("rows", of: Self.json(["employment", "--year", "2023"]))[0]
        #expect(glance["workers"] == (employment["workers"] as? Double) && glance["coverage"] == (employment["coverage"] as? Double))
        let risk = try rows("rows", of: Self.json(["risk"]))
        let monitored = risk.filter { $0["elimination_ready"] is Bool }
        #expect(glance["monitoring_objects"] == Double(monitored.count))
        #expect(glance["elimination_ready"] == Double(monitored.filter { $0["elimination_ready"] as? Bool == true }.count))
        #expect(glance["high_risk"] == Double(risk.filter { $0["level"] as? String == "high" }.count))
    }

    @Test func monitoringObjectsCountedFromTheFileItself() throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("households.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        let year = header.firstIndex(of: "year")!, category = header.firstIndex(of: "category")!
        let count = lines.dropFirst().filter { $0[year] == "2023" && ["unstable", "marginal", "sudden_hardship"].contains($0[category]) }.count
        let glance = try rows("glance")
        #expect(glance.first { $0["measure"] as? String == "monitoring_objects" }?["value"] as? Double == Double(count))
    }

    @Test func guaranteesAgreeWithTheirCommand() throws {
        let own = try rows("rows", of: Self.json(["guarantees", "--by", "township", "--year", "2023"]))
        let mine = try rows("guarantees")
        #expect(mine.count == own.count)
        for (a, b) in zip(mine, own) {
            #expect(a["township"] as? String == b["township"] as? String && a["any_gap"] as? Double == b["any_gap"] as? Double)
        }
    }

    @Test func riskLevelsAddUpToTheRiskCommandsHouseholds() throws {
        let risk = try rows("rows", of: Self.json(["risk", "--by", "township"]))
        for row in try rows("risk_levels") {
            let township = row["township"] as! String
            let mine = risk.filter { $0["township"] as? String == township }
            #expect(row["households"] as? Int == mine.count)
            for level in ["high", "medium", "low"] {
                #expect(row[level] as? Int == mine.filter { $0["level"] as? String == level }.count, "\(township) \(level)")
            }
        }
    }

    @Test func thePlanAndTheForecastProbabilities() throws {
        let plan = try rows("plan_targets")
        #expect(!plan.isEmpty && plan.allSatisfy { $0["year"] as? Int == 2023 })
        let forecast = try rows("forecast")
        let growth = try #require(forecast.first { $0["target_id"] as? String == "growth-12-a-year" })
        let p = try #require(growth["p_meet"] as? Double)
        #expect((0...1).contains(p) && growth["year"] as? Int == 2024)
        // The plan table carries the same probability beside the target, and none for a count target.
        let targets = try rows("plan")
        #expect(targets.first { $0["id"] as? String == "growth-12-a-year" }?["p_meet"] as? Double == p)
        #expect(targets.first { $0["id"] as? String == "workers-27600" }?["p_meet"] is NSNull)
    }

    @Test func sameInputSameBytes() throws {
        let arguments = ["report", "--households", "households.csv", "--format", "json", "--draws", "20",
                         "--backtest-households", "150"]
        let first = try CommandRun(arguments, in: Self.directory)
        let second = try CommandRun(arguments, in: Self.directory)
        #expect(first.status == 0 && first.stdout == second.stdout)
    }

    @Test func backtestsOnASampleSaySo() throws {
        let run = try CommandRun(["report", "--households", "households.csv", "--draws", "20", "--backtest-households", "150"],
                                 in: Self.directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("back-tests ran on ") && run.stdout.contains("households, drawn by household id"))
    }

    /// The report as a workbook, read back by openpyxl (an independent reader): one sheet per
    /// section with a frozen header, the glance numbers as numbers equal to the JSON's, Chinese intact.
    @Test func theWorkbookReadsBackWithOpenpyxl() throws {
        let run = try CommandRun(["report", "--households", "households.csv", "--preset", "wenshan-2022", "--draws", "50",
                                  "--lang", "zh", "--format", "xlsx", "--output", "report.xlsx"], in: Self.directory)
        #expect(run.status == 0, "\(run.stderr)")
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            glance = wb.worksheets[0]
            json.dump({"sheets": [ws.title for ws in wb.worksheets], "frozen": [ws.freeze_panes for ws in wb.worksheets],
                       "glance": [[c.value for c in row] for row in glance.iter_rows(min_row=2)]},
                      open(sys.argv[2], "w"), ensure_ascii=False)
            """
        let workbook = Self.directory.appendingPathComponent("report.xlsx").path
        let out = Self.directory.appendingPathComponent("workbook.json").path
        try ExternalTool.run("python3", ["-W", "error", "-c", script, workbook, out])  // any openpyxl warning fails
        let read = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        let sheets = try #require(read["sheets"] as? [String])
        // One sheet per section, then the notes, as under the terminal's tables.
        #expect(sheets.count == 13 && sheets[0] == "2023年概况" && sheets.last == "说明", "\(sheets)")
        #expect(sheets.allSatisfy { $0.count <= 31 } && Set(sheets).count == sheets.count)
        #expect((read["frozen"] as? [String])?.allSatisfy { $0 == "A2" } == true)
        let glance = try #require(read["glance"] as? [[Any]])
        let expected = try rows("glance")
        #expect(glance.count == expected.count)
        for (row, json) in zip(glance, expected) {
            // Chinese labels in the workbook; numbers as numbers, equal to the JSON's.
            #expect(row[0] is String && !(row[0] as! String).allSatisfy(\.isASCII))
            if let value = json["value"] as? Double { #expect(isClose(row[1] as? Double, value)) }
        }
    }

    /// The HTML report: one self-contained page, a chart per section with data, in Chinese
    /// with `--lang zh`, the same bytes twice.
    @Test func theHTMLPageIsSelfContainedWithItsCharts() throws {
        func page(_ name: String) throws -> String {
            let run = try CommandRun(["report", "--households", "households.csv", "--preset", "wenshan-2022", "--draws", "20",
                                      "--backtest-households", "150", "--lang", "zh", "--output", name], in: Self.directory)
            #expect(run.status == 0, "\(run.stderr)")
            return try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
        }
        let html = try page("report.html")
        #expect(SelfContainment.violations(html).isEmpty, "\(SelfContainment.violations(html))")
        #expect(html.contains("<html lang=\"zh-CN\"") && html.contains("2023年概况") && html.contains("重点走访名单"))
        // A chart for each group-level target judged in 2023 (Wenshan's 12% and 20,000 yuan), income (3),
        // incidence, employment (2), 三保障, risk levels, the forecast, the back-tests (3): 14 in all.
        let charts = ["plan-growth-12-a-year", "plan-level-20000-by-2024", "income-pci", "income-growth", "income-distribution",
                      "incidence", "employment-coverage", "employment-workers", "guarantees", "risk-levels", "forecast", "forecast-backtest",
                      "forecast-coverage", "risk-backtest"]
        for chart in charts { #expect(html.contains("id=\"fig-\(chart)-title\""), "no chart \(chart)") }
        #expect(html.components(separatedBy: "<svg").count - 1 == charts.count)
        #expect(html.contains("监测线") && html.contains("名义水平"))
        #expect(try page("again.html") == html)
    }

    /// The workbook opened by LibreOffice (an independent spreadsheet program, headless): every
    /// sheet converts, and the glance numbers read back equal the JSON's.
    @Test func theWorkbookOpensInLibreOffice() throws {
        let directory = try CommandRun.directory(with: [:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let workbook = directory.appendingPathComponent("report.xlsx").path
        let run = try CommandRun(["report", "--households", Self.directory.appendingPathComponent("households.csv").path,
                                  "--preset", "wenshan-2022", "--draws", "50", "--format", "xlsx", "--output", workbook],
                                 in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        // CSV of every sheet (-1), comma-separated, UTF-8, raw cell values.
        try ExternalTool.run("soffice", ["--headless", "--norestore", "-env:UserInstallation=file://\(directory.path)/lo-profile",
                                         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                                         "--outdir", directory.path, workbook])
        let sheets = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".csv") }
        #expect(sheets.count == 13, "\(sheets)")  // the sections and the notes
        let glance = try #require(sheets.first { $0.contains("at a glance") })
        let lines = try String(contentsOf: directory.appendingPathComponent(glance), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let expected = try rows("glance")
        #expect(lines.count == expected.count)
        for (line, json) in zip(lines, expected) {
            guard let value = json["value"] as? Double else { continue }
            let cell = line[1]
            let read = cell.hasSuffix("%") ? Double(cell.dropLast()).map { $0 / 100 } : Double(cell)
            #expect(isClose(read, value, relative: 1e-12), "\(line) against \(value)")
        }
    }

    @Test func anUnknownYearExits64() throws {
        let run = try CommandRun(["report", "--households", "households.csv", "--year", "2030"], in: Self.directory)
        #expect(run.status == 64 && run.stderr.contains("no records in 2030"))
    }
}
