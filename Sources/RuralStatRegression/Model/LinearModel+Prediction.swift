import RuralStatText

extension LinearModel {
    /// Predictions for every row of `data`, coded with the fitted model's levels and terms.
    ///
    /// Rows with a missing value give NaN predictions (R's `na.pass`). See
    /// ``LinearFit/predict(_:weights:level:)`` for the intervals.
    ///
    /// - Parameters:
    ///   - weights: a column of `data` with each new observation's weight w₀, or `nil` for 1.
    ///   - level: the confidence level of both intervals, default 0.95.
    /// - Throws: ``RegressionError`` for an unknown column or a level the fit did not see.
    public func predict(_ data: ModelData, weights: String? = nil, level: Double = 0.95) throws -> [Prediction] {
        let rows = Array(0..<data.rowCount)
        let design = try recipe.design(data, rows: rows)
        var weightValues: [Double]?
        if let weights {
            guard case .numeric(let values)? = data.column(named: weights) else {
                throw RegressionError(.usage, "weights column \"\(weights)\" is missing or holds text",
                                      "权重列“\(weights)”不存在或是文本")
            }
            weightValues = values
        }
        return try fit.predict(design, weights: weightValues, level: level)
    }
}
