import RuralStatCore

/// A small hand-made panel on which every income measure was computed by hand.
///
/// | id | year | size | wage | operating | property | transfer | expense | net | pci | w | township | category |
/// |----|------|------|------|-----------|----------|----------|---------|-----|-----|---|----------|----------|
/// | A | 2021 | 2 | 10000 | 2000 | 0 | 0 | 0 | 12000 | 6000 | 1 | T1 | alleviated |
/// | B | 2021 | 4 | 8000 | 4000 | 0 | 8000 | 0 | 20000 | 5000 | 2 | T1 | marginal |
/// | C | 2021 | 1 | 0 | 1000 | 0 | 0 | 1000 | 0 | 0 | 1 | T2 | alleviated |
/// | A | 2022 | 2 | 12000 | 2000 | 0 | 0 | 0 | 14000 | 7000 | 1 | T1 | alleviated |
/// | B | 2022 | 4 | 10000 | 4000 | 0 | 4000 | 0 | 18000 | 4500 | 2 | T1 | alleviated |
/// | C | 2022 | 1 | 3000 | 0 | 0 | 0 | 0 | 3000 | 3000 | 1 | T2 | alleviated |
/// | D | 2022 | 3 | 0 | −6000 | 0 | 3000 | 0 | −3000 | −1000 | 1 | T2 | unstable |
/// | B | 2023 | 4 | 12000 | 4000 | 0 | 4000 | 2000 | 18000 | 4500 | 2 | T1 | alleviated |
/// | C | 2023 | 1 | 4000 | 0 | 500 | 0 | 0 | 4500 | 4500 | 1 | T2 | alleviated |
/// | D | 2023 | 3 | 9000 | 0 | 0 | 0 | 0 | 9000 | 3000 | 1 | T2 | unstable |
///
/// A leaves after 2022, D enters in 2022 with a negative net income, C's 2021 pci is zero,
/// B changes category (marginal → alleviated), and `marginal` is empty after 2021.
enum IncomeFixture {
    static let lines: [Int: Double] = [2021: 4500, 2022: 5000]

    static var panel: HouseholdPanel {
        let rows: [(String, Int32, Int32, Double, Double, Double, Double, Double, Double, String, HouseholdCategory)] = [
            ("A", 2021, 2, 10000, 2000, 0, 0, 0, 1, "T1", .alleviated),
            ("B", 2021, 4, 8000, 4000, 0, 8000, 0, 2, "T1", .marginal),
            ("C", 2021, 1, 0, 1000, 0, 0, 1000, 1, "T2", .alleviated),
            ("A", 2022, 2, 12000, 2000, 0, 0, 0, 1, "T1", .alleviated),
            ("B", 2022, 4, 10000, 4000, 0, 4000, 0, 2, "T1", .alleviated),
            ("C", 2022, 1, 3000, 0, 0, 0, 0, 1, "T2", .alleviated),
            ("D", 2022, 3, 0, -6000, 0, 3000, 0, 1, "T2", .unstable),
            ("B", 2023, 4, 12000, 4000, 0, 4000, 2000, 2, "T1", .alleviated),
            ("C", 2023, 1, 4000, 0, 500, 0, 0, 1, "T2", .alleviated),
            ("D", 2023, 3, 9000, 0, 0, 0, 0, 1, "T2", .unstable),
        ]
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(rows.map { $0.0 }), year: rows.map { $0.1 },
            householdSize: rows.map { $0.2 }, wageIncome: rows.map { $0.3 }, operatingIncome: rows.map { $0.4 },
            propertyIncome: rows.map { $0.5 }, transferIncome: rows.map { $0.6 },
            productionExpense: rows.map { $0.7 }
        )
        panel.weight = rows.map { $0.8 }
        panel.township = TextColumn(rows.map { $0.9 })
        panel.category = rows.map { $0.10.rawValue }
        return panel
    }
}
