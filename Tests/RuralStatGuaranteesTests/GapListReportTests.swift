import RuralStatCore
import RuralStatGuarantees
import RuralStatPresentation
import RuralStatReport
import RuralStatText
import Testing

@Suite struct GapListReportTests {
    let list: GapList

    init() throws {
        let panel = GuaranteesFixture.households
        list = GapList(HouseholdGuarantees(panel), grouping: try Grouping(panel, by: []), year: 2023)
    }

    @Test func csvListsTheFlagsTheRunAndTheMonitoringObjects() {
        #expect(String(decoding: list.reportTable().csv(), as: UTF8.self) == """
            year,township,village,household_id,category,monitoring_object,household_size,gaps,unknown_flags,years_in_a_row
            2023,A,a1,g6,sudden_hardship,true,1,housing water,,3
            2023,A,a1,g1,alleviated,false,4,housing water,,2
            2023,A,a2,g7,alleviated,false,2,water,,1
            2023,B,b1,g5,unstable,true,2,education water,,1
            2023,B,b1,g4,alleviated,false,5,medical,water,1

            """)
    }

    @Test func chineseLabelsTheFlagsAndCategories() {
        let text = list.reportTable().terminalText(language: .zh)
        #expect(text.contains("住房安全、饮水安全") && text.contains("突发严重困难户") && text.contains("连续年数"))
        #expect(list.section(year: 2023).chineseHeading == "2023年“三保障”和饮水安全问题户清单")
        #expect(list.section(year: 2023).heading == "Households with a gap, 2023")
    }

    @Test func notesCountTheHouseholdsWithMissingFlags() throws {
        #expect(list.undetermined == 1)  // g3: medical missing, no gap
        #expect(list.notes(language: .en).last == "1 more household has no gap known but missing flags, not listed")
        let panel = GuaranteesFixture.households
        let earlier = GapList(HouseholdGuarantees(panel), grouping: try Grouping(panel, by: []), year: 2022)
        #expect(earlier.undetermined == 0 && earlier.notes(language: .en).count == 1)
    }
}
