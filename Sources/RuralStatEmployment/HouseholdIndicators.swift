/// The employment indicators of one household-year (SPEC §3.3); `nil` is undefined.
///
/// A missing `labor_count` or `employed_count` cell makes every indicator that needs it
/// undefined: a missing count is never read as zero.
public struct HouseholdIndicators: Sendable, Hashable {
    /// `labor_count` (劳动力人数), or `nil` when missing.
    public var labor: Int32?
    /// `employed_count` (务工人数), or `nil` when missing.
    public var employed: Int32?
    /// `covered`: labour ≥ 1 and employed ≥ 1.
    public var covered: Bool?
    /// `zero_employment` (零就业家庭): labour ≥ 1 and employed = 0.
    public var zeroEmployment: Bool?
    /// `employment_rate` = employed / labour; undefined without labour.
    public var employmentRate: Double?
    /// `months_intensity` = employed_months / (12 · employed); undefined without a worker.
    public var monthsIntensity: Double?
    /// `persistent`: employed ≥ 1 in both t−1 and t; undefined without a record of t−1.
    public var persistent: Bool?
    /// The household's wage share, wage / gross; undefined when gross ≤ 0.
    public var wageShare: Double?
    /// The ``StabilityIndex``, 0–100.
    public var stabilityIndex: Double?
}
