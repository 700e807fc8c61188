import RuralStatCore

/// The employment metrics of one group in one year (SPEC §3.3, the `employment` table of
/// SPEC §4.1). Sums are weighted by the household weight w; `nil` is undefined.
///
/// A record whose `labor_count` or `employed_count` cell is missing adds nothing to the sums
/// and denominators that need that cell (it still counts in ``households``); a metric with
/// no known cell at all is `nil`, never 0.
public struct EmploymentGroupYear: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// The group's index in the grouping (``EmploymentGroupTable/groupLabels``).
    public var group: Int
    /// The number of household records (unweighted).
    public var records: Int
    /// `households`: Σ w.
    public var households: Double
    /// `labor`: Σ w·labor_count (劳动力).
    public var labor: Double?
    /// `workers`: Σ w·employed_count (务工人数).
    public var workers: Double?
    /// `workers_change`: workers − the group's workers of t−1, counting all of the group's
    /// records in each year (cross-section, as the county's 务工就业规模 is counted).
    public var workersChange: Double?
    /// `zero_employment_households` (零就业家庭): Σ w over labour ≥ 1 and no worker.
    public var zeroEmploymentHouseholds: Double?
    /// `households_with_labor`: Σ w over labour ≥ 1 (with employed_count known).
    public var householdsWithLabor: Double?
    /// `covered`: Σ w over labour ≥ 1 and employed ≥ 1.
    public var covered: Double?
    /// `coverage`: covered / households with labour.
    public var coverage: Double?
    /// `persistent`: Σ w over households with a worker in both t−1 and t (membership by the
    /// year-t record).
    public var persistent: Double?
    /// `employment_rate`: Σ w·employed / Σ w·labor.
    public var employmentRate: Double?
    /// `mean_months`: Σ w·employed_months / Σ w·employed_count, months per worker.
    public var meanMonths: Double?
    /// `stable_share`: Σ w·[months_employed ≥ stable months] / Σ w over the group's worker
    /// rows; `nil` without a workers file.
    public var stableShare: Double?
    /// `wage_share`: Σ w·wage / Σ w·gross; undefined when Σ w·gross ≤ 0.
    public var wageShare: Double?
    /// `wage_share_change`: wage share − the group's wage share of t−1 (cross-section).
    public var wageShareChange: Double?
    /// `out_of_province_workers`: Σ w·out_of_province_count (省外务工).
    public var outOfProvinceWorkers: Double?
    /// `public_welfare_jobs`: Σ w·public_welfare_jobs (公益岗位).
    public var publicWelfareJobs: Double?
    /// `stability_index`: the w-weighted mean ``StabilityIndex`` of the households where it is defined.
    public var stabilityIndex: Double?
    /// `worker_rows`: Σ w over the group's worker rows (workers file).
    public var workerRows: Double?
    /// `stable_workers`: Σ w over worker rows with months_employed ≥ stable months.
    public var stableWorkers: Double?
    /// `workers_kept`: Σ w over worker rows with months worked whose person also worked
    /// (months > 0) the year before, in any household.
    public var workersKept: Double?
    /// Σ w over worker rows by ``RuralStatData/WorkLocation`` (县内 / 省内县外 / 省外), in
    /// `allCases` order; `nil` when the workers file has no location column.
    public var locations: [Double]?
    /// Σ w over worker rows by ``RuralStatData/JobType``, in `allCases` order; `nil` when the
    /// workers file has no job_type column.
    public var jobTypes: [Double]?
}
