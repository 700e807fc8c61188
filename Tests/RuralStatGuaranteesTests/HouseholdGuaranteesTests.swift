import RuralStatCore
import RuralStatGuarantees
import Testing

@Suite struct HouseholdGuaranteesTests {
    let households = HouseholdGuarantees(GuaranteesFixture.households)

    @Test func eachFlagIsAGapOnlyWhenZero() {
        #expect(households.status(0) == GuaranteeStatus(gaps: [.housing]))
        #expect(households.status(1) == GuaranteeStatus(gaps: [.housing, .water]))
        #expect(households.status(2) == GuaranteeStatus(gaps: [.education]))
        #expect(households.status(6) == GuaranteeStatus(gaps: [.medical], unknown: [.water]))
        #expect(households.status(7) == GuaranteeStatus(gaps: [.education, .water]))
        #expect(households.status(3).isClear)
    }

    @Test func aMissingFlagIsNeverGuaranteed() {
        let status = households.status(4)
        #expect(status == GuaranteeStatus(unknown: [.medical]))
        #expect(status.isUndetermined && !status.isClear && !status.hasGap)
        // A gap with a missing flag beside it is a gap.
        #expect(households.status(6).hasGap && !households.status(6).isUndetermined)
    }

    @Test func anAbsentColumnIsUnknownForEveryRow() {
        var panel = GuaranteesFixture.households
        panel.waterOK = nil
        let households = HouseholdGuarantees(panel)
        #expect(households.presentFlags == [.education, .medical, .housing])
        #expect(households.status(3) == GuaranteeStatus(unknown: [.water]))
        #expect(households.status(0) == GuaranteeStatus(gaps: [.housing], unknown: [.water]))
    }

    @Test func yearsInARowFollowTheHousehold() {
        #expect(households.yearsInARow(1) == 2)   // g1: 2022 and 2023
        #expect(households.yearsInARow(10) == 3)  // g6: 2021–2023
        #expect(households.yearsInARow(12) == 1)  // g7: no record in 2022 ends the run
        #expect(households.yearsInARow(3) == 0)   // g2 2023: no gap
        #expect(households.yearsInARow(6) == 1)   // g4: clear in 2022
    }

    @Test func anUndeterminedYearEndsTheRun() {
        var panel = GuaranteesFixture.households
        panel.housingOK![0] = Missing.code  // g1 2022: housing unknown, the rest 1
        #expect(HouseholdGuarantees(panel).yearsInARow(1) == 1)
    }
}
