import RuralStatCore
import RuralStatEmployment
import Testing
import RuralStatTestSupport

@Suite struct HouseholdEmploymentTests {
    let households = HouseholdEmployment(EmploymentFixture.households)

    @Test func linksEachRowToTheYearBefore() {
        #expect(households.previousRow == [-1, 0, -1, 2, -1, -1, 5, -1])
    }

    @Test func steadyHouseholdRow1() {
        // h1 2023: labour 2, employed 2, 20 months; h1 2022 had 2 workers.
        let x = households.indicators(1)
        #expect(x.covered == true)
        #expect(x.zeroEmployment == false)
        #expect(isClose(x.employmentRate, 1, floor: 1)) // 2 / 2
        #expect(isClose(x.monthsIntensity, 20.0 / 24, floor: 1)) // 20 / (12·2)
        #expect(x.persistent == true)
        #expect(isClose(x.wageShare, 0.75, floor: 1)) // 24000 / (24000 + 4000 + 0 + 4000)
        #expect(isClose(x.stabilityIndex, 100 * (0.4 + 0.4 * 20.0 / 24 + 0.2), floor: 1)) // 93.333…
    }

    @Test func householdThatLostItsJobRow3() {
        // h2 2023: labour 1, employed 0 after 1 worker in 2022.
        let x = households.indicators(3)
        #expect(x.covered == false)
        #expect(x.zeroEmployment == true)
        #expect(isClose(x.employmentRate, 0, floor: 1))
        #expect(x.monthsIntensity == nil) // no worker
        #expect(x.persistent == false)
        #expect(isClose(x.wageShare, 0, floor: 1)) // 0 / 12000
        #expect(x.stabilityIndex == 0)
    }

    @Test func labourZeroHouseholdRow4() {
        // h3 2023: no labour, first record.
        let x = households.indicators(4)
        #expect(x.covered == false)
        #expect(x.zeroEmployment == false) // zero employment needs labour ≥ 1
        #expect(x.employmentRate == nil)
        #expect(x.monthsIntensity == nil)
        #expect(x.persistent == nil)
        #expect(x.stabilityIndex == nil)
    }

    @Test func missingLabourRow7() {
        // h5 2023: labour missing, 1 worker for 6 months.
        let x = households.indicators(7)
        #expect(x.labor == nil)
        #expect(x.covered == nil)
        #expect(x.zeroEmployment == nil)
        #expect(x.employmentRate == nil)
        #expect(isClose(x.monthsIntensity, 0.5, floor: 1)) // 6 / 12
        #expect(x.stabilityIndex == nil)
        #expect(isClose(x.wageShare, 0.5, floor: 1)) // 5000 / 10000
    }

    @Test func firstYearPartialCoverageRow5() {
        // h4 2022: 3 labour, 1 worker for 12 months, no 2021 record:
        // index 100·(0.4/3 + 0.4) / 0.8 = 66.667.
        let x = households.indicators(5)
        #expect(isClose(x.employmentRate, 1.0 / 3, floor: 1))
        #expect(isClose(x.monthsIntensity, 1, floor: 1))
        #expect(isClose(x.stabilityIndex, 200.0 / 3, floor: 1))
    }

    @Test func panelWithoutEmploymentColumns() {
        var panel = EmploymentFixture.households
        panel.laborCount = nil
        panel.employedCount = nil
        let x = HouseholdEmployment(panel).indicators(0)
        #expect(x.covered == nil && x.employmentRate == nil && x.persistent == nil && x.stabilityIndex == nil)
    }
}
