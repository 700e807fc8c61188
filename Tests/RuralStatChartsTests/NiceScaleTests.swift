import RuralStatCharts
import RuralStatTestSupport
import Testing

/// Ticks worked out by hand from Heckbert's rules: range → nice (ceiling) number, step → nice
/// (nearest) number of range / (ticks − 1), axis from ⌊min/step⌋·step to ⌈max/step⌉·step.
@Suite struct NiceScaleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let values: [Double]
        let includeZero: Bool
        let ticks: [Double]
        var testDescription: String { "\(values) zero:\(includeZero)" }
    }

    static let cases: [Case] = [
        // range 100 → 100; step nice(20) = 20.
        Case(values: [0, 100], includeZero: false, ticks: [0, 20, 40, 60, 80, 100]),
        // range 119 → 200; step nice(40) = 50; ⌊−37/50⌋ = −1, ⌈82/50⌉ = 2; zero among the ticks.
        Case(values: [-37, 82], includeZero: false, ticks: [-50, 0, 50, 100]),
        // range 0.0035 → 0.005; step nice(0.001) = 0.001; ⌊1.2⌋ = 1, ⌈4.7⌉ = 5.
        Case(values: [0.0012, 0.0047], includeZero: false, ticks: [0.001, 0.002, 0.003, 0.004, 0.005]),
        // range 3.2e9 → 5e9; step nice(1e9) = 1e9; ⌈3.2⌉ = 4.
        Case(values: [0, 3.2e9], includeZero: false, ticks: [0, 1e9, 2e9, 3e9, 4e9]),
        // a single value with zero: 0 … 7; range 7 → 10; step nice(2) = 2; ⌈3.5⌉ = 4.
        Case(values: [7], includeZero: true, ticks: [0, 2, 4, 6, 8]),
        // a single value alone: 6.3 … 7.7; range 1.4 → 2; step nice(0.4) = 0.5; ⌊12.6⌋ = 12, ⌈15.4⌉ = 16.
        Case(values: [7], includeZero: false, ticks: [6, 6.5, 7, 7.5, 8]),
        // all zero: 0 … 1; step nice(0.2) = 0.2.
        Case(values: [0, 0, 0], includeZero: true, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        // no value at all: 0 … 1.
        Case(values: [], includeZero: false, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        // exact decimals: 0.1 … 0.3; range 0.2; step nice(0.04) = 0.05 (never 0.15000000000000002).
        Case(values: [0.1, 0.3], includeZero: false, ticks: [0.1, 0.15, 0.2, 0.25, 0.3]),
        // negative only, bars from zero: −500 … 0; range 500; step nice(100) = 100.
        Case(values: [-500, -120], includeZero: true, ticks: [-500, -400, -300, -200, -100, 0]),
        // NaN and infinities ignored: 5 … 10; range 5; step nice(1) = 1.
        Case(values: [.nan, 5, .infinity, 10, -.infinity], includeZero: false, ticks: [5, 6, 7, 8, 9, 10]),
        // incomes: 6,900 … 23,400 with zero; range 23,400 → 50,000; step nice(10,000) = 10,000.
        Case(values: [6900, 23400], includeZero: true, ticks: [0, 10000, 20000, 30000]),
    ]

    @Test(arguments: cases) func ticksFollowHeckbert(_ c: Case) {
        let scale = NiceScale(covering: c.values, ticks: 6, includeZero: c.includeZero)
        #expect(scale.ticks == c.ticks)
        #expect(scale.lower == c.ticks.first && scale.upper == c.ticks.last)
    }

    @Test func ticksAreExactDecimalsWithTheirUnits() {
        let scale = NiceScale(covering: [0.0012, 0.0047])
        #expect(scale.tickUnits == [1, 2, 3, 4, 5] && scale.exponent == -3 && scale.decimals == 3)
        let big = NiceScale(covering: [0, 3.2e9])
        #expect(big.tickUnits == [0, 1, 2, 3, 4] && big.exponent == 9 && big.decimals == 0)
    }

    /// Over many ranges: the ticks cover the values, the step is 1, 2 or 5 times a power of
    /// ten, there are 3 to 11 ticks, and zero is a tick when the axis spans it.
    @Test func everyRangeGetsANiceCoveringAxis() {
        var random = TestRandom(seed: 13)
        for _ in 0..<2000 {
            let magnitude = [1e-6, 0.01, 1, 100, 1e4, 1e8, 1e12][Int(random.next() % 7)]
            let a = (random.uniform() * 2 - 1) * magnitude, b = (random.uniform() * 2 - 1) * magnitude
            guard a != b else { continue }
            let scale = NiceScale(covering: [a, b], ticks: 6, includeZero: random.next() % 2 == 0)
            #expect(scale.lower <= min(a, b) && scale.upper >= max(a, b), "\(a) \(b)")
            #expect((3...11).contains(scale.ticks.count), "\(a) \(b): \(scale.ticks)")
            let mantissa = scale.tickUnits.count > 1 ? scale.tickUnits[1] - scale.tickUnits[0] : 1
            #expect([1, 2, 5].contains(mantissa), "\(a) \(b)")
            if scale.lower < 0, scale.upper > 0 { #expect(scale.tickUnits.contains(0), "\(a) \(b)") }
        }
    }
}
