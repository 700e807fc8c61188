import RuralStatCore
import RuralStatRegression

/// Each household's own spread of next year's log pci around its mean: the variance model of
/// Chaudhuri, Jalan and Suryahadi (2002, "Assessing household vulnerability to poverty"),
/// σ̂ₕ² = xₕθ̂.
///
/// The squared household residuals ε² of the mean model are regressed on the mean model's own
/// terms, by OLS first and then by FGLS with weights w / (xθ̂₀)² (the variance of ε² is
/// proportional to σ⁴ under normality; xθ̂₀ counted as at least ``weightFloorShare`` of the
/// mean ε² there). A fitted variance below ``floorShare`` of the
/// weighted mean ε² is raised to it: a linear variance model can predict values near or under
/// zero at the edges of the data, and no household is certain of next year's income. A fitted
/// variance above the 99th percentile of the fitting rows' own fitted variances
/// (``ceiling``) is lowered to it: a straight line through squared residuals extrapolates
/// without bound, and one household with σ = 3 would multiply its expected income by
/// e^{4.5} and swamp its group's forecast (seen on a `synth` back-test before the cap).
public struct VarianceModel: Sendable {
    /// The floor of a fitted variance, as a share of the weighted mean squared residual.
    public static let floorShare = 0.05
    /// The floor of the first fit's variance in the FGLS weights w / (xθ̂₀)², as a share of the
    /// weighted mean squared residual. Without it a row at ``floorShare`` weighed 400 times a
    /// typical one, the second fit chased those rows, and on a one-year fit (`synth` seed 23)
    /// 10% of households ended at the floor with standardised residuals whose mean square was
    /// 4.9 instead of about 1, widening every household's law (group PCI 37% high).
    public static let weightFloorShare = 0.25
    /// The name of the variance model's response column.
    public static let response = "household_variance"
    /// The name of the variance model's weights.
    static let weight = "variance_weight"

    /// The FGLS fit of ε² on the terms.
    public let model: LinearModel
    /// The smallest variance a household gets.
    public let floor: Double
    /// The largest variance a household gets.
    public let ceiling: Double
    /// σ̂² of each fitting row, in the order the mean model used them.
    public let fitted: [Double]

    /// Fits the variance model on the rows and design of the mean's first fit.
    ///
    /// - Parameters:
    ///   - mean: the mean model's OLS fit; its terms are reused, and its design matrix too.
    ///   - householdResiduals: ε for each of the mean's used rows.
    ///   - weights: w for each of the mean's used rows.
    ///   - lineNumbers: the input lines of the rows of the mean's table, for messages.
    /// - Throws: ``RegressionError`` from the fits.
    init(mean: LinearModel, householdResiduals: [Double], weights: [Double], lineNumbers: [Int]?) throws {
        let rhs = mean.formula.text.split(separator: "~", maxSplits: 1).last.map(String.init) ?? "1"
        let varianceFormula = try Formula("\(Self.response) ~ \(rhs)")
        let squared = householdResiduals.map { $0 * $0 }
        var total = 0.0, weightSum = 0.0
        for k in squared.indices {
            total += weights[k] * squared[k]
            weightSum += weights[k]
        }
        floor = Swift.max(Self.floorShare * total / weightSum, Double.leastNormalMagnitude)
        let first = try mean.refitted(
            varianceFormula, response: squared, weights: weights, weightsColumn: Self.weight,
            lineNumbers: lineNumbers)
        let firstFitted = Self.fittedValues(first, floor: floor)
        let weightFloor = Swift.max(Self.weightFloorShare * total / weightSum, floor)
        let fglsWeight = weights.indices.map { k in
            let v = Swift.max(firstFitted[k], weightFloor)
            return weights[k] / (v * v)
        }
        model = try mean.refitted(
            varianceFormula, response: squared, weights: fglsWeight, weightsColumn: Self.weight,
            lineNumbers: lineNumbers)
        let raw = Self.fittedValues(model, floor: floor)
        let sorted = raw.sorted()
        let top = sorted[Swift.min(Int(0.99 * Double(sorted.count)), sorted.count - 1)]
        ceiling = top
        fitted = raw.map { Swift.min($0, top) }
    }

    /// σ̂² for the rows of a table of regressors (``ForecastDesign/modelData(rows:)``): xθ̂
    /// within ``floor``…``ceiling``; NaN where a regressor is missing.
    ///
    /// - Throws: ``RegressionError`` for a level the fit did not see.
    public func predict(_ data: ModelData) throws -> [Double] {
        try model.fittedValues(data).map { $0.isNaN ? .nan : Swift.min(Swift.max($0, floor), ceiling) }
    }

    private static func fittedValues(_ model: LinearModel, floor: Double) -> [Double] {
        zip(model.fit.response, model.fit.residuals).map { Swift.max($0 - $1, floor) }
    }
}
