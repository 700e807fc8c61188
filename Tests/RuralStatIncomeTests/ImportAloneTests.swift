import RuralStatIncome
import Testing

/// `import RuralStatIncome` alone is enough to analyse a panel with a line: the model types
/// come with it.
@Suite struct ImportAloneTests {
    @Test func incomeWithALineNeedsNoOtherImport() throws {
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(["a", "b"]), year: [2024, 2024], householdSize: [1, 2],
            wageIncome: [5000, 20000], operatingIncome: [0, 0], propertyIncome: [0, 0], transferIncome: [0, 0],
            productionExpense: [0, 0])
        panel.category = [HouseholdCategory.alleviated.rawValue, HouseholdCategory.alleviated.rawValue]
        let analysis = try IncomeAnalysis(panel: panel, by: [.category], line: .fixed(6900))
        // pci 5,000 (1 person) and 10,000 (2 persons): a third of the persons are below 6,900.
        #expect(analysis.cell(year: 2024, category: .alleviated)?.poverty?.headcount == 1.0 / 3)
    }
}
