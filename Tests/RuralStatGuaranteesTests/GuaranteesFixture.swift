import RuralStatCore

/// A small hand-made households file whose every metric is worked out by hand in the tests.
///
/// Flags are education, medical, housing, water (1 ok, 0 gap, – missing); line = row + 2:
///
/// | row | id | year | township | village | category | size | flags | w |
/// |---|---|---|---|---|---|---|---|---|
/// | 0 | g1 | 2022 | A | a1 | alleviated | 4 | 1 1 0 1 | 1 |
/// | 1 | g1 | 2023 | A | a1 | alleviated | 4 | 1 1 0 0 | 1 |
/// | 2 | g2 | 2022 | A | a2 | marginal | 3 | 0 1 1 1 | 2 |
/// | 3 | g2 | 2023 | A | a2 | marginal | 3 | 1 1 1 1 | 2 |
/// | 4 | g3 | 2023 | A | a1 | general | 2 | 1 – 1 1 | 1 |
/// | 5 | g4 | 2022 | B | b1 | alleviated | 5 | 1 1 1 1 | 1 |
/// | 6 | g4 | 2023 | B | b1 | alleviated | 5 | 1 0 1 – | 1 |
/// | 7 | g5 | 2023 | B | b1 | unstable | 2 | 0 1 1 0 | 0.5 |
/// | 8 | g6 | 2021 | A | a1 | sudden_hardship | 1 | 1 1 0 1 | 1 |
/// | 9 | g6 | 2022 | A | a1 | sudden_hardship | 1 | 1 1 0 1 | 1 |
/// | 10 | g6 | 2023 | A | a1 | sudden_hardship | 1 | 1 1 0 0 | 1 |
/// | 11 | g7 | 2021 | A | a2 | alleviated | 2 | 1 1 1 0 | 1 |
/// | 12 | g7 | 2023 | A | a2 | alleviated | 2 | 1 1 1 0 | 1 |
///
/// g1 has a housing gap two years running; g2 cleared its education gap; g3's medical flag is
/// missing with no gap (flags missing); g4 has a medical gap and a missing water flag; g6 has a
/// housing gap three years running; g7 has no record in 2022, so its run starts again in 2023.
/// Incomes are irrelevant here (all 10,000 of transfers).
enum GuaranteesFixture {
    static let m = Missing.code

    static var households: HouseholdPanel {
        let ids = ["g1", "g1", "g2", "g2", "g3", "g4", "g4", "g5", "g6", "g6", "g6", "g7", "g7"]
        let n = ids.count
        var panel = HouseholdPanel(
            source: "households.csv",
            householdID: TextColumn(ids),
            year: [2022, 2023, 2022, 2023, 2023, 2022, 2023, 2023, 2021, 2022, 2023, 2021, 2023],
            householdSize: [4, 4, 3, 3, 2, 5, 5, 2, 1, 1, 1, 2, 2],
            wageIncome: [Double](repeating: 0, count: n), operatingIncome: [Double](repeating: 0, count: n),
            propertyIncome: [Double](repeating: 0, count: n), transferIncome: [Double](repeating: 10000, count: n),
            productionExpense: [Double](repeating: 0, count: n)
        )
        panel.township = TextColumn(["A", "A", "A", "A", "A", "B", "B", "B", "A", "A", "A", "A", "A"])
        panel.village = TextColumn(["a1", "a1", "a2", "a2", "a1", "b1", "b1", "b1", "a1", "a1", "a1", "a2", "a2"])
        let categories: [HouseholdCategory] = [.alleviated, .alleviated, .marginal, .marginal, .general, .alleviated,
                                               .alleviated, .unstable, .suddenHardship, .suddenHardship,
                                               .suddenHardship, .alleviated, .alleviated]
        panel.category = categories.map(\.rawValue)
        panel.educationOK = [1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]
        panel.medicalOK = [1, 1, 1, 1, m, 1, 0, 1, 1, 1, 1, 1, 1]
        panel.housingOK = [0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1]
        panel.waterOK = [1, 0, 1, 1, 1, 1, m, 0, 1, 1, 0, 0, 0]
        panel.weight = [1, 1, 2, 2, 1, 1, 1, 0.5, 1, 1, 1, 1, 1]
        return panel
    }
}
