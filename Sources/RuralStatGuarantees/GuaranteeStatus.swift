/// What one household-year's four flags say (SPEC §2.1, §3.2 `guarantee_gap`): which flags
/// are gaps (0), and which are unknown (a missing cell, or a column the file does not have).
///
/// Every household-year is exactly one of: ``hasGap`` (at least one flag is 0, whatever the
/// others are), ``isUndetermined`` (no flag is 0 but at least one is unknown), or
/// ``isClear`` (all four are 1). An unknown flag is never read as guaranteed.
public struct GuaranteeStatus: Sendable, Hashable {
    /// The flags whose cell is 0 (未保障), in ``GuaranteeFlag`` order.
    public var gaps: [GuaranteeFlag]
    /// The flags whose cell is missing, in ``GuaranteeFlag`` order.
    public var unknown: [GuaranteeFlag]

    /// Creates a status.
    public init(gaps: [GuaranteeFlag] = [], unknown: [GuaranteeFlag] = []) {
        self.gaps = gaps
        self.unknown = unknown
    }

    /// `guarantee_gap` / `any_gap`: at least one flag is 0.
    public var hasGap: Bool { !gaps.isEmpty }

    /// No flag is 0 but at least one is unknown: counted in `missing_flags`, not as guaranteed.
    public var isUndetermined: Bool { gaps.isEmpty && !unknown.isEmpty }

    /// All four flags are 1.
    public var isClear: Bool { gaps.isEmpty && unknown.isEmpty }
}
