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

    /// Every metric some analysis serves.
    public static var all: Set<String> { income.union(employment) }
}
