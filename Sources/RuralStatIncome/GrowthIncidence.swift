import RuralStatCore
import RuralStatText

/// Growth incidence: how the pci of each decile of the distribution grew between two years.
///
/// Decile d (1…9) is the weighted quantile of pci over persons at p = d/10, by the SPEC §3
/// rule, taken in each year over the group's households, following the analysis's
/// ``PanelMode`` as the group's growth does:
///
/// - ``PanelMode/balanced``: only households with a record in both years. Membership of the
///   group (and of the analysis's population) is decided by the later year's record; the
///   earlier distribution is of the same households' earlier records, with their weights then.
/// - ``PanelMode/crossSection``: every household of the group in each year.
///
/// Either way the curve is anonymous: the households at a decile need not be the same in both
/// years, as in Ravallion and Chen's growth incidence curve. A curve that falls from left to
/// right means the poorer deciles grew faster. A group with no household to compare in one of
/// the years has no points and is listed in ``leftOut`` with the reason.
public struct GrowthIncidence: Sendable {
    /// One decile of one group.
    public struct Point: Sendable, Hashable {
        /// The group, an index into the analysis's grouping labels.
        public let group: Int
        /// The decile, 1…9 (the quantile at p = decile/10).
        public let decile: Int
        /// The decile's pci in the first year, yuan per person.
        public let from: Double
        /// The decile's pci in the second year, yuan per person.
        public let to: Double
        /// to / from − 1 over the whole span; `nil` unless `from` > 0.
        public let growth: Double?
        /// (to / from)^(1/years) − 1, the yearly rate; `nil` unless both are positive.
        public let annualGrowth: Double?
    }

    /// The first year.
    public let fromYear: Int
    /// The second year.
    public let toYear: Int
    /// Nine points per group present in both years, by group then decile.
    public let points: [Point]
    /// Which households were compared: the analysis's panel mode.
    public let mode: PanelMode

    /// A group of the analysis with no points, and why.
    public struct LeftOutGroup: Sendable, Hashable {
        /// The group, an index into the analysis's grouping labels.
        public let group: Int
        /// Why: `no household in 2021`, or, balanced, `no household with records in both
        /// 2021 and 2023`.
        public let reason: LocalizedText
    }

    /// The groups with households in at least one of the two years but no points, in group order.
    public let leftOut: [LeftOutGroup]

    /// The growth incidence of every group of `analysis` from `fromYear` to `toYear`.
    ///
    /// Groups without households to compare in either year have no points (``leftOut``).
    /// - Precondition: `fromYear < toYear`.
    /// - Complexity: O(n log n) in the panel's rows.
    public init(_ analysis: IncomeAnalysis, from fromYear: Int, to toYear: Int) {
        precondition(fromYear < toYear, "growth incidence needs an earlier and a later year")
        self.fromYear = fromYear
        self.toYear = toYear
        mode = analysis.mode
        let probabilities = (1...9).map { Double($0) / 10 }
        let span = Double(toYear - fromYear)
        let balanced = analysis.mode == .balanced ? Self.balancedSamples(analysis, from: fromYear, to: toYear) : nil
        var points: [Point] = []
        var leftOut: [LeftOutGroup] = []
        for group in 0..<analysis.grouping.count {
            let samples = balanced.map { ($0.before[group], $0.after[group]) }
                ?? (analysis.sample(year: fromYear, group: group), analysis.sample(year: toYear, group: group))
            guard let before = samples.0?.quantiles(probabilities), let after = samples.1?.quantiles(probabilities) else {
                let inFrom = analysis.sample(year: fromYear, group: group) != nil
                let inTo = analysis.sample(year: toYear, group: group) != nil
                if inFrom && inTo {
                    leftOut.append(LeftOutGroup(group: group, reason: LocalizedText(
                        en: "no household with records in both \(fromYear) and \(toYear)",
                        zh: "没有农户在\(fromYear)年和\(toYear)年都有记录")))
                } else if inFrom || inTo {
                    leftOut.append(LeftOutGroup(group: group, reason: LocalizedText(
                        en: "no household in \(inFrom ? toYear : fromYear)", zh: "\(inFrom ? toYear : fromYear)年没有农户")))
                }
                continue
            }
            for d in 0..<9 {
                let (from, to) = (before[d], after[d])
                points.append(Point(
                    group: group, decile: d + 1, from: from, to: to,
                    growth: from > 0 ? to / from - 1 : nil,
                    annualGrowth: from > 0 && to > 0 ? PortableMath.exp(PortableMath.log(to / from) / span) - 1 : nil
                ))
            }
        }
        self.points = points
        self.leftOut = leftOut
    }

    /// Per group, the pci samples of the households with records in both years: grouped by
    /// their `toYear` record (which also decides the population), `before` from their
    /// `fromYear` records; `nil` for a group with none.
    private static func balancedSamples(
        _ analysis: IncomeAnalysis, from fromYear: Int, to toYear: Int
    ) -> (before: [WeightedSample?], after: [WeightedSample?]) {
        let panel = analysis.panel
        let included = analysis.population.membership(of: panel, previous: analysis.previous)
        var earlierRow: [UInt32: Int] = [:]
        for row in 0..<panel.count where Int(panel.year[row]) == fromYear { earlierRow[panel.householdID.codes[row]] = row }
        let groups = analysis.grouping.count
        var values = [(before: [Double], beforeWeights: [Double], after: [Double], afterWeights: [Double])](
            repeating: ([], [], [], []), count: groups)
        for row in 0..<panel.count where Int(panel.year[row]) == toYear && included?[row] ?? true {
            guard let earlier = earlierRow[panel.householdID.codes[row]] else { continue }
            let group = Int(analysis.grouping.groupOfRow[row])
            values[group].after.append(panel.pci(row))
            values[group].afterWeights.append(panel.weight(row) * Double(panel.householdSize[row]))
            values[group].before.append(panel.pci(earlier))
            values[group].beforeWeights.append(panel.weight(earlier) * Double(panel.householdSize[earlier]))
        }
        let sample = { (v: [Double], w: [Double]) in v.isEmpty ? nil : WeightedSample(values: v, weights: w) }
        return (values.map { sample($0.before, $0.beforeWeights) }, values.map { sample($0.after, $0.afterWeights) })
    }
}
