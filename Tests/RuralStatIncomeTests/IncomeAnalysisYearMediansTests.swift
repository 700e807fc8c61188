import RuralStatIncome
import Testing

@Suite struct IncomeAnalysisYearMediansTests {
    // Whole panel, person weights (see IncomeFixture):
    // 2021: 0 (v 1), 5000 (8), 6000 (2); half of 11 is 5.5, reached at 5000.
    // 2022: −1000 (3), 3000 (1), 4500 (8), 7000 (2); half of 14 is 7, reached at 4500.
    // 2023: 3000 (3), 4500 (8), 4500 (1); half of 12 is 6, reached at 4500.
    @Test func weightedMedianOfEachYear() {
        #expect(IncomeAnalysis.medianPCIByYear(of: IncomeFixture.panel) == [2021: 5000, 2022: 4500, 2023: 4500])
    }
}
