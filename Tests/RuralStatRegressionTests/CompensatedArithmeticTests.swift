@testable import RuralStatRegression
import Testing

@Suite struct CompensatedArithmeticTests {
    /// 1 + 2⁻⁶⁰ rounds to 1; TwoSum returns the lost 2⁻⁶⁰ exactly.
    @Test func twoSumKeepsTheRoundingError() {
        let (sum, error) = CompensatedArithmetic.twoSum(1, 0x1p-60)
        #expect(sum == 1 && error == 0x1p-60)
    }

    /// (1 + 2⁻³⁰)² = 1 + 2⁻²⁹ + 2⁻⁶⁰: the product rounds away 2⁻⁶⁰, TwoProduct returns it.
    @Test func twoProductIsExact() {
        let a = 1 + 0x1p-30
        let (product, error) = CompensatedArithmetic.twoProduct(a, a, bSplit: CompensatedArithmetic.split(a))
        #expect(product == 1 + 0x1p-29 && error == 0x1p-60)
    }
}
