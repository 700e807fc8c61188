/// The "三保障" and safe-water metrics of one group in one year (the `guarantees` table).
/// Sums are weighted by the household weight w; `nil` is undefined.
///
/// Each household-year is in exactly one of ``anyGap``, ``missingFlags`` and ``noGap`` (see
/// ``GuaranteeStatus``), so the three add up to ``households``.
public struct GuaranteesGroupYear: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// The group's index in the grouping (``GuaranteesTable/groupLabels``).
    public var group: Int
    /// The number of household records (unweighted).
    public var records: Int
    /// `households`: Σ w.
    public var households: Double
    /// `persons`: Σ w·household_size.
    public var persons: Double
    /// Σ w over households whose flag is 0, per ``GuaranteeFlag`` (indexed by its raw value);
    /// `nil` for a flag whose column the file does not have.
    public var flagGaps: [Double?]
    /// Σ w over households whose flag is known (0 or 1), per ``GuaranteeFlag``.
    public var flagKnown: [Double]
    /// `any_gap`: Σ w over households with at least one flag 0.
    public var anyGap: Double
    /// `missing_flags`: Σ w over households with no flag 0 and at least one flag unknown.
    public var missingFlags: Double
    /// `no_gap`: Σ w over households with all four flags 1.
    public var noGap: Double
    /// `persons_with_gap`: Σ w·household_size over the households with a gap.
    public var personsWithGap: Double
    /// `persistent_gap`: Σ w over households with a gap this year whose record of the year
    /// before also had one (membership by the year-t record).
    public var persistentGap: Double
    /// `any_gap_change`: any_gap − the group's any_gap of t−1 (all of the group's records in
    /// each year); `nil` when the group has no record in t−1.
    public var anyGapChange: Double?
    /// `any_gap_share_change`: any_gap_share − the group's any_gap_share of t−1.
    public var anyGapShareChange: Double?

    /// Σ w over households whose `flag` is 0; `nil` when the file has no such column.
    public func gap(_ flag: GuaranteeFlag) -> Double? { flagGaps[flag.rawValue] }

    /// `<flag>_gap_share`: the households whose `flag` is 0 among those whose `flag` is known;
    /// `nil` when none is known.
    public func gapShare(_ flag: GuaranteeFlag) -> Double? {
        guard let gap = gap(flag), flagKnown[flag.rawValue] > 0 else { return nil }
        return gap / flagKnown[flag.rawValue]
    }

    /// `any_gap_share`: any_gap / (households − missing_flags), the share of households with a
    /// gap among those whose status is known; `nil` when no status is known.
    public var anyGapShare: Double? {
        let assessed = anyGap + noGap
        return assessed > 0 ? anyGap / assessed : nil
    }
}
