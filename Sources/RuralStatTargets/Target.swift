import RuralStatCore

/// One policy target: what is measured, for whom, where, in which years, against what (SPEC §3.1).
///
/// A target is judged at its ``level``: once per county (``TargetLevel/county``) or in every
/// group of the report (``TargetLevel/group``), every year in its range; each judgement gives a
/// ``TargetResult``.
public struct Target: Sendable, Hashable {
    /// Where a ``TargetKind/relative`` target takes the growth it must beat.
    public enum Reference: Sendable, Hashable {
        /// The growth of this population in the same place and year (Gansu: `general` farmers
        /// for "当地农民"), judged over the group's places: with `--by category` the whole county,
        /// with `--by township` the same township.
        case population(Population)
        /// A growth rate per year given in the file (e.g. the county's published rural income growth).
        case series([Int: Double])
    }

    /// A short identifier, unique in its set, e.g. `workers-7400`.
    public var id: String
    /// The kind of comparison.
    public var kind: TargetKind
    /// The metric read from the analysis: a key of the registry (``RuralStatCore/Metric/all``).
    public var metric: String
    /// Where the target is judged.
    public var level: TargetLevel
    /// The households the target is about.
    public var population: Population
    /// The first year judged; `nil` means the first year of the data that can be judged.
    public var firstYear: Int?
    /// The last year judged; `nil` means the last year of the data.
    public var lastYear: Int?
    /// The value to reach (rate, yuan, count or share); `nil` for ``TargetKind/trend`` and for
    /// ceilings and floors that compare with last year or with ``baseYear``.
    public var threshold: Double?
    /// For ``TargetKind/level``: the year T by which the level must be reached.
    public var byYear: Int?
    /// For trends, ceilings and floors without a threshold: compare with this year's value
    /// instead of the year before's (Fangcheng: "家庭经营净收入比重高于2021年度").
    public var baseYear: Int?
    /// For ``TargetKind/relative``: the growth to beat.
    public var reference: Reference?
    /// For ``TargetKind/relative``: how much faster (a rate, e.g. 0.01); 0 by default.
    public var margin: Double
    /// For the `*_below_line` metrics: which line.
    public var line: LineChoice?
    /// The plan's own sentence, in Chinese, verbatim: shown by `ruralstat targets show` and, with
    /// `--lang zh`, as the target's name.
    public var source: String
    /// How the sentence is read (population, level, years, proxies), for people.
    public var note: String
    /// ``note`` in Chinese (`note_zh` in a targets file), shown with `--lang zh`; empty when
    /// the file gives none, and ``note`` is shown then.
    public var chineseNote: String

    /// Creates a target; `metric` defaults to the kind's ``TargetKind/defaultMetric`` and
    /// `level` to the metric's ``TargetLevel/default(for:)``.
    public init(
        id: String, kind: TargetKind, metric: String? = nil, level: TargetLevel? = nil,
        population: Population = .everyone, firstYear: Int? = nil, lastYear: Int? = nil, threshold: Double? = nil,
        byYear: Int? = nil, baseYear: Int? = nil, reference: Reference? = nil, margin: Double = 0,
        line: LineChoice? = nil, source: String = "", note: String = "", chineseNote: String = ""
    ) {
        self.id = id
        self.kind = kind
        self.metric = metric ?? kind.defaultMetric ?? ""
        self.level = level ?? Metric.named(self.metric).map(TargetLevel.default(for:)) ?? .group
        self.population = population
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.threshold = threshold
        self.byYear = byYear
        self.baseYear = baseYear
        self.reference = reference
        self.margin = margin
        self.line = line
        self.source = source
        self.note = note
        self.chineseNote = chineseNote
    }
}
