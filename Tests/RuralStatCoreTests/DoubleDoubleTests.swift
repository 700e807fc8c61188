import RuralStatCore
import Testing

/// The double-double arithmetic against values worked out exactly by hand.
@Suite struct DoubleDoubleTests {
    /// 1 + 2⁻⁶⁰ rounds to 1; TwoSum returns the lost 2⁻⁶⁰ exactly.
    @Test func twoSumKeepsTheRoundingError() {
        let (sum, error) = DoubleDouble.twoSum(1, 0x1p-60)
        #expect(sum == 1 && error == 0x1p-60)
    }

    /// (1 + 2⁻³⁰)² = 1 + 2⁻²⁹ + 2⁻⁶⁰: the product rounds away 2⁻⁶⁰, TwoProduct returns it.
    @Test func twoProductIsExact() {
        let a = 1 + 0x1p-30
        let (product, error) = DoubleDouble.twoProduct(a, a, bSplit: DoubleDouble.split(a))
        #expect(product == 1 + 0x1p-29 && error == 0x1p-60)
        let dd = DoubleDouble.product(a, a)
        #expect(dd.high == 1 + 0x1p-29 && dd.low == 0x1p-60)
    }

    /// 1e16 + 1 rounds back to 1e16 in binary64 (the spacing there is 2), so a plain sum of
    /// [1e16, 1, −1e16] is 0; the running double-double sum keeps the lost 1.
    @Test func keepsWhatPlainSummationLoses() {
        var sum = DoubleDouble()
        for x in [1e16, 1, -1e16] { sum.add(x) }
        #expect([1e16, 1, -1e16].reduce(0, +) == 0)
        #expect(sum.value == 1)
    }

    /// Ten times 0.1: plain summation gives 0.9999999999999999; the exact sum of the ten
    /// binary64 values (1 + 2⁻⁵⁴·10·δ, δ = 0.1's representation error) rounds to 1.
    @Test func tenTenthsMakeOne() {
        var sum = DoubleDouble()
        for _ in 0..<10 { sum.add(0.1) }
        #expect(sum.value == 1)
    }

    /// 1/3 to 106 bits: 3 × (1/3) − 1 is below 2⁻¹⁰⁴, where in Double it is 2⁻⁵⁴·… ≠ 0 in the
    /// low part; and (1 + 2⁻⁸⁰) − 1 keeps the 2⁻⁸⁰ that Double loses.
    @Test func divisionAndSubtractionCarryTwiceTheDigits() {
        let third = DoubleDouble(1) / DoubleDouble(3)
        #expect(third.high == 1.0 / 3)
        let residual = (DoubleDouble(3) * third - DoubleDouble(1)).value
        #expect(abs(residual) <= 0x1p-104)
        let tiny = (DoubleDouble(high: 1, low: 0x1p-80) - DoubleDouble(1)).value
        #expect(tiny == 0x1p-80)
        #expect(DoubleDouble(-2).magnitude == DoubleDouble(2) && DoubleDouble(1) < DoubleDouble(high: 1, low: 0x1p-60))
    }
}
