import RuralStatCore

/// Growth incidence: how the pci of each decile of the distribution grew between two years.
///
/// Decile d (1…9) is the weighted quantile of pci over persons at p = d/10, by the SPEC §3
/// rule, taken in each year from that year's households of the group (anonymous: the
/// households at a decile need not be the same in both years, as in Ravallion and Chen's
/// growth incidence curve). A curve that falls from left to right means the poorer deciles
/// grew faster. The group's own PCI growth is in the main income table.
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

    /// The growth incidence of every group of `analysis` from `fromYear` to `toYear`.
    ///
    /// Groups without households in either year are left out.
    /// - Precondition: `fromYear < toYear`.
    public init(_ analysis: IncomeAnalysis, from fromYear: Int, to toYear: Int) {
        precondition(fromYear < toYear, "growth incidence needs an earlier and a later year")
        self.fromYear = fromYear
        self.toYear = toYear
        let probabilities = (1...9).map { Double($0) / 10 }
        let span = Double(toYear - fromYear)
        var points: [Point] = []
        for group in 0..<analysis.grouping.count {
            guard let before = analysis.sample(year: fromYear, group: group)?.quantiles(probabilities),
                  let after = analysis.sample(year: toYear, group: group)?.quantiles(probabilities)
            else { continue }
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
    }
}
