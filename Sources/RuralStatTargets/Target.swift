import RuralStatCore

/// One policy target: what is measured, for whom, in which years, against what (SPEC §3.1).
///
/// A target is evaluated for every group of the report (`--by`) and every year in its range;
/// each evaluation gives a ``TargetResult``.
public struct Target: Sendable, Hashable {
    /// Where a ``TargetKind/relative`` target takes the growth it must beat.
    public enum Reference: Sendable, Hashable {
        /// The growth of these categories in the same group and year (Gansu: `general` farmers).
        case population(Set<HouseholdCategory>)
        /// A growth rate per year given in the file (e.g. the county's rural income growth).
        case series([Int: Double])
    }

    /// A short identifier, unique in its set, e.g. `wenshan-growth-2022`.
    public var id: String
    /// The kind of comparison.
    public var kind: TargetKind
    /// The metric read from the analysis (see ``MetricSource``); the kind's default if omitted.
    public var metric: String
    /// The households the target is about, by category; `nil` means every household.
    public var population: Set<HouseholdCategory>?
    /// The first year evaluated; `nil` means the first year of the data.
    public var firstYear: Int?
    /// The last year evaluated; `nil` means the last year of the data.
    public var lastYear: Int?
    /// The value to reach (rate, yuan, count or share); `nil` for ``TargetKind/trend`` and for
    /// ceilings and floors that compare with last year.
    public var threshold: Double?
    /// For ``TargetKind/level``: the year T by which the level must be reached.
    public var byYear: Int?
    /// For ``TargetKind/relative``: the growth to beat.
    public var reference: Reference?
    /// For ``TargetKind/relative``: how much faster (a rate, e.g. 0.01); 0 by default.
    public var margin: Double
    /// For the `*_below_line` metrics: which line.
    public var line: LineChoice?
    /// The plan's own words, shown by `ruralstat targets show`.
    public var note: String

    /// Creates a target; `metric` defaults to the kind's ``TargetKind/defaultMetric``.
    public init(
        id: String, kind: TargetKind, metric: String? = nil, population: Set<HouseholdCategory>? = nil,
        firstYear: Int? = nil, lastYear: Int? = nil, threshold: Double? = nil, byYear: Int? = nil,
        reference: Reference? = nil, margin: Double = 0, line: LineChoice? = nil, note: String = ""
    ) {
        self.id = id
        self.kind = kind
        self.metric = metric ?? kind.defaultMetric ?? ""
        self.population = population
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.threshold = threshold
        self.byYear = byYear
        self.reference = reference
        self.margin = margin
        self.line = line
        self.note = note
    }
}
