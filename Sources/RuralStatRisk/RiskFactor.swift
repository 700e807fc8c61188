/// A factor of the risk score: a group of the model's predictors that a field worker reads as
/// one reason (SPEC §3.2 indicators, income make-up, employment, household traits, history and
/// the income outlook).
public enum RiskFactor: String, Sendable, Hashable, CaseIterable {
    /// pci against the line (below, near, far above).
    case incomeLevel = "income_level"
    /// pci_change against last year (a drop, or a rise that may not last).
    case incomeChange = "income_change"
    /// pci against the household's own earlier years.
    case aboveUsual = "above_usual"
    /// Wage share of gross income.
    case wageShare = "wage_share"
    /// Operating (farm, business) share of gross income.
    case operatingShare = "operating_share"
    /// Transfer share of gross income.
    case transferShare = "transfer_share"
    /// Labour ≥ 1 and nobody employed.
    case zeroEmployment = "zero_employment"
    /// Fewer workers than last year.
    case employmentDrop = "employment_drop"
    /// Little labour or few of it employed.
    case fewWorkers = "few_workers"
    /// Months worked per worker.
    case workMonths = "work_months"
    /// Workers outside the province.
    case outOfProvince = "out_of_province"
    /// A public-welfare job (公益岗位).
    case publicWelfare = "public_welfare"
    /// The number of members.
    case householdSize = "household_size"
    /// The household's category.
    case category
    /// Medical expense this year and last year.
    case medical
    /// Education expense.
    case education
    /// A basic guarantee not met.
    case guaranteeGap = "guarantee_gap"
    /// How often the village's households fell back in earlier years.
    case village
    /// How often this household fell back in earlier years.
    case history
    /// The income outlook model's probability of next year's event.
    case outlook
}
