/// The metric names targets can ask for, by the analysis that serves them.
public enum MetricCatalog {
    /// Served by the income analysis (`ruralstat income`).
    public static let income: Set<String> = [
        "pci", "growth", "median", "wage_share", "operating_income_per_capita",
        "households_below_line", "persons_below_line", "share_below_line",
    ]

    /// Served by the employment analysis (`ruralstat employment`).
    public static let employment: Set<String> = [
        "workers", "labor", "coverage", "zero_employment_households", "wage_share", "stable_share",
    ]

    /// Served by the "三保障" and safe-water analysis (`ruralstat guarantees`).
    public static let guarantees: Set<String> = [
        "education_gap", "medical_gap", "housing_gap", "water_gap", "any_gap", "missing_flags", "persons_with_gap",
        "education_gap_share", "medical_gap_share", "housing_gap_share", "water_gap_share", "any_gap_share",
    ]

    /// Every metric some analysis serves.
    public static var all: Set<String> { income.union(employment).union(guarantees) }
}
