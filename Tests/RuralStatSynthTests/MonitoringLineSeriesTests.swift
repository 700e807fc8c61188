import RuralStatSynth
import Testing

@Suite struct MonitoringLineSeriesTests {
    /// The table: 2019 Hunan 5,000; 2021 national guidance about 6,000; 2022 Henan 6,900.
    @Test(arguments: [(2019, 5_000.0), (2020, 5_500), (2021, 6_000), (2022, 6_900), (2023, 7_200), (2024, 7_500)])
    func tableYears(year: Int, line: Double) {
        #expect(MonitoringLineSeries.line(for: year) == line)
    }

    /// Outside the table, 4% a year rounded to 100: 7500·1.04 = 7800; 7500·1.04² = 8112 → 8100;
    /// 5000/1.04 = 4807.7 → 4800.
    @Test func extrapolatesFourPercentAYear() {
        #expect(MonitoringLineSeries.line(for: 2025) == 7_800)
        #expect(MonitoringLineSeries.line(for: 2026) == 8_100)
        #expect(MonitoringLineSeries.line(for: 2018) == 4_800)
    }

    @Test func linesCoverEveryYear() {
        let lines = MonitoringLineSeries.lines(for: 2021...2023)
        #expect(lines == [2021: 6_000, 2022: 6_900, 2023: 7_200])
    }
}
