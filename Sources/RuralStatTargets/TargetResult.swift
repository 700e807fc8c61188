/// One target evaluated for one group and year (SPEC §3.1, §4.1).
public struct TargetResult: Sendable, Hashable {
    /// The target's identifier.
    public let id: String
    /// The target's kind.
    public let kind: TargetKind
    /// The metric compared.
    public let metric: String
    /// The group's labels, one per `--by` dimension (`["all"]` without grouping).
    public let groupLabels: [String]
    /// The year evaluated.
    public let year: Int
    /// The measured value; `nil` when undefined.
    public let value: Double?
    /// What the value is compared with; `nil` when undefined (no previous year).
    public let threshold: Double?
    /// Whether the target is met; `nil` when it cannot be decided. For a ``TargetKind/level``
    /// target before its year T, whether the latest growth keeps pace with what is needed.
    public let met: Bool?
    /// value − threshold.
    public let gap: Double?
    /// For a ``TargetKind/level`` target before year T: (L / PCI_t)^(1/(T−t)) − 1.
    public let requiredGrowth: Double?
}
