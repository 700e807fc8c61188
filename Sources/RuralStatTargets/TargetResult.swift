import RuralStatCore

/// One target judged for one county or group and one year (SPEC §3.1, §4.1).
public struct TargetResult: Sendable, Hashable {
    /// The target judged.
    public let target: Target
    /// The row's county (county level) or group (group level): an index in that level's
    /// grouping, which numbers counties and groups in sorted order of their labels.
    public let group: Int
    /// The labels of the row, one per `--by` dimension (`["all"]` without grouping). A
    /// county-level row holds its county in a `county` dimension and `all` in the others.
    public let groupLabels: [String]
    /// For a county-level row, the county (`nil` when the file has no `county` column and the
    /// row is the whole file); `nil` for a group-level row.
    public let county: String?
    /// The year judged.
    public let year: Int
    /// The measured value; `nil` when undefined.
    public let value: Double?
    /// What the value is compared with; `nil` when undefined (no previous year).
    public let threshold: Double?
    /// Whether the value reaches the threshold; `nil` when it cannot be decided. A level
    /// target is met only when PCI ≥ L, in every year.
    public let met: Bool?
    /// value − threshold.
    public let gap: Double?
    /// For a ``TargetKind/level`` target before its year T: the growth still needed each year,
    /// (L / PCI_t)^(1/(T−t)) − 1.
    public let requiredGrowth: Double?
    /// For a ``TargetKind/level`` target before its year T: the population's growth in the year
    /// (``RuralStatCore/Metric/growth``, in the analysis's panel mode), the growth that
    /// ``onTrack`` compares with ``requiredGrowth``.
    public let growth: Double?
    /// For a ``TargetKind/level`` target before its year T: whether ``growth`` reached
    /// ``requiredGrowth``, so that growing as fast every year reaches L by T.
    public let onTrack: Bool?

    /// The target's identifier.
    public var id: String { target.id }
    /// The target's kind.
    public var kind: TargetKind { target.kind }
    /// The metric compared.
    public var metric: String { target.metric }
    /// Where the target is judged.
    public var level: TargetLevel { target.level }
    /// The households judged.
    public var population: Population { target.population }
}
