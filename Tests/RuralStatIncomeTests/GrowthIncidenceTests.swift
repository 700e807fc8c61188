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
    @Test func decilesOfTheWholePanelInCrossSection() throws {
        let analysis = try IncomeAnalysis(panel: IncomeFixture.panel, by: [], mode: .crossSection)
        let incidence = GrowthIncidence(analysis, from: 2021, to: 2023)
        #expect(incidence.points.map(\.decile) == Array(1...9))
        #expect(incidence.points.map(\.from) == [5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 6000])
        #expect(incidence.points.map(\.to) == [3000, 3000, 4500, 4500, 4500, 4500, 4500, 4500, 4500])
        let first = incidence.points[0], last = incidence.points[8]
        #expect(abs(first.growth! + 0.4) < 1e-15)
        #expect(abs(first.annualGrowth! - (0.6.squareRoot() - 1)) < 1e-15)
        #expect(abs(last.growth! + 0.25) < 1e-15)
        #expect(abs(last.annualGrowth! - (0.75.squareRoot() - 1)) < 1e-15)
        #expect(incidence.mode == .crossSection && incidence.leftOut.isEmpty)
    }

    // Balanced 2021 → 2023: only B and C have records in both years (A leaves, D enters).
    // 2021 (their 2021 records): C 0 (v 1), B 5000 (v 2·4 = 8), cumulative 1, 9; decile d needs
    // 0.9·d: d = 1 → 0, d = 2…9 → 5000. 2023: B 4500 (v 8), C 4500 (v 1): every decile 4500.
    // Growth d1 undefined (from 0); d2…9: 4500/5000 − 1 = −0.1, yearly √0.9 − 1.
    @Test func balancedComparesTheHouseholdsInBothYears() throws {
        let analysis = try IncomeAnalysis(panel: IncomeFixture.panel, by: [])
        let incidence = GrowthIncidence(analysis, from: 2021, to: 2023)
        #expect(incidence.mode == .balanced)
        #expect(incidence.points.map(\.from) == [0] + Array(repeating: 5000, count: 8))
        #expect(incidence.points.map(\.to) == Array(repeating: 4500, count: 9))
        #expect(incidence.points[0].growth == nil)
        for point in incidence.points.dropFirst() {
            #expect(abs(point.growth! + 0.1) < 1e-15)
            #expect(abs(point.annualGrowth! - (0.9.squareRoot() - 1)) < 1e-15)
        }
    }

    // By category, balanced 2021 → 2023: `unstable` (D) has no 2021 record and `marginal` (B in
    // 2021) no 2023 household: both are left out with the reason; `alleviated` (B, C by their
    // 2023 records) has points.
    @Test func groupsWithoutBothYearsAreLeftOutWithAReason() throws {
        let analysis = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.category])
        let incidence = GrowthIncidence(analysis, from: 2021, to: 2023)
        let index = { (code: String) in analysis.grouping.labels.firstIndex(of: [code])! }
        #expect(Set(incidence.points.map(\.group)) == [index("alleviated")])
        #expect(Set(incidence.leftOut.map { "\($0.group): \($0.reason)" }) == [
            "\(index("unstable")): no household in 2021", "\(index("marginal")): no household in 2023",
        ])
        // D has a 2022 record but none in 2021: balanced 2022 → 2023 compares it, 2021 → 2022 not.
        let later = GrowthIncidence(analysis, from: 2022, to: 2023)
        #expect(later.points.contains { $0.group == index("unstable") })
    }

    // Balanced with households in both years in each, but none the same: A only in 2021 and B
    // only in 2023 in one township.
    @Test func aGroupWithNoHouseholdInBothYearsIsLeftOut() throws {
        var panel = HouseholdPanel(
            source: "t", householdID: TextColumn(["A", "B"]), year: [2021, 2023], householdSize: [1, 1],
            wageIncome: [1, 2], operatingIncome: [0, 0], propertyIncome: [0, 0], transferIncome: [0, 0],
            productionExpense: [0, 0])
        panel.township = TextColumn(["T", "T"])
        let analysis = try IncomeAnalysis(panel: panel, by: [.township])
        let incidence = GrowthIncidence(analysis, from: 2021, to: 2023)
        #expect(incidence.points.isEmpty)
        #expect(incidence.leftOut.map(\.group) == [0])
        #expect(incidence.leftOut.map(\.reason.en) == ["no household with records in both 2021 and 2023"])
        #expect(GrowthIncidence(try IncomeAnalysis(panel: panel, by: [.township], mode: .crossSection), from: 2021, to: 2023)
            .points.count == 9)
    }

    // T2 in 2021 is C alone with pci 0: every decile starts at 0, so growth is undefined.
    // `unstable` has no household in 2021 and gets no points.
    @Test func zeroStartAndMissingYearGiveNoGrowth() throws {
        let byTownship = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.township], mode: .crossSection)
        let t2 = GrowthIncidence(byTownship, from: 2021, to: 2023).points.filter { $0.group == 1 }
        #expect(t2.count == 9 && t2.allSatisfy { $0.from == 0 && $0.growth == nil && $0.annualGrowth == nil })
        let byCategory = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.category], mode: .crossSection)
        let unstable = byCategory.grouping.labels.firstIndex(of: ["unstable"])!
        #expect(!GrowthIncidence(byCategory, from: 2021, to: 2023).points.contains { $0.group == unstable })
    }

    @Test func tableColumns() throws {
        let analysis = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.township])
        let table = GrowthIncidence(analysis, from: 2021, to: 2022).table(labelledBy: analysis)
        #expect(table.columns.map(\.key) == [
            "township", "cut_point", "from_year", "to_year", "pci_from", "pci_to", "growth", "annual_growth",
        ])
        #expect(table.rows.count == 18)
        #expect(table.rows[0][0] == .text("T1"))
        // Rows are the cut points P10 … P90 (quantiles at p = 0.1 … 0.9), not deciles 1 … 9.
        #expect(table.rows.prefix(9).map { $0[1] } == (1...9).map { .text("P\($0 * 10)") })
    }
}
