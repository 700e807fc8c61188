@testable import RuralStatForecast
import Testing

@Suite struct NormalQuantileTableTests {
    /// Φ⁻¹ against published values (R: qnorm).
    @Test(arguments: [(0.975, 1.959963984540054), (0.95, 1.644853626951472), (0.5, 0.0), (1e-6, -4.753424308822899)])
    func quantiles(p: Double, expected: Double) {
        #expect(abs(NormalQuantileTable.quantile(p) - expected) <= 1e-12 * Swift.max(1, abs(expected)))
    }

    /// The table's law: mean 0, variance just under 1.
    @Test func moments() {
        let values = NormalQuantileTable.values
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + $1 * $1 } / Double(values.count)
        #expect(abs(mean) < 1e-12)
        #expect(abs(variance - 0.99998) < 1e-5, "variance \(variance)")
        #expect(variance < 1)
    }
}
