import Foundation
import RuralStatCore
@testable import RuralStatForecast
import RuralStatRegression
import Testing

/// The township-year shock and the township effects' error on processes whose shocks and
/// lasting township differences are known, drawn by the test.
@Suite struct CommonShockTests {
    private let formula = "log_pci_next ~ log_pci + C(township)"

    /// Five origin years, township effects: σ_u² is the spread of the realised shocks once
    /// each township's mean and each year's are taken out (what the effects and the year effect
    /// leave), Σ(u − ū_g − ū_t + ū)² / (G(m − 1)); the effect's error is (σ_u² + N)/m.
    @Test func shockVarianceIsTheRealisedShocksSpread() throws {
        let process = KnownProcess(households: 2_000, years: 2018...2023, townships: 20, townshipShock: 0.1)
        let model = try HouseholdModel(
            design: ForecastDesign(process.panel()), originYears: 2018...2022, formula: try Formula(formula))
        // The shock of the transition from origin year t is u of year t + 1 (indices 1…5).
        let u = process.townshipShocks().map { Array($0.dropFirst()) }
        let g = Double(u.count), m = Double(u[0].count)
        let townshipMean = u.map { $0.reduce(0, +) / m }
        let yearMean = (0..<u[0].count).map { t in u.reduce(0) { $0 + $1[t] } / g }
        let mean = townshipMean.reduce(0, +) / g
        var squares = 0.0
        for (i, row) in u.enumerated() {
            for (t, value) in row.enumerated() {
                let left = value - townshipMean[i] - yearMean[t] + mean
                squares += left * left
            }
        }
        let realised = squares / (g * (m - 1))
        let shock = model.commonShock
        #expect(shock.isIdentified)
        #expect(relativelyClose(shock.variance, realised, 0.15), "σ_u² \(shock.variance), realised \(realised)")
        // The effect's error: (σ_u² + N)/m, N = σ²/n with n = 100 households in a cell.
        let noise = process.sigma * process.sigma / 100
        #expect(relativelyClose(shock.effectErrorVariance, (shock.variance + noise) / 5, 0.01))
    }

    /// One origin year: the shock is measured with the effects, whose spread here is the
    /// lasting differences' (no shocks), ΣL²/G about their mean; two origin years tell them
    /// apart and the shock is near 0.
    @Test func oneOriginYearBoundsTheShockByTheEffectsSpread() throws {
        let process = KnownProcess(households: 2_000, years: 2021...2023, townships: 20, townshipLevel: 0.1)
        let design = ForecastDesign(process.panel())
        let one = try HouseholdModel(design: design, originYears: 2022...2022, formula: try Formula(formula))
        let levels = process.townshipLevels()
        let centre = levels.reduce(0, +) / Double(levels.count)
        let spread = levels.reduce(0) { $0 + ($1 - centre) * ($1 - centre) } / Double(levels.count)
        #expect(!one.commonShock.isIdentified)
        #expect(relativelyClose(one.commonShock.variance, spread, 0.15), "bound \(one.commonShock.variance), spread of L \(spread)")
        let noise = process.sigma * process.sigma / 100
        #expect(relativelyClose(one.commonShock.effectErrorVariance, one.commonShock.variance + noise, 0.01))
        let two = try HouseholdModel(design: design, originYears: 2021...2022, formula: try Formula(formula))
        #expect(two.commonShock.isIdentified)
        #expect(two.commonShock.variance < 0.1 * spread, "lasting differences are effects: \(two.commonShock.variance)")
    }

    /// Household 90% intervals for next year cover 87–93% of the outcomes of a process with
    /// township shocks of σ_u = 0.15 (σ = 0.2, 200 townships of 20 households), pooled over
    /// three draws of the process (one outcome year's 200 shocks alone move the rate by
    /// ±3 points): fitted on one origin year, where the shock is bounded by the effects' spread
    /// and the stale shock in each effect is the effect's error, and on three. Without the
    /// effect's error and the bound the fits covered 69% and 85%.
    @Test(arguments: [2022...2022, 2020...2022])
    func householdIntervalsCoverUnderTownshipShocks(originYears: ClosedRange<Int>) throws {
        var covered = 0, households = 0
        for seed: UInt64 in [12_345, 777, 4_242] {
            let process = KnownProcess(households: 4_000, years: 2019...2024, townships: 200, seed: seed, townshipShock: 0.15)
            let design = ForecastDesign(process.panel())
            let model = try HouseholdModel(design: design, originYears: originYears, formula: try Formula(formula))
            let forecast = try IncomeForecaster(design: design, model: model).forecast(
                from: 2023, grouping: try Grouping(design.panel, by: []), settings: ForecastSettings(draws: 400, seed: 3),
                households: true)
            for household in forecast.households {
                let actual = design.panel.pci(Int(design.nextRow[household.originRow]))
                covered += household.intervals[0].lower <= actual && actual <= household.intervals[0].upper ? 1 : 0
            }
            households += forecast.households.count
        }
        let coverage = Double(covered) / Double(households)
        #expect(households == 12_000)
        #expect(coverage >= 0.87 && coverage <= 0.93, "coverage \(coverage) fitted on \(originYears)")
    }
}
