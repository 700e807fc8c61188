/// The income measures of one group in one year (SPEC §3; one row of the `income` table).
///
/// Money is yuan per year; PCI and quantiles are yuan per person. Shares and growth rates are
/// fractions (0.12 = 12%). A measure that is undefined — growth without a previous year, a
/// Gini of incomes summing to zero, FGT without a line — is `nil`.
public struct IncomeCell: Sendable, Hashable {
    /// The year t.
    public let year: Int
    /// The group, an index into ``IncomeAnalysis/grouping``'s labels.
    public let group: Int
    /// The number of household records of the group in year t (unweighted).
    public let households: Int
    /// Σ w (households, weighted).
    public let weightedHouseholds: Double
    /// Σ w·household_size: the persons the records stand for.
    public let persons: Double
    /// PCI_G,t = Σ w·net / Σ w·household_size over every household of the group in t.
    public let pci: Double
    /// The year-t PCI of the households compared with t−1: in balanced mode those with a
    /// t−1 record (membership by the year-t record); in cross-section mode ``pci`` itself.
    public let pciBalanced: Double?
    /// PCI of the comparison in t−1: the same households' t−1 records (balanced) or the
    /// group's whole t−1 PCI (cross-section).
    public let pciPrevious: Double?
    /// g_G,t = ``pciBalanced`` / ``pciPrevious`` − 1, defined when the previous PCI is positive.
    public let growth: Double?
    /// Weighted quantiles of pci over persons at 0.10, 0.25, 0.50, 0.75 and 0.90.
    public let quantiles: IncomeQuantiles
    /// The Gini coefficient of pci over persons, ×100 (SPEC formula).
    public let gini: Double?
    /// The year's line z_t, when one is set.
    public let line: Double?
    /// FGT0, FGT1 and FGT2 of pci over persons at ``line``.
    public let poverty: PovertyMeasures?
    /// Σ w·wage / Σ w·gross; undefined when Σ w·gross ≤ 0.
    public let wageShare: Double?
    /// 家庭经营净收入比重: Σ w·(operating − production_expense) / Σ w·net, the share of net
    /// income that the household's own production earns after its expenses; undefined when
    /// Σ w·net ≤ 0.
    public let operatingNetShare: Double?
    /// Per-capita income components: Σ w·component / Σ w·household_size.
    public let perCapita: IncomeComponents
    /// The share (Σ w) of households with a defined own growth g_h,t (pci_h,t−1 > 0) whose
    /// growth reached the analysis's growth rate; `nil` when no rate was asked or no
    /// household of the group has a defined growth.
    public let shareMetGrowth: Double?
}

/// The five weighted quantiles of pci reported per group-year, yuan per person.
public struct IncomeQuantiles: Sendable, Hashable {
    /// P10.
    public let p10: Double
    /// P25.
    public let p25: Double
    /// The median, P50.
    public let median: Double
    /// P75.
    public let p75: Double
    /// P90.
    public let p90: Double

    /// The probabilities, ascending: 0.10, 0.25, 0.50, 0.75, 0.90.
    public static let probabilities = [0.10, 0.25, 0.50, 0.75, 0.90]

    /// The quantiles in the order of ``probabilities``.
    public var values: [Double] { [p10, p25, median, p75, p90] }
}

/// The income components of SPEC §2.1 per person, yuan per person per year.
public struct IncomeComponents: Sendable, Hashable {
    /// Wage income (工资性收入) per person.
    public let wage: Double
    /// Gross operating income (生产经营性收入) per person.
    public let operating: Double
    /// Property income (财产性收入) per person.
    public let property: Double
    /// Transfer income (转移性收入) per person.
    public let transfer: Double
    /// Production expense (生产经营性支出) per person.
    public let productionExpense: Double
}
