/// Which households a group's growth compares (SPEC §3, `--panel`).
public enum PanelMode: String, CaseIterable, Sendable, Hashable {
    /// Only households with a record in both t−1 and t. Membership of a group is decided by
    /// the year-t record; the same households' t−1 records (with their t−1 weights) give the
    /// previous PCI. The default: growth then measures the households, not turnover.
    case balanced
    /// Every record of year t−1 whose own fields put it in the group: the previous PCI is the
    /// group's whole PCI of t−1.
    case crossSection = "cross-section"
}
