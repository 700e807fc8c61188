import RuralStatCore
import Testing

@Suite struct HouseholdColumnTests {
    @Test func theSchemaIsTheRegistryInSpecOrder() {
        #expect(FileSchema.households.map(\.name) == HouseholdColumn.allCases.map(\.rawValue))
        #expect(HouseholdColumn.allCases.prefix(8).allSatisfy { $0.isRequired })
        #expect(HouseholdColumn.allCases.dropFirst(8).allSatisfy { !$0.isRequired })
        #expect(HouseholdColumn.allCases.count == 26)
        #expect(HouseholdColumn.village.spec.chineseName == "行政村")
    }

    @Test func storageByColumnReadsAndWritesThePanel() throws {
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(["a", "b"]), year: [2021, 2022], householdSize: [1, 2],
            wageIncome: [1, 2], operatingIncome: [0, 0], propertyIncome: [0, 0], transferIncome: [0, 0],
            productionExpense: [0, 0])
        #expect(panel.columns == Array(HouseholdColumn.allCases.prefix(8)))
        #expect(panel[.householdSize] == .integer([1, 2]))
        panel[.weight] = .number([2, 3])
        panel[.educationOK] = .code([1, 0])
        #expect(panel.weight == [2, 3])
        #expect(panel.educationOK == [1, 0])
        #expect(panel.optionalColumnNames == ["education_ok", "weight"])
        panel[.weight] = nil
        #expect(panel.weight == nil)
        let subset = panel.subset(rows: [1])
        #expect(subset.columns == panel.columns)
        #expect(subset[.educationOK] == .code([0]))
        #expect(subset.householdID[0] == "b")
    }
}
