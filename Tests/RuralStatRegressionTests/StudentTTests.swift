import RuralStatRegression
import Testing
import RuralStatTestSupport

/// Expected values from R 4 (`sprintf("%.17g", …)`), e.g. `pt(-3, 7)`, `qt(0.975, 10)`.
@Suite struct StudentTTests {
    @Test(arguments: [
        (-3.0, 7.0, 0.009971063065996261),
        (-0.5, 7, 0.3162035678446421),
        (0.1, 7, 0.53842597019760374),
        (2.5, 7, 0.97950389070712363),
        (40, 7, 0.99999999920489102),
        (-15, 3, 0.00032155966346683254),
        (-50, 1000, 1.3793362061624403e-274),
        (2, 0.5, 0.7772425549084343),
    ])
    func cumulativeProbabilityMatchesR(t: Double, df: Double, expected: Double) {
        #expect(isClose(StudentT(degreesOfFreedom: df).cumulativeProbability(t), expected))
    }

    @Test(arguments: [
        // 2 * pt(-25, 1e6), 2 * pt(-1.3, 1e5): large residual degrees of freedom.
        (25.0, 1e6, 6.7423581675435321e-138),
        (-1.3, 1e5, 0.1936039655431801),
    ])
    func twoSidedPValueMatchesR(t: Double, df: Double, expected: Double) {
        #expect(isClose(StudentT(degreesOfFreedom: df).twoSidedPValue(t), expected))
    }

    @Test(arguments: [
        (0.975, 10.0, 2.2281388519862739),
        (0.025, 10, -2.2281388519862744),
        (0.995, 10, 3.16927267261695),
        (1e-10, 10, -25.466008021697721),
        (0.6, 10, 0.26018482949208016),
        (0.95, 1, 6.3137515146750376),
        (0.9, 2.5, 1.7302509288071761),
    ])
    func quantileMatchesR(p: Double, df: Double, expected: Double) {
        #expect(isClose(StudentT(degreesOfFreedom: df).quantile(p), expected))
    }

    /// With a million degrees of freedom x = ν/(ν + t²) is within 4e-6 of 1, where the
    /// continued fraction is as sensitive to x as the result (see IncompleteBeta).
    @Test func quantileWithAMillionDegreesOfFreedom() {
        #expect(isClose(StudentT(degreesOfFreedom: 999_970).quantile(0.975), 1.959966356885277, relative: 1e-12))
    }

    @Test func densityAndEdges() {
        let t4 = StudentT(degreesOfFreedom: 4)
        #expect(isClose(t4.density(1.5), 0.12287999999999999))  // R: dt(1.5, 4)
        #expect(t4.quantile(0.5) == 0)
        #expect(t4.quantile(1) == .infinity)
        #expect(t4.twoSidedPValue(.infinity) == 0)
        #expect(t4.twoSidedPValue(0) == 1)
        #expect(t4.twoSidedPValue(.nan).isNaN)
        #expect(t4.upperTailProbability(-1e300) == 1)
    }
}
