import RuralStatCore
import RuralStatEmployment
import RuralStatIncome
import Testing

/// The group wage share has one owner: income's compensated sums serve both tables.
@Suite struct WageShareOwnerTests {
    /// Three households whose wages sum to 1e16 + 2 and gross incomes to 1e16: plain
    /// summation loses both 1s (the spacing of doubles at 1e16 is 2) and gives a share of 1.
    private var panel: HouseholdPanel {
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(["a", "b", "c"]), year: [2022, 2022, 2022],
            householdSize: [1, 1, 1], wageIncome: [1e16, 1, 1], operatingIncome: [0, -1, -1],
            propertyIncome: [0, 0, 0], transferIncome: [0, 0, 0], productionExpense: [0, 0, 0])
        panel.laborCount = [1, 1, 1]
        panel.employedCount = [1, 1, 1]
        return panel
    }

    @Test func employmentServesIncomesCompensatedWageShare() throws {
        let expected = (1e16 + 2) / 1e16
        #expect(expected > 1)
        let income = try IncomeAnalysis(panel: panel, by: [], lines: [:])
        #expect(income.cell(year: 2022, group: 0)?.wageShare == expected)
        let employment = try EmploymentAnalysis(households: panel)
        #expect(employment.table.metrics(group: 0, year: 2022)?.wageShare == expected)
        let source = EmploymentMetricSource(employment)
        #expect(try source.value(MetricQuery(metric: .wageShare, population: .everyone, group: 0, year: 2022)) == expected)
    }
}
