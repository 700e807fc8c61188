import RuralStatCore
import RuralStatGuarantees
import RuralStatPresentation
import RuralStatReport
import RuralStatText
import Testing

@Suite struct GuaranteesTableReportTests {
    static let mainColumns = [
        "households", "education_gap", "medical_gap", "housing_gap", "water_gap", "any_gap", "any_gap_share",
        "missing_flags", "persons_with_gap", "any_gap_change",
    ]

    private func table(by dimensions: [GroupDimension], year: Int? = nil) throws -> ReportTable {
        try GuaranteesAnalysis(households: GuaranteesFixture.households, by: dimensions).table
            .reportTable(dimensions: dimensions, year: year)
    }

    @Test func columnsInTheirOrder() throws {
        let keys = try table(by: [.township]).columns.map(\.key)
        #expect(keys == ["year", "township"] + Self.mainColumns + [
            "no_gap", "persons", "persistent_gap", "education_gap_share", "medical_gap_share", "housing_gap_share",
            "water_gap_share", "any_gap_share_change",
        ])
        // Tables for people show the main columns; the others only with --wide.
        #expect(try table(by: []).columns.filter { $0.priority != .wide }.map(\.key) == ["year", "group"] + Self.mainColumns)
    }

    @Test func csvHasTheHandValues() throws {
        let csv = String(decoding: try table(by: [.township], year: 2023).csv(), as: UTF8.self)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1] == "2023,A,6,0,0,2,3,3,0.6,1,7,-1,2,15,2,0,0,0.3333333333333333,0.5,-0.4")
        #expect(lines[2] == "2023,B,1.5,0.5,1,0,0.5,1.5,1,0,6,1.5,0,6,0,0.3333333333333333,0.6666666666666666,0,1,1")
    }

    @Test func chineseTitlesAndAnEmptyGapForAnAbsentColumn() throws {
        var panel = GuaranteesFixture.households
        panel.waterOK = nil
        let analysis = try GuaranteesAnalysis(households: panel)
        let text = analysis.table.reportTable(dimensions: []).terminalText(language: .zh)
        #expect(text.contains("义务教育未保障") && text.contains("饮水安全未保障") && text.contains("信息缺失户"))
        #expect(text.contains("全部"))
        let notes = GuaranteesTable.notes(presentFlags: analysis.households.presentFlags, language: .en)
        #expect(notes.count == 3 && notes[2].hasPrefix("the households file has no water_ok column"))
        #expect(GuaranteesTable.notes(presentFlags: analysis.households.presentFlags, language: .zh)[2].contains("饮水安全"))
    }
}
