import RuralStatSynth
import Testing

@Suite struct SplitMix64DrawsTests {
    /// Rosetta Code's "Pseudo-random numbers/Splitmix64": seed 987654321, 100,000 floats in
    /// [0, 1), floor(5·u) counts 20027, 19892, 20073, 19978, 20030.
    @Test func uniformMatchesTheRosettaCodeBinCounts() {
        var rng = SplitMix64(seed: 987_654_321)
        var counts = [0, 0, 0, 0, 0]
        for _ in 0..<100_000 { counts[Int(rng.uniform() * 5)] += 1 }
        #expect(counts == [20_027, 19_892, 20_073, 19_978, 20_030])
    }

    /// 20,000 standard normals: the mean has standard error 1/√20000 = 0.0071, the variance
    /// √(2/20000) = 0.010; both are checked within about four standard errors.
    @Test func normalHasMeanZeroAndVarianceOne() {
        var rng = SplitMix64(seed: 7)
        let draws = (0..<20_000).map { _ in rng.normal() }
        let mean = draws.reduce(0, +) / 20_000
        let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 19_999
        #expect(abs(mean) < 0.03)
        #expect(abs(variance - 1) < 0.04)
    }

    /// Lognormal with mean 1,000 and σ = 0.5: sd = 1000·√(e^0.25 − 1) = 533.2, so the sample
    /// mean of 20,000 draws has standard error 3.77; the median is 1000·e^(−0.125) = 882.5.
    @Test func lognormalHasTheRequestedMean() {
        var rng = SplitMix64(seed: 11)
        let draws = (0..<20_000).map { _ in rng.lognormal(mean: 1_000, sigma: 0.5) }
        #expect(abs(draws.reduce(0, +) / 20_000 - 1_000) < 15)
        let median = draws.sorted()[10_000]
        #expect(abs(median - 882.5) < 15)
    }

    /// Poisson(3): mean and variance 3; the mean of 20,000 draws has standard error 0.012.
    @Test(arguments: [0.5, 3.0, 12.0])
    func poissonHasMeanAndVarianceLambda(lambda: Double) {
        var rng = SplitMix64(seed: 13)
        let draws = (0..<20_000).map { _ in Double(rng.poisson(lambda)) }
        let mean = draws.reduce(0, +) / 20_000
        let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 19_999
        let standardError = (lambda / 20_000).squareRoot()
        #expect(abs(mean - lambda) < 4 * standardError)
        #expect(abs(variance / lambda - 1) < 0.06)
    }

    /// Bernoulli(0.3) over 20,000 draws: standard error √(0.21/20000) = 0.0032.
    @Test func bernoulliHasTheRequestedShare() {
        var rng = SplitMix64(seed: 17)
        let share = Double((0..<20_000).filter { _ in rng.bernoulli(0.3) }.count) / 20_000
        #expect(abs(share - 0.3) < 0.013)
    }

    /// integer(below: 6) and categorical([0.5, 0.3, 0.2]) over 30,000 draws: every value in
    /// range, each share within 0.015 of its probability (standard errors ≤ 0.003).
    @Test func integerAndCategoricalStayInRangeWithTheirShares() {
        var rng = SplitMix64(seed: 19)
        var dice = [Int](repeating: 0, count: 6)
        var picks = [0, 0, 0]
        for _ in 0..<30_000 {
            dice[rng.integer(below: 6)] += 1
            picks[rng.categorical([0.5, 0.3, 0.2])] += 1
        }
        #expect(dice.allSatisfy { abs(Double($0) / 30_000 - 1.0 / 6) < 0.015 })
        #expect(zip(picks, [0.5, 0.3, 0.2]).allSatisfy { abs(Double($0) / 30_000 - $1) < 0.015 })
    }
}
