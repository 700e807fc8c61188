import RuralStatCore
import Testing

@Suite struct GroupingTests {
    private func panel() -> HouseholdPanel {
        var panel = HouseholdPanel(
            source: "fixture",
            householdID: TextColumn(["a", "b", "c", "a"]),
            year: [2021, 2021, 2021, 2022],
            householdSize: [1, 2, 3, 1],
            wageIncome: [1, 2, 3, 4], operatingIncome: [0, 0, 0, 0], propertyIncome: [0, 0, 0, 0],
            transferIncome: [0, 0, 0, 0], productionExpense: [0, 0, 0, 0]
        )
        panel.township = TextColumn(["乡B", "乡A", nil, "乡B"])
        panel.category = [HouseholdCategory.general.rawValue, HouseholdCategory.alleviated.rawValue,
                          HouseholdCategory.general.rawValue, Missing.code]
        return panel
    }

    @Test func noDimensionsIsOneGroupAll() throws {
        let grouping = try Grouping(panel(), by: [])
        #expect(grouping.labels == [["all"]])
        #expect(grouping.groupOfRow == [0, 0, 0, 0])
    }

    @Test func groupsAreSortedByLabelWithMissingAsEmpty() throws {
        let grouping = try Grouping(panel(), by: [.township])
        #expect(grouping.labels == [[""], ["乡A"], ["乡B"]])
        #expect(grouping.groupOfRow == [2, 1, 0, 2])
    }

    @Test func combinationsSortDimensionByDimension() throws {
        let grouping = try Grouping(panel(), by: [.township, .category])
        #expect(grouping.labels == [["", "general"], ["乡A", "alleviated"], ["乡B", ""], ["乡B", "general"]])
        #expect(grouping.groupOfRow == [3, 1, 0, 2])
    }

    @Test func missingColumnAndUnknownNameAreErrors() throws {
        #expect(throws: GroupingError.missingColumn(.village)) { try Grouping(panel(), by: [.village]) }
        #expect(throws: GroupingError.unknownDimension("district")) { try GroupDimension.parseList("township,district") }
        #expect(try GroupDimension.parseList("all") == [])
        #expect(try GroupDimension.parseList("category, township,category") == [.category, .township])
    }

    @Test func previousYearRowsLinkTheSameHousehold() {
        #expect(panel().previousYearRows() == [-1, -1, -1, 0])
    }
}
