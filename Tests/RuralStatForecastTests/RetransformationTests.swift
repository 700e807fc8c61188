import Foundation
@testable import RuralStatForecast
import RuralStatCore
import RuralStatRegression
import Testing

@Suite struct RetransformationTests {
    /// Residuals ±1 (mean square 1): smearing gives (e^−σ + e^σ)/2 = cosh σ, the log-normal
    /// correction e^{σ²/2}, by hand.
    @Test func factorsOnAKnownCase() {
        let residuals = [-1.0, 1.0]
        #expect(relativelyClose(Retransformation.smearing.factor(sigma: 0.5, residuals: residuals), cosh(0.5), 1e-15))
        #expect(relativelyClose(Retransformation.lognormal.factor(sigma: 0.5, residuals: residuals), exp(0.125), 1e-15))
    }

    /// For a log-normal law, smearing over many normal residuals approaches E[exp(σZ)] = e^{σ²/2}.
    @Test func smearingOfNormalResidualsMatchesTheLogNormalMean() {
        var random = ForecastRandom(seed: 3, stream: 9)
        let residuals = (0..<200_000).map { _ in random.normal() }
        let smeared = Retransformation.smearing.factor(sigma: 0.4, residuals: residuals)
        #expect(abs(smeared - exp(0.08)) < 0.004, "smearing \(smeared) vs e^0.08 = \(exp(0.08))")
    }

    /// The simulated household mean of a known log-normal case: exp(μ + σ²/2) within Monte Carlo error.
    @Test func simulatedMeanOfAKnownLogNormal() throws {
        let process = KnownProcess(households: 400, years: 2018...2022)
        let design = ForecastDesign(process.panel())
        let model = try HouseholdModel(
            design: design, originYears: 2018...2021, formula: try .init("log_pci_next ~ log_pci"))
        let forecaster = IncomeForecaster(design: design, model: model)
        let grouping = try Grouping(design.panel, by: [])
        let forecast = try forecaster.forecast(
            from: 2022, grouping: grouping, settings: ForecastSettings(draws: 4_000, seed: 5), households: true)
        let first = try #require(forecast.households.first)
        let row = first.originRow
        let prediction = try #require(try model.mean.predict(design.modelData(rows: [row], spline: model.spline)).first)
        let sigma2 = try #require(try model.variance.predict(design.modelData(rows: [row], spline: model.spline)).first)
        let s2 = model.standardizedResiduals.reduce(0) { $0 + $1 * $1 } / Double(model.standardizedResiduals.count)
        let shock = model.commonShock.variance
        let expected = exp(design.centre(row) + prediction.fit + (sigma2 * s2 + shock) / 2)
        #expect(relativelyClose(first.pci, expected, 0.02), "simulated \(first.pci) vs exp(μ + σ²/2) \(expected)")
    }
}
