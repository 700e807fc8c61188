import Foundation
import RuralStatCore
import Testing

@Suite struct PortableMathTests {
    /// Agreement with the C library's log to within 2 units in the last place.
    @Test(arguments: [1e-300, 1e-9, 0.001, 0.3, 0.7071, 0.9999999, 1.0000001, 1.5, 2, 10, 12_345.678, 1e200])
    func logAgreesWithTheCLibrary(x: Double) {
        let expected = Foundation.log(x)
        #expect(abs(PortableMath.log(x) - expected) <= 2 * expected.ulp + 1e-300)
    }

    /// Agreement with the C library's exp to within 2 units in the last place.
    @Test(arguments: [-700.0, -20, -1, -0.125, -1e-9, 0, 1e-9, 0.5, 1, 3.3, 50, 700])
    func expAgreesWithTheCLibrary(x: Double) {
        let expected = Foundation.exp(x)
        #expect(abs(PortableMath.exp(x) - expected) <= 2 * expected.ulp)
    }

    /// Exact values: ln 1 = 0, e⁰ = 1; e beyond the range is 0 or +∞.
    @Test func exactAndOutOfRangeValues() {
        #expect(PortableMath.log(1) == 0)
        #expect(PortableMath.exp(0) == 1)
        #expect(PortableMath.exp(-800) == 0)
        #expect(PortableMath.exp(800) == .infinity)
    }

    /// 1.04³ = 1.124864 by hand; any power 0 is 1.
    @Test func powerMultipliesOut() {
        #expect(abs(PortableMath.power(1.04, 3) - 1.124864) < 1e-15)
        #expect(PortableMath.power(7, 0) == 1)
    }
}
