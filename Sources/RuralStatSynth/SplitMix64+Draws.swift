import RuralStatCore

/// Draws from the distributions the synthetic panel needs, each by a documented algorithm
/// that uses only ``SplitMix64`` and ``PortableMath``, so the same seed gives the same draws
/// on every machine.
extension SplitMix64 {
    /// A uniform double in [0, 1): the top 53 bits of ``next()`` times 2⁻⁵³ (every value
    /// is a multiple of 2⁻⁵³, as in Vigna's recommended conversion).
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in `range`.
    public mutating func uniform(_ range: Range<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    }

    /// A uniform integer in 0..<`bound`, by Lemire's multiply-high map of 64 random bits
    /// (bias at most bound / 2⁶⁴, negligible here; no rejection loop, so one draw per call).
    ///
    /// - Precondition: `bound` > 0.
    public mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0, "integer(below:) needs a positive bound")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// `true` with probability `p` (a uniform draw below `p`).
    public mutating func bernoulli(_ p: Double) -> Bool {
        uniform() < p
    }

    /// A standard normal draw by Marsaglia's polar method: draw (u, v) uniform in the square
    /// (−1, 1)², keep it when 0 < s = u² + v² < 1, return u·√(−2 ln s / s). The second
    /// normal the method yields is dropped, so the generator carries no hidden state.
    public mutating func normal() -> Double {
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return u * (-2 * PortableMath.log(s) / s).squareRoot()
            }
        }
    }

    /// A normal draw with the given mean and standard deviation.
    public mutating func normal(mean: Double, sd: Double) -> Double {
        mean + sd * normal()
    }

    /// A lognormal draw with the given mean (not median) and log-scale standard deviation σ:
    /// exp(μ + σZ) with μ = ln(mean) − σ²/2, so that E = mean.
    ///
    /// - Precondition: `mean` > 0.
    public mutating func lognormal(mean: Double, sigma: Double) -> Double {
        let mu = PortableMath.log(mean) - sigma * sigma / 2
        return PortableMath.exp(mu + sigma * normal())
    }

    /// A Poisson draw with mean λ by Knuth's multiplication method: multiply uniforms until
    /// the product falls to e^−λ or below; the number of factors minus one is the draw.
    ///
    /// - Precondition: 0 ≤ λ ≤ 30 (the method takes about λ + 1 uniforms).
    public mutating func poisson(_ lambda: Double) -> Int {
        precondition(lambda >= 0 && lambda <= 30, "poisson(_:) is for means from 0 to 30")
        let limit = PortableMath.exp(-lambda)
        var product = uniform()
        var count = 0
        while product > limit {
            product *= uniform()
            count += 1
        }
        return count
    }

    /// An index drawn with the given probabilities (which should sum to 1; the last index
    /// takes any remainder).
    public mutating func categorical(_ probabilities: [Double]) -> Int {
        let u = uniform()
        var cumulative = 0.0
        for (index, p) in probabilities.enumerated().dropLast() {
            cumulative += p
            if u < cumulative { return index }
        }
        return probabilities.count - 1
    }
}
