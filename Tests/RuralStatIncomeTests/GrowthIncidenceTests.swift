import RuralStatPresentation
import RuralStatText
import RuralStatCore
import RuralStatIncome
import RuralStatReport
import Testing

@Suite struct GrowthIncidenceTests {
    // 2021, all: pci 0 (v 1), 5000 (8), 6000 (2), cumulative 1, 9, 11; decile d needs 1.1·d:
    // d = 1…8 → 5000, d = 9 (9.9) → 6000.
    // 2023, all: 3000 (v 3), 4500 (8), 4500 (1), cumulative 3, 11, 12; decile d needs 1.2·d:
    // d = 1, 2 → 3000, d = 3…9 → 4500.
    // Growth d1: 3000/5000 − 1 = −0.4, yearly √0.6 − 1; d9: 4500/6000 − 1 = −0.25, yearly √0.75 − 1.
    @Test func decilesOfTheWholePanel() throws {
        let analysis = try IncomeAnalysis(panel: IncomeFixture.panel, by: [])
        let incidence = GrowthIncidence(analysis, from: 2021, to: 2023)
        #expect(incidence.points.map(\.decile) == Array(1...9))
        #expect(incidence.points.map(\.from) == [5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 6000])
        #expect(incidence.points.map(\.to) == [3000, 3000, 4500, 4500, 4500, 4500, 4500, 4500, 4500])
        let first = incidence.points[0], last = incidence.points[8]
        #expect(abs(first.growth! + 0.4) < 1e-15)
        #expect(abs(first.annualGrowth! - (0.6.squareRoot() - 1)) < 1e-15)
        #expect(abs(last.growth! + 0.25) < 1e-15)
        #expect(abs(last.annualGrowth! - (0.75.squareRoot() - 1)) < 1e-15)
    }

    // T2 in 2021 is C alone with pci 0: every decile starts at 0, so growth is undefined.
    // `unstable` has no household in 2021 and gets no points.
    @Test func zeroStartAndMissingYearGiveNoGrowth() throws {
        let byTownship = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.township])
        let t2 = GrowthIncidence(byTownship, from: 2021, to: 2023).points.filter { $0.group == 1 }
        #expect(t2.count == 9 && t2.allSatisfy { $0.from == 0 && $0.growth == nil && $0.annualGrowth == nil })
        let byCategory = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.category])
        let unstable = byCategory.grouping.labels.firstIndex(of: ["unstable"])!
        #expect(!GrowthIncidence(byCategory, from: 2021, to: 2023).points.contains { $0.group == unstable })
    }

    @Test func tableColumns() throws {
        let analysis = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.township])
        let table = GrowthIncidence(analysis, from: 2021, to: 2022).table(labelledBy: analysis)
        #expect(table.columns.map(\.key) == [
            "township", "decile", "from_year", "to_year", "pci_from", "pci_to", "growth", "annual_growth",
        ])
        #expect(table.rows.count == 18)
        #expect(table.rows[0][0] == .text("T1"))
    }
}
