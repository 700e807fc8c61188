import RuralStatCore

/// A small hand-made pair of files whose every metric is worked out by hand in the tests.
///
/// Households (line = row + 2):
///
/// | row | line | id | year | township | category | size | wage | op | prop | transfer | labour | employed | months | oop | pw | w |
/// |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
/// | 0 | 2 | h1 | 2022 | A | alleviated | 4 | 20000 | 5000 | 0 | 5000 | 2 | 2 | 24 | 1 | 0 | 1 |
/// | 1 | 3 | h1 | 2023 | A | alleviated | 4 | 24000 | 4000 | 0 | 4000 | 2 | 2 | 20 | 1 | 0 | 1 |
/// | 2 | 4 | h2 | 2022 | A | marginal | 3 | 6000 | 6000 | 0 | 3000 | 1 | 1 | 3 | 0 | 1 | 2 |
/// | 3 | 5 | h2 | 2023 | A | marginal | 3 | 0 | 8000 | 0 | 4000 | 1 | 0 | 0 | 0 | 0 | 2 |
/// | 4 | 6 | h3 | 2023 | A | general | 2 | 0 | 3000 | 0 | 6000 | 0 | 0 | 0 | 0 | 0 | 1 |
/// | 5 | 7 | h4 | 2022 | B | alleviated | 5 | 30000 | 0 | 1000 | 2000 | 3 | 1 | 12 | 0 | 0 | 1 |
/// | 6 | 8 | h4 | 2023 | B | alleviated | 5 | 36000 | 0 | 1000 | 2000 | 3 | 2 | 18 | 1 | 1 | 1 |
/// | 7 | 9 | h5 | 2023 | B | unstable | 2 | 5000 | 1000 | 0 | 4000 | – | 1 | 6 | 0 | – | 1 |
///
/// Production expense is 0 everywhere. h2 lost its job in 2023 (zero employment); h3 has no
/// labour; h5's labour cell is missing.
///
/// Workers (line = row + 2): p1 h1 2022 12 out_of_province enterprise; p2 h1 2022 12 county
/// workshop; p3 h2 2022 3 county public_welfare; p4 h4 2022 12 province enterprise; p1 h1 2023
/// 12 out_of_province enterprise; p2 h1 2023 8 county workshop; p3 h2 2023 4 county
/// public_welfare (h2 says 0 workers); p4 h4 2023 10 province enterprise; p5 h4 2023 8
/// out_of_province self_employed; p5 h5 2023 6 county other (p5 in two households); p7 h9 2023
/// 5 county other (no household h9).
enum EmploymentFixture {
    static var households: HouseholdPanel {
        var panel = HouseholdPanel(
            source: "households.csv",
            householdID: TextColumn(["h1", "h1", "h2", "h2", "h3", "h4", "h4", "h5"]),
            year: [2022, 2023, 2022, 2023, 2023, 2022, 2023, 2023],
            householdSize: [4, 4, 3, 3, 2, 5, 5, 2],
            wageIncome: [20000, 24000, 6000, 0, 0, 30000, 36000, 5000],
            operatingIncome: [5000, 4000, 6000, 8000, 3000, 0, 0, 1000],
            propertyIncome: [0, 0, 0, 0, 0, 1000, 1000, 0],
            transferIncome: [5000, 4000, 3000, 4000, 6000, 2000, 2000, 4000],
            productionExpense: [0, 0, 0, 0, 0, 0, 0, 0]
        )
        panel.township = TextColumn(["A", "A", "A", "A", "A", "B", "B", "B"])
        let codes: [HouseholdCategory] = [.alleviated, .alleviated, .marginal, .marginal, .general,
                                          .alleviated, .alleviated, .unstable]
        panel.category = codes.map(\.rawValue)
        panel.laborCount = [2, 2, 1, 1, 0, 3, 3, Missing.integer]
        panel.employedCount = [2, 2, 1, 0, 0, 1, 2, 1]
        panel.employedMonths = [24, 20, 3, 0, 0, 12, 18, 6]
        panel.outOfProvinceCount = [1, 1, 0, 0, 0, 0, 1, 0]
        panel.publicWelfareJobs = [0, 0, 1, 0, 0, 0, 1, Missing.integer]
        panel.weight = [1, 1, 2, 2, 1, 1, 1, 1]
        return panel
    }

    static var workers: WorkerPanel {
        let rows: [(String, String, Int32, Double, WorkLocation, JobType)] = [
            ("p1", "h1", 2022, 12, .outOfProvince, .enterprise),
            ("p2", "h1", 2022, 12, .county, .workshop),
            ("p3", "h2", 2022, 3, .county, .publicWelfare),
            ("p4", "h4", 2022, 12, .province, .enterprise),
            ("p1", "h1", 2023, 12, .outOfProvince, .enterprise),
            ("p2", "h1", 2023, 8, .county, .workshop),
            ("p3", "h2", 2023, 4, .county, .publicWelfare),
            ("p4", "h4", 2023, 10, .province, .enterprise),
            ("p5", "h4", 2023, 8, .outOfProvince, .selfEmployed),
            ("p5", "h5", 2023, 6, .county, .other),
            ("p7", "h9", 2023, 5, .county, .other),
        ]
        var panel = WorkerPanel(
            source: "workers.csv", personID: TextColumn(rows.map(\.0)), householdID: TextColumn(rows.map(\.1)),
            year: rows.map(\.2), monthsEmployed: rows.map(\.3)
        )
        panel.location = rows.map(\.4.rawValue)
        panel.jobType = rows.map(\.5.rawValue)
        return panel
    }
}
