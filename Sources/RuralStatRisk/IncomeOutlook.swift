import Foundation
import RuralStatLinearAlgebra
import RuralStatRegression

/// A predictive distribution of next year's income for each household: the outlook model
/// behind `p_below_line` and one predictor of the score.
///
/// With x the household-year's predictors (``RiskFeatures``) and an intercept, and income
/// measured against the reference line of the origin year t, y = log(max(pci_t+1 / ref_t, 0.02)):
///
/// - the mean is a least-squares fit y = x·β (``RuralStatRegression/LinearFit``, QR);
/// - the spread is a second fit log(e² + 10⁻⁴) = x·γ of the squared residuals, so that
///   σ(x)² = c·exp(x·γ) with c making the mean of e²/σ² one (households differ greatly in
///   how much their income moves);
/// - the shape is the empirical distribution F̂ of the standardised residuals u = e/σ(x) of the
///   fit — not a normal curve: incomes fall more often and further than they rise.
///
/// Then P(pci_t+1 < a) = F̂((log(a / ref_t) − x·β) / σ(x)) for any amount a above 2% of the
/// reference line. `p_below_line` takes a = z_t+1, next year's line, or this year's line when
/// the settings have none for t+1.
struct IncomeOutlook: Sendable {
    /// The smallest income ratio y measures; lower incomes (and losses) count as this.
    static let floorRatio = 0.02

    /// β: intercept, then one per predictor; NaN for aliased columns (ignored).
    let mean: [Double]
    /// γ of the log squared residuals.
    let spread: [Double]
    /// c: the scale that makes E[e²/σ²] = 1 on the training rows.
    let scale: Double
    /// The standardised training residuals, sorted.
    let residuals: [Double]

    /// Fits the outlook on `design` (intercept first) and the ratios `outcome` (pci_t+1 / ref_t).
    init(design: Matrix, outcome: [Double]) throws {
        let y = outcome.map { log(max($0, Self.floorRatio)) }
        let fit = try LinearFit(design: design, response: y, options: LeastSquaresOptions(maximumRefinementSteps: 2))
        mean = fit.coefficients
        let logSquares = fit.residuals.map { log($0 * $0 + 1e-4) }
        let spreadFit = try LinearFit(design: design, response: logSquares, options: LeastSquaresOptions(maximumRefinementSteps: 2))
        spread = spreadFit.coefficients
        var ratioSum = 0.0
        var raw = [Double](repeating: 0, count: design.rows)
        for i in 0..<design.rows {
            let variance = exp(Self.dot(spread, design, row: i))
            raw[i] = fit.residuals[i] / variance.squareRoot()
            ratioSum += raw[i] * raw[i]
        }
        scale = ratioSum / Double(max(design.rows, 1))
        let root = scale.squareRoot()
        residuals = raw.map { $0 / root }.sorted()
    }

    /// x·b for row `row` of `design`, skipping aliased (NaN) coefficients.
    static func dot(_ b: [Double], _ design: Matrix, row: Int) -> Double {
        var sum = 0.0
        for j in 0..<design.columns where !b[j].isNaN { sum += b[j] * design.elements[row + j * design.rows] }
        return sum
    }

    /// x·b for predictors `x` (without the intercept), skipping aliased coefficients.
    static func dot(_ b: [Double], intercept: Bool, _ x: UnsafeBufferPointer<Double>) -> Double {
        var sum = b[0].isNaN ? 0 : b[0]
        for j in 0..<x.count where !b[j + 1].isNaN { sum += b[j + 1] * x[j] }
        return sum
    }

    /// The centre x·β and spread σ(x) of y for predictors `x`.
    func distribution(_ x: UnsafeBufferPointer<Double>) -> (centre: Double, sigma: Double) {
        (Self.dot(mean, intercept: true, x), (scale * exp(Self.dot(spread, intercept: true, x))).squareRoot())
    }

    /// P(pci_t+1 / ref_t < threshold) for a household whose y has `centre` and `sigma`.
    func probability(below threshold: Double, centre: Double, sigma: Double) -> Double {
        guard threshold > Self.floorRatio else { return 0 }
        let u = (log(threshold) - centre) / sigma
        // The share of standardised residuals below u (binary search).
        var low = 0, high = residuals.count
        while low < high {
            let middle = (low + high) / 2
            if residuals[middle] < u { low = middle + 1 } else { high = middle }
        }
        return Double(low) / Double(max(residuals.count, 1))
    }
}
