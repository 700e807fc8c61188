import Foundation
import RuralStatTestSupport
import Testing

/// `ruralstat income --incidence` on a hand-made two-year file: the cut points follow `--panel`.
@Suite struct GrowthIncidenceCommandTests {
    /// pci = wage / 1 person. T1: A (w 2) and B in both years, C only in 2021, D only in 2022;
    /// T2: E only in 2022.
    ///
    /// Balanced (A, B): 2021 1000 (v 2), 2000 (v 1), cumulative shares 2/3, 1: P10…P60 1000,
    /// P70…P90 2000; 2022 1500 and 2400 likewise.
    /// Cross-section T1: 2021 1000 (v 2), 2000, 3000, cumulative 1/2, 3/4, 1: P10…P50 1000,
    /// P60, P70 2000, P80, P90 3000; 2022 1500 (v 2), 2400, 10000 likewise.
    static let households = """
        household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,\
        production_expense,township,weight
        A,2021,1,1000,0,0,0,0,T1,2
        B,2021,1,2000,0,0,0,0,T1,1
        C,2021,1,3000,0,0,0,0,T1,1
        A,2022,1,1500,0,0,0,0,T1,2
        B,2022,1,2400,0,0,0,0,T1,1
        D,2022,1,10000,0,0,0,0,T1,1
        E,2022,1,5000,0,0,0,0,T2,1

        """

    static func run(_ arguments: [String]) throws -> CommandRun {
        let directory = try CommandRun.directory(with: ["h.csv": households])
        defer { try? FileManager.default.removeItem(at: directory) }
        return try CommandRun(["income", "--households", "h.csv", "--incidence", "2021:2022", "--by", "township"]
            + arguments, in: directory)
    }

    /// The incidence rows of the JSON output, and its `panel` fact.
    static func incidence(_ arguments: [String]) throws -> (panel: String?, rows: [[String: Any]]) {
        let run = try run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return (object["panel"] as? String, try #require(object["incidence"] as? [[String: Any]]))
    }

    @Test(arguments: [
        ("balanced", [1000.0, 1000, 1000, 1000, 1000, 1000, 2000, 2000, 2000], [1500.0, 1500, 1500, 1500, 1500, 1500, 2400, 2400, 2400]),
        ("cross-section", [1000.0, 1000, 1000, 1000, 1000, 2000, 2000, 3000, 3000], [1500.0, 1500, 1500, 1500, 1500, 2400, 2400, 10000, 10000]),
    ])
    func cutPointsFollowThePanelMode(mode: String, from: [Double], to: [Double]) throws {
        let (panel, rows) = try Self.incidence(["--panel", mode])
        #expect(panel == mode)
        // T2 has no 2021 household: no rows, only T1's nine cut points.
        #expect(rows.map { $0["township"] as? String } == Array(repeating: "T1", count: 9))
        #expect(rows.map { $0["cut_point"] as? String } == (1...9).map { "P\($0 * 10)" })
        #expect(rows.map { $0["pci_from"] as? Double } == from)
        #expect(rows.map { $0["pci_to"] as? Double } == to)
        for (row, (a, b)) in zip(rows, zip(from, to)) {
            #expect(isClose(row["growth"] as? Double, b / a - 1))
        }
    }

    @Test func aGroupInOnlyOneYearGetsANote() throws {
        for mode in ["balanced", "cross-section"] {
            let run = try Self.run(["--panel", mode])
            #expect(run.status == 0)
            #expect(run.stdout.contains("left out: T2: no household in 2021"), "\(mode): \(run.stdout)")
            #expect(run.stdout.contains("Cut point") && run.stdout.contains("P90") && !run.stdout.contains("Decile"))
        }
        #expect(try Self.run(["--panel", "cross-section"]).stdout.contains("compares every record of each year (cross-section)"))
    }
}
