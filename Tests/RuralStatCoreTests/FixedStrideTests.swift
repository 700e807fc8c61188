import RuralStatCore
import Testing

@Suite struct FixedStrideTests {
    /// 10 elements thinned to 4 take positions ⌊k·2.5⌋ = 0, 2, 5, 7; no more than asked keeps all.
    @Test func takesEveryStrideFromTheFirst() {
        #expect(Array(0..<10).atFixedStride(atMost: 4) == [0, 2, 5, 7])
        #expect(Array(0..<3).atFixedStride(atMost: 3) == [0, 1, 2])
        #expect(Array(0..<3).atFixedStride(atMost: 10) == [0, 1, 2])
    }
}
