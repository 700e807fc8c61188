import RuralStatCore
@testable import RuralStatRisk

/// Hand-made households for the risk tests: one value per field, the defaults a household of
/// one member with 10,000 yuan of wages, labour 1 employed 1 for 12 months, no rigid expense,
/// every guarantee met, an alleviated household not monitored.
enum RiskFixture {
    struct Row {
        var id = "h"
        var year: Int32 = 2023
        var size: Int32 = 1
        var wage = 10_000.0
        var operating = 0.0
        var transfer = 0.0
        var expense = 0.0
        var category = HouseholdCategory.alleviated
        var labor: Int32 = 1
        var employed: Int32 = 1
        var months = 12.0
        var outside: Int32 = 0
        var medical = 0.0
        var education = 0.0
        var guarantees: [UInt8] = [1, 1, 1, 1]
        var since: Int32 = Missing.integer
        var measures: Int32 = Missing.integer
    }

    /// Lines of 2022 and 2023: 5,000 and 6,000 yuan.
    static let settings = RiskSettings(lines: [2022: 5_000, 2023: 6_000])

    static func panel(_ rows: [Row]) -> HouseholdPanel {
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(rows.map(\.id)), year: rows.map(\.year),
            householdSize: rows.map(\.size), wageIncome: rows.map(\.wage), operatingIncome: rows.map(\.operating),
            propertyIncome: rows.map { _ in 0 }, transferIncome: rows.map(\.transfer),
            productionExpense: rows.map(\.expense))
        panel.village = TextColumn(rows.map { _ in "村" })
        panel.township = TextColumn(rows.map { _ in "乡" })
        panel.category = rows.map(\.category.rawValue)
        panel.laborCount = rows.map(\.labor)
        panel.employedCount = rows.map(\.employed)
        panel.employedMonths = rows.map(\.months)
        panel.outOfProvinceCount = rows.map(\.outside)
        panel.medicalExpense = rows.map(\.medical)
        panel.educationExpense = rows.map(\.education)
        panel.educationOK = rows.map { $0.guarantees[0] }
        panel.medicalOK = rows.map { $0.guarantees[1] }
        panel.housingOK = rows.map { $0.guarantees[2] }
        panel.waterOK = rows.map { $0.guarantees[3] }
        panel.monitoredSince = rows.map(\.since)
        panel.assistanceMeasures = rows.map(\.measures)
        return panel
    }

    /// The indicators of the last row of `rows`.
    static func indicators(_ rows: [Row], settings: RiskSettings = settings) -> RiskIndicators {
        let risk = RiskPanel(panel(rows), settings: settings)
        return risk.indicators(rows.count - 1)
    }

    /// A household `id` with a 2022 row of `before` wages and a 2023 row built by `change`.
    static func pair(before: Double, _ change: (inout Row) -> Void) -> [Row] {
        var now = Row()
        change(&now)
        return [Row(year: 2022, wage: before), now]
    }
}
