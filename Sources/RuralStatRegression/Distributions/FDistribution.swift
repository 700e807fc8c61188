/// The F distribution with d₁ (numerator) and d₂ (denominator) degrees of freedom, as R's `pf`.
///
/// P(F > f) = I_{d₂/(d₂ + d₁f)}(d₂/2, d₁/2), through ``IncompleteBeta`` with both beta
/// arguments formed without cancellation, so small upper-tail probabilities (the p-value of a
/// regression's F statistic) keep full relative accuracy.
public struct FDistribution: Sendable, Equatable {
    /// The numerator degrees of freedom d₁ (> 0).
    public let numeratorDegreesOfFreedom: Double
    /// The denominator degrees of freedom d₂ (> 0).
    public let denominatorDegreesOfFreedom: Double

    /// The distribution F(d₁, d₂).
    ///
    /// - Precondition: both degrees of freedom are positive.
    public init(numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) {
        precondition(numeratorDegreesOfFreedom > 0 && denominatorDegreesOfFreedom > 0,
                     "degrees of freedom must be positive")
        self.numeratorDegreesOfFreedom = numeratorDegreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }

    /// P(F > f) (R: `pf(f, d1, d2, lower.tail = FALSE)`); 1 for f ≤ 0, NaN for NaN.
    public func upperTailProbability(_ f: Double) -> Double { tails(f).upper }

    /// P(F ≤ f) (R: `pf(f, d1, d2)`).
    public func cumulativeProbability(_ f: Double) -> Double { tails(f).lower }

    private func tails(_ f: Double) -> (lower: Double, upper: Double) {
        guard !f.isNaN else { return (.nan, .nan) }
        guard f > 0 else { return (0, 1) }
        guard f.isFinite else { return (1, 0) }
        let (d1, d2) = (numeratorDegreesOfFreedom, denominatorDegreesOfFreedom)
        let sum = d2 + d1 * f
        let tails = IncompleteBeta.tails(a: d2 / 2, b: d1 / 2, x: d2 / sum, y: d1 * f / sum)
        return (tails.upper, tails.lower)
    }
}
