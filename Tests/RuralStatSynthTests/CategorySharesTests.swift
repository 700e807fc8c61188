import RuralStatCore
import RuralStatData
import RuralStatSynth
import Testing

@Suite struct CategorySharesTests {
    /// 3, 1, 0, 0, 1 → 0.6, 0.2, 0, 0, 0.2.
    @Test func sharesAreDividedByTheirSum() throws {
        let shares = try CategoryShares(alleviated: 3, unstable: 1, marginal: 0, suddenHardship: 0, general: 1)
        #expect(shares.shares == [0.6, 0.2, 0, 0, 0.2])
        #expect(shares[.general] == 0.2)
    }

    @Test func standardSharesAreTheDocumentedOnes() {
        #expect(CategoryShares.standard.shares == [0.75, 0.05, 0.05, 0.02, 0.13])
    }

    @Test(arguments: [[-1.0, 1, 1, 1, 1], [0, 0, 0, 0, 0], [Double.nan, 1, 1, 1, 1]])
    func badSharesThrow(values: [Double]) {
        #expect(throws: SynthConfigError.self) {
            try CategoryShares(
                alleviated: values[0], unstable: values[1], marginal: values[2], suddenHardship: values[3],
                general: values[4])
        }
    }
}
