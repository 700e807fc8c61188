import RuralStatCore
import RuralStatIncome
import Testing

@Suite struct IncomeAnalysisMonitoringLineTests {
    @Test func fixedLineHoldsEveryYear() {
        #expect(IncomeAnalysis.lines(.fixed(6900), for: IncomeFixture.panel) == [2021: 6900, 2022: 6900, 2023: 6900])
    }

    @Test func perYearLineLeavesOtherYearsWithout() {
        #expect(IncomeAnalysis.lines(.perYear([2022: 6900, 2030: 9000]), for: IncomeFixture.panel) == [2022: 6900])
    }

    // 60% of the whole panel's medians 5000, 4500, 4500 (IncomeAnalysisYearMediansTests).
    @Test func medianShareUsesTheWholePanelsMedian() {
        #expect(IncomeAnalysis.lines(.medianShare(0.6), for: IncomeFixture.panel) == [2021: 3000, 2022: 2700, 2023: 2700])
    }

    // Grouped by category, `unstable` (D: pci −1000 in 2022) is held to the whole panel's
    // 2022 line 2700, not 60% of its own median: FGT0 = 1.
    @Test func everyGroupIsHeldToTheSameLine() throws {
        let analysis = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.category], line: .medianShare(0.6))
        let unstable = try #require(analysis.grouping.labels.firstIndex(of: ["unstable"]))
        let cell = try #require(analysis.cell(year: 2022, group: unstable))
        #expect(cell.line == 2700)
        #expect(cell.poverty?.headcount == 1)
    }
}
