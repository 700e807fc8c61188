import RuralStatCore
import Testing
@testable import RuralStatRisk

/// Every SPEC §3.2 indicator and push rule on hand-made households, exactly at each threshold
/// (lines 5,000 in 2022 and 6,000 in 2023; d = 0.30, m = 1.5, rigid 0.5, 10,000 yuan).
@Suite struct RiskPanelTests {
    typealias Row = RiskFixture.Row

    /// 10,000 → 7,000 is a change of exactly −30%: a sudden drop (≤ −d); 7,001 is not.
    @Test func suddenDropIncludesExactlyMinusD() {
        let at = RiskFixture.indicators(RiskFixture.pair(before: 10_000) { $0.wage = 7_000 })
        #expect(abs(at.pciChange! + 0.3) < 1e-12)
        #expect(at.suddenDrop == true)
        let above = RiskFixture.indicators(RiskFixture.pair(before: 10_000) { $0.wage = 7_001 })
        #expect(above.suddenDrop == false)
    }

    /// Without a record of the year before, and after a zero or negative pci, there is no change.
    @Test(arguments: [0.0, -2_000.0])
    func noChangeAfterZeroOrNegativeIncome(before: Double) {
        let x = RiskFixture.indicators(RiskFixture.pair(before: before) { $0.wage = 3_000 })
        #expect(x.pciChange == nil && x.suddenDrop == nil)
    }

    @Test func noChangeWithoutAPreviousYear() {
        let x = RiskFixture.indicators([Row(wage: 3_000)])
        #expect(x.pciChange == nil && x.suddenDrop == nil && x.employmentDrop == nil)
    }

    /// pci = z is not below the line but near it; pci = 1.5·z is no longer near.
    @Test func lineAndNearLineAtTheirBounds() {
        let atLine = RiskFixture.indicators([Row(wage: 6_000)])
        #expect(atLine.belowLine == false && atLine.nearLine == true)
        let justBelow = RiskFixture.indicators([Row(wage: 5_999.99)])
        #expect(justBelow.belowLine == true && justBelow.nearLine == false)
        let atNearBound = RiskFixture.indicators([Row(wage: 9_000)])
        #expect(atNearBound.nearLine == false)
        let insideNear = RiskFixture.indicators([Row(wage: 8_999.99)])
        #expect(insideNear.nearLine == true)
        // Two members: pci = 12,000 / 2 = 6,000, on the line.
        #expect(RiskFixture.indicators([Row(size: 2, wage: 12_000)]).belowLine == false)
        // A year without a line has neither flag.
        let noLine = RiskFixture.indicators([Row(year: 2024, wage: 100)])
        #expect(noLine.belowLine == nil && noLine.nearLine == nil)
    }

    @Test func under10kIsStrict() {
        #expect(RiskFixture.indicators([Row(wage: 10_000)]).under10k == false)
        #expect(RiskFixture.indicators([Row(wage: 9_999)]).under10k == true)
    }

    /// (3,000 + 2,000) / 10,000 = 0.5 is a rigid expense; 4,999 of spending is not. With net ≤ 1
    /// the burden is the spending itself: (300 + 0) / max(−500, 1) = 300.
    @Test func rigidBurdenAtTheThreshold() {
        let at = RiskFixture.indicators([Row(medical: 3_000, education: 2_000)])
        #expect(at.rigidBurden == 0.5 && at.rigidExpense == true)
        let below = RiskFixture.indicators([Row(medical: 2_999, education: 2_000)])
        #expect(below.rigidBurden == 0.4999 && below.rigidExpense == false)
        let negative = RiskFixture.indicators([Row(wage: 0, expense: 500, medical: 300)])
        #expect(negative.rigidBurden == 300 && negative.rigidExpense == true)
    }

    /// Labour 2 with nobody employed is zero employment; labour 0 is not; a missing count is undefined.
    @Test func zeroEmploymentNeedsLabour() {
        #expect(RiskFixture.indicators([Row(labor: 2, employed: 0, months: 0)]).zeroEmployment == true)
        #expect(RiskFixture.indicators([Row(labor: 0, employed: 0, months: 0)]).zeroEmployment == false)
        #expect(RiskFixture.indicators([Row(labor: Missing.integer, employed: 0)]).zeroEmployment == nil)
    }

    @Test func employmentDropAgainstLastYear() {
        let rows = [Row(year: 2022, labor: 2, employed: 2), Row(labor: 2, employed: 1)]
        #expect(RiskFixture.indicators(rows).employmentDrop == true)
        let same = [Row(year: 2022, labor: 2, employed: 1), Row(labor: 2, employed: 1)]
        #expect(RiskFixture.indicators(same).employmentDrop == false)
    }

    /// One false flag is a gap; all true is none; a missing flag with the rest true is unknown.
    @Test func guaranteeGap() {
        #expect(RiskFixture.indicators([Row(guarantees: [1, 1, 0, 1])]).guaranteeGap == true)
        #expect(RiskFixture.indicators([Row(guarantees: [1, 1, 1, 1])]).guaranteeGap == false)
        #expect(RiskFixture.indicators([Row(guarantees: [1, Missing.code, 1, 1])]).guaranteeGap == nil)
        #expect(RiskFixture.indicators([Row(guarantees: [0, Missing.code, 1, 1])]).guaranteeGap == true)
    }

    /// Medical push: 5,000 for 脱贫人口 (alleviated, unstable), 20,000 for others, both inclusive;
    /// education push: strictly above 10,000.
    @Test func pushRulesAtTheirThresholds() {
        #expect(RiskFixture.indicators([Row(medical: 5_000)]).pushMedical == true)
        #expect(RiskFixture.indicators([Row(medical: 4_999)]).pushMedical == false)
        #expect(RiskFixture.indicators([Row(category: .unstable, medical: 5_000)]).pushMedical == true)
        #expect(RiskFixture.indicators([Row(category: .general, medical: 19_999)]).pushMedical == false)
        #expect(RiskFixture.indicators([Row(category: .marginal, medical: 20_000)]).pushMedical == true)
        #expect(RiskFixture.indicators([Row(education: 10_000)]).pushEducation == false)
        #expect(RiskFixture.indicators([Row(education: 10_001)]).pushEducation == true)
    }

    /// Thresholds are settings: with d = 0.2, a 25% fall is a drop; with m = 2, 11,000 is near 6,000.
    @Test func thresholdsAreSettings() {
        var settings = RiskFixture.settings
        settings.drop = 0.2
        settings.near = 2
        settings.lowIncome = 8_000
        let x = RiskFixture.indicators(RiskFixture.pair(before: 10_000) { $0.wage = 7_500 }, settings: settings)
        #expect(x.suddenDrop == true && x.under10k == true)
        #expect(RiskFixture.indicators([Row(wage: 11_000)], settings: settings).nearLine == true)
    }

    /// The event threshold: max(next year's line, 70% of pci); this year's line when next year has none.
    @Test func eventThreshold() {
        let risk = RiskPanel(RiskFixture.panel([Row(year: 2022, wage: 10_000), Row(wage: 5_000)]),
                             settings: RiskFixture.settings)
        #expect(risk.eventThreshold(0) == (6_000, 7_000))
        #expect(risk.eventThreshold(1) == (6_000, 6_000))
    }
}
