import RuralStatCore
import Testing

@Suite struct MonitoringLineTests {
    @Test func parsesTheThreeForms() throws {
        #expect(try MonitoringLine.parse("6900") == .fixed(6900))
        #expect(try MonitoringLine.parse("2021=6000, 2022=6900") == .perYear([2021: 6000, 2022: 6900]))
        #expect(try MonitoringLine.parse("median:0.6") == .medianShare(0.6))
    }

    @Test(arguments: ["", "-5", "median:", "median:-1", "2021=6000,2021=7000", "2021:6000", "abc"])
    func rejectsMalformedLines(text: String) {
        let error = #expect(throws: MonitoringLine.ParseError.self) { try MonitoringLine.parse(text) }
        #expect(error?.text == text)
    }

    @Test func valuePerYear() {
        #expect(MonitoringLine.fixed(6900).value(year: 2030) { nil } == 6900)
        #expect(MonitoringLine.perYear([2022: 6900]).value(year: 2021) { nil } == nil)
        // 60% of a median of 10,000 is 6,000.
        #expect(MonitoringLine.medianShare(0.6).value(year: 2022) { 10_000 } == 6000)
        #expect(MonitoringLine.perYear([2022: 6900, 2021: 6000]).description == "2021=6000,2022=6900")
    }
}
