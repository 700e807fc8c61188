import RuralStatCore

/// A hand-made panel of two counties on which every target below was judged by hand.
///
/// Weights are 1 and income is wage only, so pci = wage / size.
///
/// | id | county | township | category | size | pci 2021 | 2022 | 2023 | labour | workers 2021 | 2022 | 2023 |
/// |----|--------|----------|----------|------|----------|------|------|--------|------|------|------|
/// | a1 | 甲县 | T1 | alleviated | 2 | 8000 | 10000 | 11000 | 2 | 1 | 2 | 1 |
/// | a2 | 甲县 | T1 | unstable | 2 | 8000 | 10000 | 12000 | 2 | 1 | 1 | 0 |
/// | a3 | 甲县 | T2 | marginal | 1 | 4000 | 4400 | 4000 | 1 | 0 | 1 | 1 |
/// | a4 | 甲县 | T2 | general | 2 | 10000 | 10500 | 11025 | 2 | 2 | 2 | 2 |
/// | b1 | 乙县 | T3 | alleviated | 2 | 6000 | 6600 | 7260 | 4 | 3 | 3 | 4 |
/// | b2 | 乙县 | T3 | general | 2 | 10000 | 11000 | 12100 | 2 | 1 | 1 | 1 |
///
/// In 2023 a3 is `alleviated` (it left monitoring): by the year's records it is one of the
/// 脱贫人口 in 2023, while a start-of-year population of the monitoring objects holds a2 and a3
/// in 2023 by their 2022 categories.
enum TargetsFixture {
    private struct Household {
        var id: String, county: String, township: String, category: HouseholdCategory, size: Int32
        var pci: [Double], labor: Int32, workers: [Int32]
    }

    private static let households: [Household] = [
        .init(id: "a1", county: "甲县", township: "T1", category: .alleviated, size: 2,
              pci: [8000, 10000, 11000], labor: 2, workers: [1, 2, 1]),
        .init(id: "a2", county: "甲县", township: "T1", category: .unstable, size: 2,
              pci: [8000, 10000, 12000], labor: 2, workers: [1, 1, 0]),
        .init(id: "a3", county: "甲县", township: "T2", category: .marginal, size: 1,
              pci: [4000, 4400, 4000], labor: 1, workers: [0, 1, 1]),
        .init(id: "a4", county: "甲县", township: "T2", category: .general, size: 2,
              pci: [10000, 10500, 11025], labor: 2, workers: [2, 2, 2]),
        .init(id: "b1", county: "乙县", township: "T3", category: .alleviated, size: 2,
              pci: [6000, 6600, 7260], labor: 4, workers: [3, 3, 4]),
        .init(id: "b2", county: "乙县", township: "T3", category: .general, size: 2,
              pci: [10000, 11000, 12100], labor: 2, workers: [1, 1, 1]),
    ]

    /// The panel, rows by year then household; `counties: false` leaves out the county column.
    static func panel(counties: Bool = true) -> HouseholdPanel {
        var rows: [(Household, Int)] = []
        for year in 0..<3 { for household in households { rows.append((household, year)) } }
        func category(_ h: Household, _ year: Int) -> HouseholdCategory {
            h.id == "a3" && year == 2 ? .alleviated : h.category
        }
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(rows.map { $0.0.id }), year: rows.map { Int32(2021 + $0.1) },
            householdSize: rows.map { $0.0.size }, wageIncome: rows.map { $0.0.pci[$0.1] * Double($0.0.size) },
            operatingIncome: rows.map { _ in 0 }, propertyIncome: rows.map { _ in 0 }, transferIncome: rows.map { _ in 0 },
            productionExpense: rows.map { _ in 0 }
        )
        if counties { panel.county = TextColumn(rows.map { $0.0.county }) }
        panel.township = TextColumn(rows.map { $0.0.township })
        panel.category = rows.map { category($0.0, $0.1).rawValue }
        panel.laborCount = rows.map { $0.0.labor }
        panel.employedCount = rows.map { $0.0.workers[$0.1] }
        return panel
    }
}
