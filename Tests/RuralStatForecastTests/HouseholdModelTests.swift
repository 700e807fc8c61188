import Foundation
import RuralStatCore
@testable import RuralStatForecast
import RuralStatRegression
import Testing

@Suite struct HouseholdModelTests {
    /// On a process with known ρ and σ, the fitted slope and spread are close to them.
    @Test func recoversKnownParameters() throws {
        let process = KnownProcess()
        let design = ForecastDesign(process.panel())
        let model = try HouseholdModel(design: design, originYears: 2018...2022, formula: try .init("log_pci_next ~ log_pci"))
        let rho = model.mean.fit.coefficients[1]
        #expect(abs(rho - process.rho) < 0.02, "rho \(rho)")
        let sigma2 = model.variance.fitted.reduce(0, +) / Double(model.variance.fitted.count)
        #expect(abs(sigma2.squareRoot() - process.sigma) < 0.01, "sigma \(sigma2.squareRoot())")
        #expect(model.commonShock.variance < 0.001, "no township shock in the process: \(model.commonShock.variance)")
    }

    /// A cap on the transitions takes them at a fixed stride: as many as the cap, spread over
    /// every origin year, and the parameters still recovered.
    @Test func cappedTransitionsAreAStride() throws {
        let process = KnownProcess()
        let design = ForecastDesign(process.panel())
        let formula = try Formula("log_pci_next ~ log_pci")
        let all = try HouseholdModel(design: design, originYears: 2018...2022, formula: formula)
        let capped = try HouseholdModel(design: design, originYears: 2018...2022, formula: formula, maximumTransitions: 3_000)
        #expect(all.transitionCount == 10_000 && all.availableTransitions == 10_000)
        #expect(capped.transitionCount == 3_000 && capped.availableTransitions == 10_000)
        #expect(abs(capped.mean.fit.coefficients[1] - process.rho) < 0.03)
        #expect(capped.mean.fit.coefficients != all.mean.fit.coefficients)
    }

    /// A household with a missing year gives no transition across the gap.
    @Test func missingYearBreaksTheTransition() throws {
        let process = KnownProcess(households: 50, years: 2019...2022)
        let panel = process.panel(dropping: [[0, 2020]])
        let design = ForecastDesign(panel)
        let rows = design.transitionRows(originYears: 2019...2021)
        let first = (0..<panel.count).filter { panel.householdID[$0] == "h0" }
        #expect(first.map { Int(panel.year[$0]) } == [2019, 2021, 2022])
        #expect(!rows.contains(first[0]), "2019 has no 2020 record to move to")
        #expect(rows.contains(first[1]), "2021 → 2022 is a transition")
        #expect(rows.count == 50 * 3 - 2)
    }

    /// Non-positive pci: log of the floor with the indicator, and forecasts that stay ≥ 0.
    @Test func nonPositiveIncome() throws {
        let process = KnownProcess(households: 300, years: 2019...2022)
        var panel = process.panel()
        let loss = (0..<panel.count).filter { panel.year[$0] == 2022 }.first!
        panel.wageIncome[loss] = 0
        panel.operatingIncome[loss] = -2_000
        let design = ForecastDesign(panel)
        let model = try HouseholdModel(design: design, originYears: 2019...2021)
        let data = design.modelData(rows: [loss], spline: model.spline)
        guard case .numeric(let logPCI)? = data.column(named: "log_pci"),
              case .numeric(let flag)? = data.column(named: "nonpositive") else { Issue.record("columns"); return }
        #expect(design.state(loss) == log(100))
        #expect(logPCI == [log(100) - design.centre(loss)])
        #expect(flag == [1])
        let forecast = try IncomeForecaster(design: design, model: model).forecast(
            from: 2022, grouping: try Grouping(panel, by: []), settings: ForecastSettings(horizon: 2, draws: 200),
            households: true)
        let own = forecast.households.filter { $0.originRow == loss }
        #expect(own.count == 2)
        #expect(own.allSatisfy { $0.pci.isFinite && $0.intervals[0].lower >= 0 })
    }

    @Test func formulaMustModelNextYear() throws {
        let design = ForecastDesign(KnownProcess(households: 20, years: 2019...2021).panel())
        #expect(throws: ForecastError.self) {
            try HouseholdModel(design: design, originYears: 2019...2020, formula: try Formula("pci ~ log_pci"))
        }
    }
}
