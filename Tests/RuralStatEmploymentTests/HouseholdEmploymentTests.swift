import RuralStatCore
import RuralStatData
import RuralStatEmployment
import Testing

@Suite struct HouseholdEmploymentTests {
    let households = HouseholdEmployment(EmploymentFixture.households)

    private func close(_ a: Double?, _ b: Double, relative: Double = 1e-12) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= relative * max(abs(b), 1)
    }

    @Test func linksEachRowToTheYearBefore() {
        #expect(households.previousRow == [-1, 0, -1, 2, -1, -1, 5, -1])
    }

    @Test func steadyHouseholdRow1() {
        // h1 2023: labour 2, employed 2, 20 months; h1 2022 had 2 workers.
        let x = households.indicators(1)
        #expect(x.covered == true)
        #expect(x.zeroEmployment == false)
        #expect(close(x.employmentRate, 1)) // 2 / 2
        #expect(close(x.monthsIntensity, 20.0 / 24)) // 20 / (12·2)
        #expect(x.persistent == true)
        #expect(close(x.wageShare, 0.75)) // 24000 / (24000 + 4000 + 0 + 4000)
        #expect(close(x.stabilityIndex, 100 * (0.4 + 0.4 * 20.0 / 24 + 0.2))) // 93.333…
    }

    @Test func householdThatLostItsJobRow3() {
        // h2 2023: labour 1, employed 0 after 1 worker in 2022.
        let x = households.indicators(3)
        #expect(x.covered == false)
        #expect(x.zeroEmployment == true)
        #expect(close(x.employmentRate, 0))
        #expect(x.monthsIntensity == nil) // no worker
        #expect(x.persistent == false)
        #expect(close(x.wageShare, 0)) // 0 / 12000
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
        #expect(close(x.monthsIntensity, 0.5)) // 6 / 12
        #expect(x.stabilityIndex == nil)
        #expect(close(x.wageShare, 0.5)) // 5000 / 10000
    }

    @Test func firstYearPartialCoverageRow5() {
        // h4 2022: 3 labour, 1 worker for 12 months, no 2021 record:
        // index 100·(0.4/3 + 0.4) / 0.8 = 66.667.
        let x = households.indicators(5)
        #expect(close(x.employmentRate, 1.0 / 3))
        #expect(close(x.monthsIntensity, 1))
        #expect(close(x.stabilityIndex, 200.0 / 3))
    }

    @Test func panelWithoutEmploymentColumns() {
        var panel = EmploymentFixture.households
        panel.laborCount = nil
        panel.employedCount = nil
        let x = HouseholdEmployment(panel).indicators(0)
        #expect(x.covered == nil && x.employmentRate == nil && x.persistent == nil && x.stabilityIndex == nil)
    }
}
