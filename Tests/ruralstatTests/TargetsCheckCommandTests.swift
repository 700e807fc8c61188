import Foundation
import RuralStatTestSupport
import Testing

/// `ruralstat targets check` run as a process on two counties, every value judged by hand.
///
/// | id | county | township | category | size | pci 2021 | 2022 | 2023 | labour | workers 2021 | 2022 | 2023 |
/// |----|--------|----------|----------|------|----------|------|------|--------|------|------|------|
/// | a1 | 甲县 | T1 | alleviated | 2 | 8000 | 10000 | 11000 | 2 | 1 | 2 | 1 |
/// | a2 | 甲县 | T1 | unstable | 2 | 8000 | 10000 | 12000 | 2 | 1 | 1 | 0 |
/// | b1 | 乙县 | T3 | alleviated | 2 | 6000 | 6600 | 7260 | 4 | 3 | 3 | 4 |
/// | b2 | 乙县 | T3 | general | 2 | 10000 | 11000 | 12100 | 2 | 1 | 1 | 1 |
@Suite struct TargetsCheckCommandTests {
    static let households: String = {
        let rows: [(String, String, String, String, [Double], Int, [Int])] = [
            ("a1", "甲县", "T1", "alleviated", [8000, 10000, 11000], 2, [1, 2, 1]),
            ("a2", "甲县", "T1", "unstable", [8000, 10000, 12000], 2, [1, 1, 0]),
            ("b1", "乙县", "T3", "alleviated", [6000, 6600, 7260], 4, [3, 3, 4]),
            ("b2", "乙县", "T3", "general", [10000, 11000, 12100], 2, [1, 1, 1]),
        ]
        var text = "household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,"
            + "production_expense,county,township,category,labor_count,employed_count\n"
        for year in 0..<3 {
            for (id, county, township, category, pci, labor, workers) in rows {
                text += "\(id),\(2021 + year),2,\(Int(pci[year] * 2)),0,0,0,0,\(county),\(township),\(category),\(labor),\(workers[year])\n"
            }
        }
        return text
    }()

    static let plan = """
    name = "test-plan"
    title = "测试规划"
    from = 2022
    [line]
    2022 = 6900

    [[target]]
    id = "workers-3"
    kind = "floor"
    metric = "workers"
    population = ["alleviated", "unstable"]
    threshold = 3
    source = "确保脱贫群众务工就业规模稳定在3人以上"

    [[target]]
    id = "level-12500"
    kind = "level"
    population = ["alleviated", "unstable"]
    threshold = 12500
    by = 2023
    source = "2023年人均收入达12500元以上"

    [[target]]
    id = "cleared"
    kind = "ceiling"
    metric = "any_gap"
    threshold = 0
    source = "确保“三保障一安全”核心问题动态清零"

    [[target]]
    id = "later"
    kind = "growth"
    threshold = 0.1
    year = 2030
    """

    private func run(_ arguments: [String]) throws -> CommandRun {
        let directory = try CommandRun.directory(with: ["h.csv": Self.households, "plan.toml": Self.plan])
        defer { try? FileManager.default.removeItem(at: directory) }
        return try CommandRun(["targets", "check", "--households", "h.csv", "--targets", "plan.toml"] + arguments, in: directory)
    }

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func countyTargetsOncePerCountyByTownship() throws {
        let rows = try #require(try json(["--by", "township"])["targets"] as? [[String: Any]])
        let workers = rows.filter { $0["id"] as? String == "workers-3" }
        // From the plan's year 2022: 乙县 b1 3, 4; 甲县 a1 + a2 = 3, 1.
        #expect(workers.map { $0["year"] as? Int } == [2022, 2022, 2023, 2023])
        #expect(workers.map { $0["county"] as? String } == ["乙县", "甲县", "乙县", "甲县"])
        #expect(workers.map { $0["value"] as? Double } == [3, 3, 4, 1])
        #expect(workers.map { $0["met"] as? Bool } == [true, true, true, false])
        #expect(workers.allSatisfy { $0["township"] as? String == "all" && $0["level"] as? String == "county" })
        #expect(workers.allSatisfy { $0["population"] as? String == "alleviated+unstable" })
    }

    @Test func levelTargetsSayMetAndOnTrackApart() throws {
        let rows = try #require(try json(["--by", "township"])["targets"] as? [[String: Any]])
        let t1 = try #require(rows.first { $0["id"] as? String == "level-12500" && $0["township"] as? String == "T1" })
        // T1 2022: pci 10000 < 12500 → not met; growth 10000/8000 − 1 = 0.25, needed 12500/10000 − 1 = 0.25 → on track.
        #expect(t1["year"] as? Int == 2022)
        #expect(t1["met"] as? Bool == false)
        #expect(isClose(t1["required_growth"] as? Double, 0.25))
        #expect(isClose(t1["growth"] as? Double, 0.25))
        #expect(t1["on_track"] as? Bool == true)
    }

    @Test func thePlanSaysWhatCouldNotBeJudgedAndWhy() throws {
        let plan = try #require(try json([])["plan"] as? [[String: Any]])
        #expect(plan.map { $0["id"] as? String } == ["workers-3", "level-12500", "cleared", "later"])
        #expect(plan[0]["status"] as? String == "judged" && plan[0]["rows"] as? Int == 4 && plan[0]["met"] as? Int == 3)
        #expect((plan[2]["status"] as? String)?.hasPrefix("not judged: ") == true)
        #expect((plan[2]["status"] as? String)?.contains("education_ok") == true)
        #expect(plan[3]["status"] as? String == "not judged: no value in 2030 (the data has 2021, 2022, 2023)")
        #expect(plan[2]["source"] as? String == "确保“三保障一安全”核心问题动态清零")
    }

