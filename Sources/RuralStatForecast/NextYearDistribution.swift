import Foundation
import RuralStatRegression

/// The household model's law of each household's pci one year ahead, in closed form: on the
/// model's log scale s = c_t + xβ̂ + u + σ̂ₕ·z (c_t: ``ForecastDesign/centre(_:)``) with z normal of the standardised residuals' variance
/// (the ``Retransformation/lognormal`` law) and u the shared shock (township and year), so
///
///     s ~ N(c_t + xβ̂, σ̂ₕ²·s_z² + σ_u² + E + V_Δ),   P(pciₜ₊₁ < a) = Φ((log(a + c) − c_t − xβ̂) / spread),
///
/// E being the variance of the township effect's error (``CommonShock/effectErrorVariance``),
/// V_Δ being the variance of the year effect's innovation under its posterior predictive
/// (``CommonShock/predictiveInnovationVariance``: the simulation's Student t, matched in
/// variance),
/// c being the transform's shift (0 for the default floor). The year effect carried by the
/// simulation (``CommonShock/latestYearEffect``) is left out, so that training rows and new
/// rows are measured alike; ``LineProbability`` puts the average back in its intercept.
///
/// This is the one-year margin of ``PathSimulation`` under the log-normal law without the
/// Monte Carlo noise: what ``LineProbability`` and the risk score read off the forecasting model.
public struct NextYearDistribution: Sendable {
    /// xβ̂ + c_t for each row, on the model's log scale (NaN where a regressor is missing).
    public let centre: [Double]
    /// The spread of s around ``centre`` for each row (NaN where a regressor is missing).
    public let spread: [Double]
    /// The shift c of the model's log scale.
    let shift: Double

    /// The law of the year after each of `rows` (rows of `design`'s panel, any year).
    ///
    /// - Throws: ``RegressionError`` for a level the fit did not see.
    public init(model: HouseholdModel, design: ForecastDesign, rows: [Int]) throws {
        let data = design.modelData(
            rows: rows, spline: model.spline,
            only: Set((model.formula.columns + [ForecastDesign.weight]).map { $0.lowercased() }))
        centre = zip(try model.mean.fittedValues(data), rows).map { $0 + design.centre($1) }
        let noise = NoiseSampler(.lognormal, residuals: model.standardizedResiduals).scale
        let shock = model.commonShock
        let shared = shock.variance + shock.effectErrorVariance + shock.predictiveInnovationVariance
        spread = try model.variance.predict(data).map { ($0 * noise * noise + shared).squareRoot() }
        shift = design.transform.shift
    }

    /// P(pciₜ₊₁ < `amount`) for the `index`-th row (NaN where its law is unknown).
    public func probability(_ index: Int, below amount: Double) -> Double {
        let (s, sd) = (centre[index], spread[index])
        guard s.isFinite, sd.isFinite, sd > 0 else { return .nan }
        let threshold = amount + shift
        guard threshold > 0 else { return 0 }
        return 0.5 * erfc(-(log(threshold) - s) / (sd * 2.0.squareRoot()))
    }
}
