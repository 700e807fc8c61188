import RuralStatCharts
import Testing

@Suite struct ValueFormatTests {
    @Test func ticksAreWrittenExactlyWithSeparators() {
        #expect(ValueFormat.number.tick(units: 125, exponent: 2) == "12,500")
        #expect(ValueFormat.number.tick(units: 1_250_000, exponent: 0) == "1,250,000")
        #expect(ValueFormat.number.tick(units: -15, exponent: -1) == "−1.5")
        #expect(ValueFormat.number.tick(units: 5, exponent: -3) == "0.005")
        #expect(ValueFormat.number.tick(units: 0, exponent: -2) == "0.00")
        #expect(ValueFormat.number.tick(units: 0, exponent: 4) == "0")
        #expect(ValueFormat.number.tick(units: 4, exponent: 9) == "4,000,000,000")
        #expect(ValueFormat.year.tick(units: 2024, exponent: 0) == "2024")
        #expect(ValueFormat.yuan.tick(units: 125, exponent: 2) == "¥12,500")
        #expect(ValueFormat.yuan.tick(units: -5, exponent: 2) == "−¥500")
    }

    @Test func percentTicksAreFractionsTimesAHundred() {
        #expect(ValueFormat.percent.tick(units: 12, exponent: -2) == "12%")
        #expect(ValueFormat.percent.tick(units: 5, exponent: -3) == "0.5%")
        #expect(ValueFormat.percent.tick(units: -25, exponent: -2) == "−25%")
        #expect(ValueFormat.percent.tick(units: 1, exponent: 0) == "100%")
    }

    @Test func valuesAreRoundedHalfAwayFromZero() {
        #expect(ValueFormat.number.text(1234.567, decimals: 1) == "1,234.6")
        #expect(ValueFormat.number.text(-2.5, decimals: 0) == "−3")
        #expect(ValueFormat.number.text(-0.0001, decimals: 0) == "0")
        #expect(ValueFormat.percent.text(0.1234, decimals: 1) == "12.3%")
        #expect(ValueFormat.yuan.text(6900, decimals: 0) == "¥6,900")
        #expect(ValueFormat.number.text(.nan, decimals: 0) == "–")
        #expect(ValueFormat.number.text(.infinity, decimals: 2) == "–")
    }
}
