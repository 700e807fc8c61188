import RuralStatCore
import Testing

@Suite struct HouseholdPanelSubsetTests {
    private func panel() -> HouseholdPanel {
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(["a", "b", "c"]), year: [2021, 2021, 2022],
            householdSize: [1, 2, 3], wageIncome: [10, 20, 30], operatingIncome: [0, -5, 0],
            propertyIncome: [0, 0, 0], transferIncome: [1, 1, 1], productionExpense: [0, 0, 0]
        )
        panel.category = [HouseholdCategory.alleviated.rawValue, Missing.code, HouseholdCategory.marginal.rawValue]
        panel.weight = [1, 2, 3]
        return panel
    }

    @Test func subsetCarriesEveryColumnAndKeepsDictionaries() {
        let subset = panel().subset(rows: [2, 0])
        #expect(subset.count == 2)
        #expect(subset.householdID[0] == "c")
        #expect(subset.householdID.dictionary == ["a", "b", "c"])
        #expect(subset.year == [2022, 2021])
        #expect(subset.line == [4, 2])
        #expect(subset.weight == [3, 1])
        #expect(subset.category == [HouseholdCategory.marginal.rawValue, HouseholdCategory.alleviated.rawValue])
        #expect(subset.laborCount == nil)
    }

    @Test func incomeDefinitionsFollowSpec() {
        // Row 1: gross = 20 − 5 + 0 + 1 = 16; net = 16 − 0; pci = 16 / 2 = 8; weight 2.
        let p = panel()
        #expect(p.gross(1) == 16)
        #expect(p.net(1) == 16)
        #expect(p.pci(1) == 8)
        #expect(p.weight(1) == 2)
        #expect(p.category(1) == nil)
        #expect(p.category(2) == .marginal)
    }
}
