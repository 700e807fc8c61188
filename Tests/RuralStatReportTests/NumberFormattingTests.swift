import RuralStatReport
import Testing

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (0.0, 0, false, "0"),
        (999.5, 0, false, "1,000"),
        (1234567.891, 2, false, "1,234,567.89"),
        (-20000.0, 0, false, "−20,000"),
        (-0.4, 0, false, "0"),
        (0.125, 2, false, "0.13"),
        (12.0, 1, true, "+12.0"),
        (-3.25, 1, true, "−3.3"),
        (0.0, 0, true, "0"),
    ])
    func grouped(value: Double, decimals: Int, signed: Bool, expected: String) {
        #expect(NumberFormatting.grouped(value, decimals: decimals, signed: signed) == expected)
    }

    @Test func percent() {
        #expect(NumberFormatting.percent(0.1234) == "12.3%")
        #expect(NumberFormatting.percent(0.12, signed: true) == "+12.0%")
        #expect(NumberFormatting.percent(-0.005, signed: true) == "−0.5%")
    }
}
