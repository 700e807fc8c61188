import Foundation
import Testing

/// `ruralstat guarantees` run as a process on a small file whose numbers are worked out by hand.
@Suite struct GuaranteesCommandTests {
    /// Four households in two townships over 2022–2023; flags are education, medical, housing,
    /// water (是/否 are read as 1/0; an empty cell is missing):
    /// H1 (东风乡 一村, alleviated, 4 persons, w 1): housing gap in 2022; housing and water in 2023.
    /// H2 (东风乡 二村, marginal, 3 persons, w 2): clear in 2022; education gap, water empty in 2023.
    /// H3 (城关镇 三村, alleviated, 2 persons, w 1): clear both years.
    /// H4 (城关镇 三村, general, 5 persons, w 1, 2023 only): medical empty, the rest 1 (flags missing).
    static let households = """
        household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,\
        production_expense,township,village,category,education_ok,medical_ok,housing_ok,water_ok,weight
        H1,2022,4,0,0,0,10000,0,东风乡,一村,alleviated,1,1,0,1,1
        H2,2022,3,0,0,0,10000,0,东风乡,二村,marginal,是,是,是,是,2
        H3,2022,2,0,0,0,10000,0,城关镇,三村,alleviated,1,1,1,1,1
        H1,2023,4,0,0,0,10000,0,东风乡,一村,alleviated,1,1,0,0,1
        H2,2023,3,0,0,0,10000,0,东风乡,二村,marginal,否,是,是,,2
        H3,2023,2,0,0,0,10000,0,城关镇,三村,alleviated,1,1,1,1,1
        H4,2023,5,0,0,0,10000,0,城关镇,三村,general,1,,1,1,1

        """

    /// Runs `ruralstat guarantees --households h.csv arguments…` in a new directory holding the file.
    static func run(_ arguments: [String], households: String = households) throws -> (CommandRun, URL) {
        let directory = try CommandRun.directory(with: ["h.csv": households])
        return (try CommandRun(["guarantees", "--households", "h.csv"] + arguments, in: directory), directory)
    }

    @Test func csvByTownshipHasTheHandValues() throws {
        let (run, _) = try Self.run(["--by", "township", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "year,township,households,education_gap,medical_gap,housing_gap,water_gap,any_gap,"
            + "any_gap_share,missing_flags,persons_with_gap,any_gap_change,no_gap,persons,persistent_gap,"
            + "education_gap_share,medical_gap_share,housing_gap_share,water_gap_share,any_gap_share_change")
        // 2022 东风乡 (东 U+4E1C sorts before 城 U+57CE): H1 (housing) and H2 (w 2) clear.
        #expect(lines[1] == "2022,东风乡,3,0,0,1,0,1,0.3333333333333333,0,4,,2,10,0,0,0,0.3333333333333333,0,")
        #expect(lines[2] == "2022,城关镇,1,0,0,0,0,0,0,0,0,,1,2,0,0,0,0,0,")
        // 2023 东风乡: H1 housing and water, H2 (w 2) education with water unknown; H1 two years running.
        #expect(lines[3] == "2023,东风乡,3,2,0,1,1,3,1,0,10,2,0,10,1,0.6666666666666666,0,0.3333333333333333,1,"
            + "0.6666666666666667")
        // 2023 城关镇: H4's empty medical flag is counted apart, not as guaranteed.
        #expect(lines[4] == "2023,城关镇,2,0,0,0,0,0,0,1,0,0,1,7,0,0,0,0,0,0")
    }

