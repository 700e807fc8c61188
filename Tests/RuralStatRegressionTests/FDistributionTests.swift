import RuralStatRegression
import Testing

/// Expected values from R 4: `pf(f, d1, d2, lower.tail = FALSE)`.
@Suite struct FDistributionTests {
    @Test(arguments: [
        (0.5, 3.0, 20.0, 0.68651861283640314),
        (2, 3, 20, 0.14643880308662147),
        (40, 3, 20, 1.2218547857294473e-08),
        (3, 29, 999_970, 1.0475113979886137e-07),
    ])
    func upperTailMatchesR(f: Double, d1: Double, d2: Double, expected: Double) {
        let value = FDistribution(numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2).upperTailProbability(f)
        #expect(abs(value - expected) <= 1e-12 * expected)
    }

    @Test func edges() {
        let f = FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: 20)
        #expect(f.upperTailProbability(0) == 1)
        #expect(f.upperTailProbability(.infinity) == 0)
        #expect(f.upperTailProbability(.nan).isNaN)
        // Far in the tail R underflows to 0 (pf(900, 29, 999970, lower.tail = FALSE)); so do we.
        let big = FDistribution(numeratorDegreesOfFreedom: 29, denominatorDegreesOfFreedom: 999_970)
        #expect(big.upperTailProbability(900) < 1e-300)
        // cumulative + upper = 1
        #expect(abs(f.cumulativeProbability(2) - (1 - 0.14643880308662147)) <= 1e-14)
    }
}
