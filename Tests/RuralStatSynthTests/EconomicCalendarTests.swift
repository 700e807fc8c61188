@testable import RuralStatSynth
import Testing

@Suite struct EconomicCalendarTests {
    /// The index is 1 in 2020; 2021 = 1.169; 2022 = 1.169 × 1.143 = 1.336167;
    /// 2019 = 1 / 1.095 = 0.913242; 2025 = 1.336167 × 1.11 × 1.09 × 1.07 = 1.729792.
    @Test func incomeIndexCompoundsThePublishedGrowth() {
        #expect(EconomicCalendar.incomeIndex(2020) == 1)
        #expect(abs(EconomicCalendar.incomeIndex(2021) - 1.169) < 1e-12)
        #expect(abs(EconomicCalendar.incomeIndex(2022) - 1.336167) < 1e-12)
        #expect(abs(EconomicCalendar.incomeIndex(2019) - 0.913242) < 1e-6)
        #expect(abs(EconomicCalendar.incomeIndex(2025) / 1.729792 - 1) < 1e-6)
    }

    /// National minimum plus 40: 2019 88 + 40, 2024 123 + 40.
    @Test func pensionIsTheNationalMinimumPlusTheTopUp() {
        #expect(EconomicCalendar.monthlyPension(2019) == 128)
        #expect(EconomicCalendar.monthlyPension(2024) == 163)
    }

    /// 1.05 × 6,900 = 7,245 in 2022.
    @Test func minimumLivingStandardFollowsTheLine() {
        #expect(abs(EconomicCalendar.minimumLivingStandard(2022) - 7_245) < 1e-9)
    }
}
