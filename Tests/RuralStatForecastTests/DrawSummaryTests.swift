@testable import RuralStatForecast
import Testing

@Suite struct DrawSummaryTests {
    /// R's `quantile(x, p, type = 7)` on sorted values, computed directly from its definition.
    private func type7(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let j = Int(h.rounded(.down))
        guard j + 1 < sorted.count else { return sorted[j] }
        return sorted[j] + (h - Double(j)) * (sorted[j + 1] - sorted[j])
    }

    private func intervals(_ values: [Double], _ levels: [Double]) -> [(Double, Double)] {
        var copy = values
        return copy.withUnsafeMutableBufferPointer { DrawSummary.intervals($0, levels: levels) }
    }

    /// R: quantile(1:10, c(0.05, 0.95)) is 1.45, 9.55; quantile(1:10, c(0.25, 0.75)) is 3.25, 7.75.
    @Test func publishedValues() {
        let values: [Double] = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6]
        let ends = intervals(values, [0.9, 0.5])
        #expect(abs(ends[0].0 - 1.45) < 1e-12 && abs(ends[0].1 - 9.55) < 1e-12, "\(ends[0])")
        #expect(abs(ends[1].0 - 3.25) < 1e-12 && abs(ends[1].1 - 7.75) < 1e-12, "\(ends[1])")
    }

    /// Both ways to the order statistics (the short tails and, deeper than 32 from either end,
    /// a sort) give R's type-7 quantiles exactly, with ties and for few or many draws.
    @Test(arguments: [20, 57, 200, 1_000])
    func matchesTheDefinition(draws: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(draws)
        let values = (0..<draws).map { i -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Every fifth value repeats a rounded one, so ties occur at the ends too.
            let u = Double(state >> 11) / 9_007_199_254_740_992
            return i % 5 == 0 ? (u * 20).rounded() : u * 20
        }
        let sorted = values.sorted()
        for levels in [[0.9], [0.8, 0.95], [0.5, 0.99], [0.1]] {
            let ends = intervals(values, levels)
            for (level, (lower, upper)) in zip(levels, ends) {
                #expect(lower == type7(sorted, (1 - level) / 2), "draws \(draws), level \(level)")
                #expect(upper == type7(sorted, (1 + level) / 2), "draws \(draws), level \(level)")
            }
        }
    }
}