    @Test func thePlansLineHoldsInItsYearsAndTheOthersTakeTheLineOption() throws {
        let facts = try json(["--line", "5000"])
        let lines = try #require(facts["lines"] as? [String: Double])
        #expect(lines == ["2021": 5000, "2022": 6900, "2023": 5000])
        let run = try run(["--line", "5000"])
        #expect(run.stdout.contains("line (yuan, from targets test-plan for 2022, --line for the other years)"))
    }

    @Test func csvHasTheSpecColumns() throws {
        let run = try run(["--format", "csv", "--by", "township"])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").first == "id,kind,metric,level,population,township,year,value,threshold,met,gap,required_growth,on_track,growth,county")
    }

    @Test func chineseTablesNameTargetsByThePlansWords() throws {
        let run = try run(["--lang", "zh"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("确保脱贫群众务工就业规模稳定在3人以上") && run.stdout.contains("全县") && run.stdout.contains("下限"))
    }

    @Test func markdownAndWorkbookCarryBothTables() throws {
        let markdown = try run(["--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("## Targets: test-plan") && markdown.stdout.contains("## The plan: 测试规划"))
        let directory = try CommandRun.directory(with: ["h.csv": Self.households, "plan.toml": Self.plan])
        defer { try? FileManager.default.removeItem(at: directory) }
        let workbook = try CommandRun(["targets", "check", "--households", "h.csv", "--targets", "plan.toml",
                                       "--format", "xlsx", "--output", "plan.xlsx"], in: directory)
        #expect(workbook.status == 0, "\(workbook.stderr)")
        let bytes = try Data(contentsOf: directory.appendingPathComponent("plan.xlsx"))
        #expect(bytes.prefix(2) == Data("PK".utf8))
    }

    @Test func withoutAPlanExits64() throws {
        let directory = try CommandRun.directory(with: ["h.csv": Self.households])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun(["targets", "check", "--households", "h.csv"], in: directory)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--preset NAME or --targets FILE"))
    }
}

/// `targets check` on a file that ends before the plan does: `p_meet` for the years ahead.
@Suite struct TargetsCheckOutlookTests {
    static let plan = """
    name = "ahead"
    title = "未来目标"

    [[target]]
    id = "any-growth"
    kind = "growth"
    threshold = -0.99
    source = "收入不低于上年的1%"

    [[target]]
    id = "tenfold"
    kind = "growth"
    threshold = 9
    year = 2024
    source = "收入增长9倍"

    [[target]]
    id = "level-far-off"
    kind = "level"
    level = "county"
    threshold = 1000000
    by = 2025
    source = "2025年人均收入达100万元"

    [[target]]
    id = "workers"
    kind = "floor"
    metric = "workers"
    threshold = 1
    source = "务工人数不少于1人"
    """

    /// 400 synthetic households over 2019–2023, checked against targets of 2024 and 2025: a
    /// growth no household can miss has p_meet 1, growth of 900% and a level of a million yuan
    /// (asked up to its year) have 0; a county target for each county; the employment floor
    /// has no p_meet.
    @Test func pMeetForTheYearsAfterTheData() throws {
        let directory = try CommandRun.directory(with: ["plan.toml": Self.plan])
        defer { try? FileManager.default.removeItem(at: directory) }
        let synth = try CommandRun(["synth", "--count", "400", "--first-year", "2019", "--last-year", "2023", "--seed", "5",
                                    "--output-dir", "."], in: directory)
        #expect(synth.status == 0, "\(synth.stderr)")
        let run = try CommandRun(["targets", "check", "--households", "households.csv", "--targets", "plan.toml",
                                  "--format", "json"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["outlook"] as? [[String: Any]])
        func pMeet(_ id: String, _ year: Int) -> Double? {
            rows.first { $0["id"] as? String == id && $0["year"] as? Int == year }?["p_meet"] as? Double
        }
        #expect(pMeet("any-growth", 2024) == 1)
        #expect(pMeet("tenfold", 2024) == 0)
        #expect(pMeet("level-far-off", 2024) == 0 && pMeet("level-far-off", 2025) == 0)
        #expect(pMeet("any-growth", 2025) == nil, "a target without a last year is asked for next year only")
        #expect(!rows.contains { $0["id"] as? String == "workers" })
        #expect(rows.allSatisfy { ($0["id"] as? String == "level-far-off" ? "青山县" : "all") == $0["place"] as? String },
                "county targets for each county, group targets for the --by groups (all): \(rows)")
        let table = try CommandRun(["targets", "check", "--households", "households.csv", "--targets", "plan.toml"], in: directory)
        #expect(table.stdout.contains("The years ahead: will the targets be met?"))
        #expect(table.stdout.contains("p_meet: the household forecasting model of ruralstat forecast from 2023"))
    }

    /// Two years of data fit the model on one origin year, which cannot give p_meet: the
    /// judgement of the data stands and a note says why.
    @Test func oneOriginYearSaysWhy() throws {
        let directory = try CommandRun.directory(with: ["plan.toml": Self.plan])
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try CommandRun(["synth", "--count", "300", "--first-year", "2022", "--last-year", "2023", "--seed", "5",
                            "--output-dir", "."], in: directory)
        let run = try CommandRun(["targets", "check", "--households", "households.csv", "--targets", "plan.toml",
                                  "--format", "json"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["outlook"] as? [[String: Any]])
        #expect(rows.allSatisfy { $0["p_meet"] is NSNull }, "\(rows)")
    }
}
