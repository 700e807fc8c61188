import Foundation

/// Student's t distribution with ν degrees of freedom: tail probabilities, density and
/// quantiles, as R's `pt`, `dt` and `qt`.
///
/// P(T ≤ −|t|) = ½·I_{ν/(ν+t²)}(ν/2, ½), evaluated through ``IncompleteBeta`` with both
/// arguments of the beta formed without cancellation, so tail probabilities keep full relative
/// accuracy far into the tail (two-sided p-values of 1e-100 are exact to about 1e-13).
public struct StudentT: Sendable, Equatable {
    /// The degrees of freedom ν (> 0; need not be whole).
    public let degreesOfFreedom: Double

    /// The distribution with `degreesOfFreedom` ν.
    ///
    /// - Precondition: ν > 0.
    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(T > |t|) + P(T < −|t|): the two-sided p-value of a t statistic. NaN for NaN.
    public func twoSidedPValue(_ t: Double) -> Double {
        guard !t.isNaN else { return .nan }
        guard t.isFinite else { return 0 }
        let (x, y) = betaArguments(t)
        return IncompleteBeta.tails(a: degreesOfFreedom / 2, b: 0.5, x: x, y: y).lower
    }

    /// P(T ≤ t) (R: `pt(t, df)`).
    public func cumulativeProbability(_ t: Double) -> Double {
        guard !t.isNaN else { return .nan }
        let tail = oneTail(t)
        return t <= 0 ? tail : 1 - tail
    }

    /// P(T > t) (R: `pt(t, df, lower.tail = FALSE)`).
    public func upperTailProbability(_ t: Double) -> Double {
        guard !t.isNaN else { return .nan }
        let tail = oneTail(t)
        return t >= 0 ? tail : 1 - tail
    }

    /// The density at t (R: `dt(t, df)`):
    /// Γ((ν+1)/2) / (√(νπ)·Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2) = (1 + t²/ν)^(−(ν+1)/2) / (√ν·B(ν/2, ½)).
    public func density(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        return exp(-IncompleteBeta.logBeta(nu / 2, 0.5) - 0.5 * log(nu) - (nu + 1) / 2 * log1p(t * t / nu))
    }

    /// The p-quantile: the t with P(T ≤ t) = p (R: `qt(p, df)`).
    ///
    /// Found by safeguarded Newton iteration on the smaller tail: a bracket [0, hi] is doubled
    /// until it holds the root, then each Newton step that would leave the bracket is replaced
    /// by bisection, until the step is below 1e-15 relative. −∞ for p = 0, +∞ for p = 1.
    ///
    /// - Precondition: 0 ≤ p ≤ 1.
    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "probability must lie in [0, 1]")
        if p == 0.5 { return 0 }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let target = min(p, 1 - p)
        var (low, high) = (0.0, 1.0)
        while oneTail(high) > target {
            low = high
            high *= 2
        }
        var x = (low + high) / 2
        for _ in 0..<400 {
            let excess = oneTail(x) - target  // decreasing in x
            if excess > 0 { low = x } else { high = x }
            var next = x + excess / density(x)
            if !(next > low && next < high) { next = (low + high) / 2 }
            let step = abs(next - x)
            x = next
            if step <= 1e-15 * x || high - low <= 1e-15 * x { break }
        }
        return p < 0.5 ? -x : x
    }

    /// P(T ≤ −|t|) = P(T ≥ |t|).
    private func oneTail(_ t: Double) -> Double {
        guard t.isFinite else { return 0 }
        let (x, y) = betaArguments(t)
        return IncompleteBeta.tails(a: degreesOfFreedom / 2, b: 0.5, x: x, y: y).lower / 2
    }

    /// (ν/(ν + t²), t²/(ν + t²)), each without cancellation.
    private func betaArguments(_ t: Double) -> (Double, Double) {
        let t2 = t * t
        guard t2.isFinite else { return (0, 1) }
        let sum = degreesOfFreedom + t2
        return (degreesOfFreedom / sum, t2 / sum)
    }
}
