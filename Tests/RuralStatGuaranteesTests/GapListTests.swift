import RuralStatCore
import RuralStatGuarantees
import Testing

@Suite struct GapListTests {
    let panel = GuaranteesFixture.households

    private func ids(_ list: GapList) -> [String] { list.entries.map { panel.householdID[$0.row]! } }

    @Test func everyHouseholdWithAGapInTheYear() throws {
        let households = HouseholdGuarantees(panel)
        let list = GapList(households, grouping: try Grouping(panel, by: []), year: 2023)
        // g2 is clear and g3 has only a missing flag: neither is listed.
        #expect(Set(ids(list)) == ["g1", "g4", "g5", "g6", "g7"])
        #expect(list.places == [.township, .village])
    }

    @Test func orderIsPlaceThenLongestRunThenMostGapsThenID() throws {
        let list = GapList(HouseholdGuarantees(panel), grouping: try Grouping(panel, by: []), year: 2023)
        // A a1: g6 (3 years) before g1 (2 years); A a2: g7; B b1: g5 (2 gaps) before g4 (1 gap).
        #expect(ids(list) == ["g6", "g1", "g7", "g5", "g4"])
        #expect(list.entries.map(\.yearsInARow) == [3, 2, 1, 1, 1])
    }

    @Test func theByGroupLeadsTheOrder() throws {
        let list = GapList(HouseholdGuarantees(panel), grouping: try Grouping(panel, by: [.category]), year: 2023)
        // Categories in the plans' order: alleviated (A a1 g1, A a2 g7, B b1 g4), unstable (g5),
        // sudden_hardship (g6).
        #expect(ids(list) == ["g1", "g7", "g4", "g5", "g6"])
    }

    @Test func householdIDBreaksTies() throws {
        var panel = panel
        panel.waterOK![7] = 1  // g5 2023 now has one gap (education), as g4 has (medical)
        let list = GapList(HouseholdGuarantees(panel), grouping: try Grouping(panel, by: [.township]), year: 2023)
        #expect(list.entries.map { panel.householdID[$0.row]! }.suffix(2) == ["g4", "g5"])
    }

    @Test func everyYearSortedByYearFirst() throws {
        let list = GapList(HouseholdGuarantees(panel), grouping: try Grouping(panel, by: []), year: nil)
        #expect(list.entries.map { panel.year[$0.row] } == [2021, 2021, 2022, 2022, 2022, 2023, 2023, 2023, 2023, 2023])
        // 2021: g6 (A a1), g7 (A a2); 2022 A a1: g6 (2 years) before g1 (1 year), then A a2 g2.
        #expect(ids(list) == ["g6", "g7", "g6", "g1", "g2", "g6", "g1", "g7", "g5", "g4"])
    }
}
