@testable import RuralStatIncome
import Testing

@Suite struct CompensatedSumTests {
    // 1e16 + 1 rounds back to 1e16 in binary64 (the spacing there is 2), so a plain sum of
    // [1e16, 1, −1e16] is 0; the compensated sum keeps the lost 1.
    @Test func keepsWhatPlainSummationLoses() {
        var sum = CompensatedSum()
        for x in [1e16, 1, -1e16] { sum.add(x) }
        #expect([1e16, 1, -1e16].reduce(0, +) == 0)
        #expect(sum.value == 1)
    }

    // Ten times 0.1: plain summation gives 0.9999999999999999; the exact sum of the ten
    // binary64 values rounds to 1.
    @Test func tenTenthsMakeOne() {
        var sum = CompensatedSum()
        for _ in 0..<10 { sum.add(0.1) }
        #expect(sum.value == 1)
    }
}
