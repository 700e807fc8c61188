import RuralStatLinearAlgebra
import RuralStatText

extension LinearModel {
    /// The model of `formula` fitted on this model's rows and design matrix with another
    /// response and weights, without building the design again.
    ///
    /// It is the model `LinearModel(formula, data: data, weights: weightsColumn)` would fit
    /// when `formula` has this model's terms and `data` — this model's table — holds
    /// `response` and `weights` on ``usedRows`` and NaN elsewhere: the same rows, levels and design, so the same numbers.
    /// The steps of feasible GLS are such fits — squared residuals regressed on the mean's
    /// terms, then the mean reweighted. The design matrix is shared with this model, not copied.
    ///
    /// - Parameters:
    ///   - formula: the new model's formula; its terms and intercept must be this model's.
    ///   - response: one value per row of ``usedRows``, in order.
    ///   - weights: one weight > 0 per row of ``usedRows``, or `nil` for ordinary least squares.
    ///   - weightsColumn: the name reported as ``weightsColumn`` and in errors.
    ///   - lineNumbers: the input line of each row of this model's table
    ///     (``ModelData/lineNumbers``), for the names of rows in errors.
    /// - Throws: ``RegressionError`` for a response that is not finite or a weight that is not
    ///   a finite number > 0, naming the row; ``RegressionError/Code/numerical`` if LAPACK fails.
    package func refitted(
        _ formula: Formula, response: [Double], weights: [Double]?, weightsColumn: String?, lineNumbers: [Int]?,
        options: LeastSquaresOptions = .init()
    ) throws -> LinearModel {
        precondition(
            formula.terms == self.formula.terms && formula.hasIntercept == self.formula.hasIntercept,
            "a refitted model keeps the terms")
        precondition(response.count == usedRows.count, "one response value per used row")
        precondition(weights.map { $0.count == usedRows.count } ?? true, "one weight per used row")
        if let bad = response.indices.first(where: { !response[$0].isFinite }) {
            let row = usedRowName(bad, lineNumbers)
            throw RegressionError(
                .badValue, "\(row.en): \(formula.response.label) is \(response[bad]), not a finite number",
                "\(row.zh)：\(formula.response.label) 为 \(response[bad])，不是有限的数")
        }
        if let weights, let bad = weights.indices.first(where: { !(weights[$0] > 0 && weights[$0].isFinite) }) {
            let row = usedRowName(bad, lineNumbers)
            throw RegressionError(
                .badValue, "\(row.en): weight \(weights[bad]) in \"\(weightsColumn ?? "weights")\" is not a number > 0",
                "\(row.zh)：“\(weightsColumn ?? "weights")”中的权重 \(weights[bad]) 不是大于0的数")
        }
        let fit = try LinearFit(
            design: fit.design, response: response, weights: weights, clusters: fit.clusters, options: options)
        return LinearModel(
            formula: formula, fit: fit, weightsColumn: weightsColumn, clusterColumn: clusterColumn,
            droppedRows: droppedRows, usedRows: usedRows, recipe: recipe.replacingFormula(formula))
    }

    /// How used row `k` is called in messages, as ``ModelData`` calls it: `line 17` with line
    /// numbers, else `row 17` (1-based, in the data).
    private func usedRowName(_ k: Int, _ lineNumbers: [Int]?) -> LocalizedText {
        ModelData.rowName(usedRows[k], lineNumbers)
    }

    /// The fitted values xβ for every row of `data`, coded with the fitted model's levels and
    /// terms: the `fit` of ``predict(_:weights:level:)`` without the standard errors and
    /// intervals, NaN for a row with a missing value.
    ///
    /// - Throws: ``RegressionError`` for an unknown column or a level the fit did not see.
    package func fittedValues(_ data: ModelData) throws -> [Double] {
        fit.fittedValues(try recipe.design(data, rows: Array(0..<data.rowCount)))
    }
}
