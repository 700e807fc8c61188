/// A household's employment stability in one year, on a scale of 0 to 100 (就业稳定指数).
///
/// The index combines the three things SPEC §3.3 watches per household:
///
/// - coverage *c* = min(employed / labour, 1): how much of the household's labour works;
/// - months *m* = min(employed_months / (12 · employed), 1): how much of the year its workers
///   worked (0 when nobody works);
/// - persistence *p* = 1 when the household had a worker both last year and this year, else 0.
///
/// index = 100 · (w꜀·c + wₘ·m + wₚ·p) / (w꜀ + wₘ + wₚ), with the standard weights
/// 0.4, 0.4 and 0.2. When the household has no record for the year before, persistence is
/// unknown and the index is 100 · (w꜀·c + wₘ·m) / (w꜀ + wₘ): a first year neither earns nor
/// loses the persistence points. The index is undefined for a household without labour
/// (nothing to employ) and for one whose labour or worker count is missing.
///
/// See the article *The stability index* for a worked example.
public struct StabilityIndex: Sendable, Hashable {
    /// The weight of coverage.
    public var coverageWeight: Double
    /// The weight of months worked.
    public var monthsWeight: Double
    /// The weight of year-to-year persistence.
    public var persistenceWeight: Double

    /// The standard index: coverage 0.4, months 0.4, persistence 0.2.
    public static let standard = StabilityIndex(coverage: 0.4, months: 0.4, persistence: 0.2)

    /// Creates an index with the given weights.
    ///
    /// - Precondition: the weights are non-negative and coverage plus months is positive.
    public init(coverage: Double, months: Double, persistence: Double) {
        precondition(coverage >= 0 && months >= 0 && persistence >= 0 && coverage + months > 0,
                     "stability index weights must be non-negative, coverage + months positive")
        coverageWeight = coverage
        monthsWeight = months
        persistenceWeight = persistence
    }

    /// The index of one household-year, 0–100, or `nil` when it is undefined.
    ///
    /// - Parameters:
    ///   - labor: `labor_count`, or `nil` when missing.
    ///   - employed: `employed_count`, or `nil` when missing.
    ///   - months: `employed_months` (the household's total), or `nil` when missing; counted
    ///     as 0 when nobody works.
    ///   - persistent: whether a worker was in the household both last year and this year;
    ///     `nil` when there is no record of last year.
    public func score(labor: Int32?, employed: Int32?, months: Double?, persistent: Bool?) -> Double? {
        guard let labor, let employed, labor >= 1 else { return nil }
        let coverage = min(Double(employed) / Double(labor), 1)
        let intensity: Double
        if employed == 0 {
            intensity = 0
        } else {
            guard let months else { return nil }
            intensity = min(months / (12 * Double(employed)), 1)
        }
        var total = coverageWeight * coverage + monthsWeight * intensity
        var weights = coverageWeight + monthsWeight
        if let persistent {
            total += persistent ? persistenceWeight : 0
            weights += persistenceWeight
        }
        return 100 * total / weights
    }
}