    @Test func gapListForTheLatestYearInItsOrder() throws {
        let (run, _) = try Self.run(["--list", "gaps", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            year,township,village,household_id,category,monitoring_object,household_size,gaps,unknown_flags,years_in_a_row
            2023,东风乡,一村,H1,alleviated,false,4,housing water,,2
            2023,东风乡,二村,H2,marginal,true,3,education,water,1

            """)
        let (earlier, _) = try Self.run(["--list", "gaps", "--year", "2022", "--by", "village", "--format", "csv"])
        #expect(earlier.stdout.split(separator: "\n").dropFirst() == ["2022,东风乡,一村,H1,alleviated,false,4,housing,,1"])
    }

    @Test func gapListInChineseNamesTheFlags() throws {
        let (run, _) = try Self.run(["--list", "gaps", "--lang", "zh"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("2023年“三保障”和饮水安全问题户清单"))
        #expect(run.stdout.contains("住房安全、饮水安全") && run.stdout.contains("边缘易致贫户") && run.stdout.contains("连续年数"))
        #expect(run.stdout.contains("另有 1 户无未保障项但信息缺失，未列入"))
    }

    @Test func suixiZeroTargetMetAndNotMet() throws {
        let (run, directory) = try Self.run(["--by", "township", "--preset", "suixi-2022", "--format", "csv",
                                             "--targets-output", "t.csv"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("guarantees: targets on other analyses' metrics not evaluated here: workers-not-fewer"))
        let targets = try String(contentsOf: directory.appendingPathComponent("t.csv"), encoding: .utf8)
        // A county-level target in its plan's year only, whatever --by: alleviated and monitored
        // households only (H4, general, is not counted): 东风乡 1 + 城关镇 0 in 2022.
        #expect(targets.split(separator: "\n").dropFirst() == [
            "guarantees-cleared,ceiling,any_gap,county,alleviated+unstable+marginal+sudden_hardship,all,2022,1,0,false,1,,,,",
        ])
    }

    @Test func jsonHasTheRowsTheFlagColumnsAndTheTargets() throws {
        let (run, _) = try Self.run(["--format", "json", "--preset", "suixi-2022", "--year", "2023"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["flag_columns"] as? [String] == ["education_ok", "medical_ok", "housing_ok", "water_ok"])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["group"] as? String == "all" && rows[0]["any_gap"] as? Double == 3)
        #expect(rows[0]["missing_flags"] as? Double == 1 && rows[0]["any_gap_change"] as? Double == 2)
        // Suixi's targets are 2022's: none is judged in 2023.
        let targets = try #require(json["targets"] as? [[String: Any]])
        #expect(targets.isEmpty)
    }

    @Test func chineseTableMarkdownAndWorkbook() throws {
        let (table, _) = try Self.run(["--lang", "zh", "--preset", "suixi-2022"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("“三保障”和饮水安全未保障户") && table.stdout.contains("问题户占比"))
        #expect(table.stdout.contains("全部") && table.stdout.contains("目标：濉溪县 2022 年脱贫人口务工和“三保障一安全”目标"))
        #expect(!table.stdout.contains("全部保障户"))  // the extra columns need --wide
        let (wide, _) = try Self.run(["--wide"])
        #expect(wide.stdout.contains("No gap") && wide.stdout.contains("Gap two years"))
        let (markdown, _) = try Self.run(["--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("## Guarantees and safe water\n"))
        #expect(markdown.stdout.contains("- flags missing: no gap known but a flag empty"))
        let (workbook, directory) = try Self.run(["--format", "xlsx", "--output", "g.xlsx", "--list", "gaps"])
        #expect(workbook.status == 0 && workbook.stdout.isEmpty)
        let bytes = try Data(contentsOf: directory.appendingPathComponent("g.xlsx"))
        #expect(bytes.prefix(2) == Data("PK".utf8))
    }

    @Test func aFileWithoutFlagsIsBadData() throws {
        let households = "household_id,year,household_size,wage_income,operating_income,property_income,"
            + "transfer_income,production_expense\nH1,2022,1,0,0,0,100,0\n"
        let (run, _) = try Self.run([], households: households)
        #expect(run.status == 65 && run.stdout.isEmpty)
        #expect(run.stderr.contains("h.csv:1: none of the columns education_ok (义务教育保障), medical_ok (基本医疗保障)"))
    }

    @Test func badListOrYearIsAUsageError() throws {
        let (run, _) = try Self.run(["--list", "villages"])
        #expect(run.status == 64)
        let (year, _) = try Self.run(["--list", "gaps", "--year", "2019"])
        #expect(year.status == 64 && year.stdout.isEmpty)
        #expect(year.stderr.contains("no records in 2019; the data has 2022, 2023"))
    }
}
