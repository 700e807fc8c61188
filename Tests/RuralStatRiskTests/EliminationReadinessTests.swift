import RuralStatCore
import Testing
@testable import RuralStatRisk

/// Risk-elimination readiness (SPEC §3.2) for each condition on its own, from a household
/// that meets them all: marginal, monitored since 2023-01-01, two measures, pci 7,000 in 2022
/// (line 5,000) and 8,000 in 2023 (line 6,000), no rigid expense, every guarantee, labour 1.
@Suite struct EliminationReadinessTests {
    typealias Row = RiskFixture.Row

    static func readiness(before: Double = 7_000, _ change: (inout Row) -> Void = { _ in }) -> EliminationReadiness? {
        var now = Row(wage: 8_000, category: .marginal, since: 20230101, measures: 2)
        change(&now)
        let rows = [Row(year: 2022, wage: before, category: .marginal, since: 20230101, measures: 2), now]
        let risk = RiskPanel(RiskFixture.panel(rows), settings: RiskFixture.settings)
        return risk.readiness(1, indicators: risk.indicators(1))
    }

    @Test func readyWhenEveryConditionHolds() {
        #expect(Self.readiness()?.isReady == true)
        #expect(Self.readiness()?.unmet == [])
    }

    @Test func householdsThatAreNotMonitoredHaveNoReadiness() {
        #expect(Self.readiness { $0.category = .alleviated } == nil)
        #expect(Self.readiness { $0.category = .general } == nil)
    }

    /// Six months by 31 December: since 30 June qualifies, 1 July does not; unknown does not.
    @Test func monitoredSixMonths() {
        #expect(Self.readiness { $0.since = 20230630 }?.isReady == true)
        #expect(Self.readiness { $0.since = 20230701 }?.unmet == [.monitoredSixMonths])
        #expect(Self.readiness { $0.since = Missing.integer }?.unmet == [.monitoredSixMonths])
    }

    @Test(arguments: [Int32(0), Missing.integer])
    func assistanceMeasure(measures: Int32) {
        #expect(Self.readiness { $0.measures = measures }?.unmet == [.assistance])
    }

    @Test func incomeAboveTheLineThisYearAndLast() {
        #expect(Self.readiness { $0.wage = 6_000 }?.isReady == true)
        #expect(Self.readiness { $0.wage = 5_999 }?.unmet == [.incomeAboveLine])
        #expect(Self.readiness(before: 4_999)?.unmet == [.previousIncomeAboveLine])
    }

    /// 12,000 → 8,000 is −33%: a sudden drop.
    @Test func noSuddenDrop() {
        #expect(Self.readiness(before: 12_000)?.unmet == [.noSuddenDrop])
    }

    /// 4,000 of medical spending on a net 8,000 is a burden of 0.5.
    @Test func noRigidExpense() {
        #expect(Self.readiness { $0.medical = 4_000 }?.unmet == [.noRigidExpense])
    }

    @Test func noGuaranteeGap() {
        #expect(Self.readiness { $0.guarantees = [1, 1, 0, 1] }?.unmet == [.noGuaranteeGap])
    }

    /// Households without working-age labour are not marked ready.
    @Test func labourIsNeeded() {
        #expect(Self.readiness { $0.labor = 0; $0.employed = 0; $0.months = 0 }?.unmet == [.hasLabour])
    }

    @Test func everyUnmetConditionIsListed() {
        let readiness = Self.readiness(before: 12_000) {
            $0.wage = 5_000; $0.since = 20231101; $0.measures = 0; $0.labor = 0; $0.employed = 0; $0.months = 0
        }
        #expect(readiness?.unmet == [.monitoredSixMonths, .assistance, .incomeAboveLine, .noSuddenDrop, .hasLabour])
    }
}
