import RuralStatCore
import RuralStatGuarantees
import RuralStatText
import Testing

/// The group table of the fixture by township, every value worked out by hand from the table
/// in ``GuaranteesFixture``.
@Suite struct GuaranteesTableTests {
    let analysis: GuaranteesAnalysis

    init() throws {
        analysis = try GuaranteesAnalysis(households: GuaranteesFixture.households, by: [.township])
    }

    private func row(_ township: String, _ year: Int) throws -> GuaranteesGroupYear {
        let group = try #require(analysis.grouping.labels.firstIndex(of: [township]))
        return try #require(analysis.table.metrics(group: group, year: year))
    }

    @Test func rowsAreSortedByYearThenGroup() {
        #expect(analysis.table.rows.map { "\($0.year)\(analysis.grouping.labels[$0.group][0])" }
            == ["2021A", "2022A", "2022B", "2023A", "2023B"])
        #expect(analysis.table.years == [2021, 2022, 2023])
    }

    @Test func weightedGapsByFlag() throws {
        // 2022 A: g1 housing (w 1), g2 education (w 2), g6 housing (w 1).
        let a = try row("A", 2022)
        #expect(a.households == 4)
        #expect(GuaranteeFlag.allCases.map(a.gap) == [2, 0, 2, 0])
        #expect(a.anyGap == 4 && a.anyGapShare == 1)
        #expect(a.personsWithGap == 11)  // 4 + 3·2 + 1
        // 2023 B: g4 medical (w 1, water missing), g5 education and water (w 0.5).
        let b = try row("B", 2023)
        #expect(b.households == 1.5)
        #expect(GuaranteeFlag.allCases.map(b.gap) == [0.5, 1, 0, 0.5])
        #expect(b.anyGap == 1.5)
        #expect(b.personsWithGap == 6)  // 5 + 0.5·2
        #expect(b.gapShare(.education) == 0.5 / 1.5)
        #expect(b.gapShare(.water) == 1)  // g4's water is unknown: only g5 counts
    }

    @Test func missingFlagsAreCountedApart() throws {
        // 2023 A: g1, g6, g7 with a gap; g3 flags missing (medical); g2 (w 2) clear.
        let a = try row("A", 2023)
        #expect(a.households == 6)
        #expect(a.anyGap == 3 && a.missingFlags == 1 && a.noGap == 2)
        #expect(a.anyGapShare == 3.0 / 5.0)
        #expect(GuaranteeFlag.allCases.map(a.gap) == [0, 0, 2, 3])
        #expect(a.gapShare(.medical) == 0)  // g3's medical flag is unknown and not counted
        #expect(a.gapShare(.water) == 3.0 / 6.0)
        let persons: Double = 4 + 3 * 2 + 2 + 1 + 2
        #expect(a.persons == persons)
    }

    @Test func changeAgainstLastYearAndGapsTwoYearsRunning() throws {
        let a2023 = try row("A", 2023), a2022 = try row("A", 2022), b2023 = try row("B", 2023)
        #expect(try row("A", 2021).anyGapChange == nil)
        #expect(a2022.anyGapChange == 2)          // 4 against 2 in 2021
        #expect(a2022.anyGapShareChange == 0)
        #expect(a2022.persistentGap == 1)         // g6 (g1 has no 2021 record)
        #expect(a2023.anyGapChange == -1)         // 3 against 4
        #expect(abs(a2023.anyGapShareChange! - (0.6 - 1)) < 1e-15)
        #expect(a2023.persistentGap == 2)         // g1 and g6; g7 had no 2022 record
        #expect(b2023.anyGapChange == 1.5)        // 1.5 against 0
        #expect(b2023.anyGapShareChange == 1)
        #expect(try row("B", 2022).anyGapChange == nil)  // B has no 2021 record
    }

    @Test func statusesAddUpToTheHouseholds() {
        for row in analysis.table.rows {
            #expect(row.anyGap + row.missingFlags + row.noGap == row.households)
        }
    }

    @Test func weightsScaleEveryCount() throws {
        var panel = GuaranteesFixture.households
        panel.weight = panel.weight!.map { $0 * 3 }
        let tripled = try GuaranteesAnalysis(households: panel, by: [.township])
        for (x, y) in zip(tripled.table.rows, analysis.table.rows) {
            #expect(x.anyGap == 3 * y.anyGap && x.personsWithGap == 3 * y.personsWithGap)
            #expect(x.missingFlags == 3 * y.missingFlags && x.anyGapShare == y.anyGapShare)
        }
    }

    @Test func anAbsentColumnLeavesItsGapEmpty() throws {
        var panel = GuaranteesFixture.households
        panel.waterOK = nil
        let a = try #require(try GuaranteesAnalysis(households: panel).table.metrics(group: 0, year: 2023))
        #expect(a.gap(.water) == nil && a.gapShare(.water) == nil)
        #expect(a.noGap == 0)  // nobody's water is known
        // Gaps on the other flags: g1, g6 housing; g4 medical; g5 education. g7 (water only) and
        // g2 (clear but water unknown) and g3 are flags missing.
        #expect(a.anyGap == 3.5)
        #expect(a.missingFlags == 4)
    }

    @Test func aFileWithoutFlagColumnsIsAnError() {
        var panel = GuaranteesFixture.households
        panel.educationOK = nil; panel.medicalOK = nil; panel.housingOK = nil; panel.waterOK = nil
        let error = #expect(throws: GuaranteesError.self) { try GuaranteesAnalysis(households: panel) }
        #expect(error?.description.hasPrefix("households.csv:1: none of the columns education_ok (义务教育保障)") == true)
    }
}
