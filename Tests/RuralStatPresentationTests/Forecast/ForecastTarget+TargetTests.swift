import RuralStatCore
import RuralStatForecast
import RuralStatPresentation
import RuralStatTargets
import Testing

/// Which targets a forecast gives `p_meet` for, and with which rule.
@Suite struct ForecastTargetFromTargetTests {
    @Test func growthOnGrowthAndLevelOnPCI() {
        let growth = Target(id: "g", kind: .growth, population: Population([.alleviated]), firstYear: 2024, threshold: 0.08)
        #expect(ForecastTarget(growth) == ForecastTarget(
            id: "g", rule: .growth(rate: 0.08), population: [.alleviated], firstYear: 2024))
        let level = Target(id: "l", kind: .level, metric: "pci", lastYear: 2026, threshold: 15_000, byYear: 2025)
        #expect(ForecastTarget(level) == ForecastTarget(
            id: "l", rule: .level(amount: 15_000, byYear: 2025), lastYear: 2026))
    }

    @Test func otherTargetsAreNotForecast() {
        #expect(ForecastTarget(Target(id: "m", kind: .level, metric: "median", threshold: 9_000)) == nil)
        #expect(ForecastTarget(Target(id: "w", kind: .growth, metric: "wage_share", threshold: 0.01)) == nil)
        #expect(ForecastTarget(Target(id: "t", kind: .trend)) == nil)
        #expect(ForecastTarget(Target(id: "n", kind: .growth)) == nil)
    }
}
