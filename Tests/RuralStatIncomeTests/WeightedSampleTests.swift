import RuralStatIncome
import Testing
import RuralStatTestSupport

@Suite struct WeightedSampleTests {
    /// |a − b| ≤ 1e-12 · max(|a|, |b|, 1).
    @Test func initSortsPairsByValue() {
        let sample = WeightedSample(values: [3, -1, 2], weights: [1, 2, 3])
        #expect(sample.values == [-1, 2, 3])
        #expect(sample.weights == [2, 3, 1])
    }

    // Values 1, 2, 3, 4 with weight 1: cumulative shares 0.25, 0.5, 0.75, 1.
    // "Smallest value whose cumulative share reaches p": p = 0.5 reaches exactly at 2
    // (no averaging with 3); p = 0.25 at 1; p = 0.26 needs 2; p = 0.9 needs 4.
    @Test(arguments: [(0.0, 1.0), (0.25, 1.0), (0.26, 2.0), (0.5, 2.0), (0.75, 3.0), (0.9, 4.0), (1.0, 4.0)])
    func quantileIsTheSmallestValueReachingTheShare(p: Double, expected: Double) {
        let sample = WeightedSample(values: [4, 1, 3, 2], weights: [1, 1, 1, 1])
        #expect(sample.quantile(p) == expected)
    }

    // Weights 3, 1, 8, 2 on −1000, 3000, 4500, 7000: cumulative 3, 4, 12, 14 of 14.
    // p10 → 1.4 ≤ 3 → −1000; p25 → 3.5 ≤ 4 → 3000; p50 → 7 ≤ 12 → 4500; p75 → 10.5 → 4500;
    // p90 → 12.6 ≤ 14 → 7000.
    @Test func quantilesInOnePassFollowTheWeights() {
        let sample = WeightedSample(values: [7000, -1000, 4500, 3000], weights: [2, 3, 8, 1])
        #expect(sample.quantiles([0.1, 0.25, 0.5, 0.75, 0.9]) == [-1000, 3000, 4500, 4500, 7000])
    }

    @Test func emptySampleHasNoMeasures() {
        let sample = WeightedSample(values: [], weights: [])
        #expect(sample.quantile(0.5) == nil)
        #expect(sample.gini() == nil)
        #expect(sample.povertyMeasures(line: 100) == nil)
    }

    // Same sample: Σ v·x·C = 3·(−1000)·3 + 1·3000·4 + 8·4500·12 + 2·7000·14 = 631,000;
    // Σ v²·x = 9·(−1000) + 3000 + 64·4500 + 4·7000 = 310,000; Σ v = 14; Σ v·x = 50,000.
    // G = 100·((2·631,000 − 310,000) / (14·50,000) − 1) = 100·(952,000/700,000 − 1) = 36.
    @Test func giniFollowsTheSpecFormulaWithNegativeValues() {
        let sample = WeightedSample(values: [7000, -1000, 4500, 3000], weights: [2, 3, 8, 1])
        #expect(isClose(sample.gini(), 36, floor: 1))
    }

    // One positive value among n = 4 equal weights: the textbook (n−1)/n = 75; the same with
    // the three zeros as one value of weight 3 (the formula is invariant to replication).
    @Test(arguments: [([0.0, 0, 0, 10], [1.0, 1, 1, 1]), ([0.0, 10], [3.0, 1])])
    func giniOfOneEarnerIsThreeQuarters(values: [Double], weights: [Double]) {
        #expect(isClose(WeightedSample(values: values, weights: weights).gini(), 75, floor: 1))
    }

    @Test func giniOfEqualIncomesIsZeroAndOfZeroIncomesUndefined() {
        #expect(isClose(WeightedSample(values: [5, 5, 5], weights: [1, 2, 3]).gini(), 0, floor: 1))
        #expect(WeightedSample(values: [0, 0], weights: [1, 1]).gini() == nil)
    }

    // Line 5000: −1000 (v 3), 3000 (v 1) and 4500 (v 8) are below; shortfalls 6000/5000 = 1.2,
    // 0.4 and 0.1. FGT0 = 12/14; FGT1 = (3·1.2 + 0.4 + 8·0.1)/14 = 4.8/14;
    // FGT2 = (3·1.44 + 0.16 + 8·0.01)/14 = 4.56/14. 7000 is above and counts only in Σ v.
    @Test func povertyMeasuresAtALine() throws {
        let sample = WeightedSample(values: [7000, -1000, 4500, 3000], weights: [2, 3, 8, 1])
        let fgt = try #require(sample.povertyMeasures(line: 5000))
        #expect(isClose(fgt.weightBelow, 12, floor: 1))
        #expect(isClose(fgt.headcount, 12.0 / 14, floor: 1))
        #expect(isClose(fgt.gap, 4.8 / 14, floor: 1))
        #expect(isClose(fgt.severity, 4.56 / 14, floor: 1))
    }

    // A value equal to the line is not below it (pci < z).
    @Test func valueAtTheLineIsNotBelow() throws {
        let fgt = try #require(WeightedSample(values: [100, 200], weights: [1, 1]).povertyMeasures(line: 100))
        #expect(fgt.headcount == 0 && fgt.gap == 0 && fgt.severity == 0)
    }

    @Test(arguments: [0.0, -5, .nan, .infinity])
    func lineMustBePositiveAndFinite(line: Double) {
        #expect(WeightedSample(values: [1], weights: [1]).povertyMeasures(line: line) == nil)
    }
}
