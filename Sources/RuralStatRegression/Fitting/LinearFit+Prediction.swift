import RuralStatLinearAlgebra

extension LinearFit {
    /// The fitted values xβ of the rows of `rows` (m×p, coded like the design): the `fit`
    /// of ``predict(_:weights:level:)``, summed over the columns in the same order, so the
    /// same bits; NaN for a row with a value that is not finite.
    ///
    /// - Precondition: `rows.columns` equals the design's.
    package func fittedValues(_ rows: Matrix) -> [Double] {
        precondition(rows.columns == design.columns, "rows must have the design's columns")
        let m = rows.rows
        var fit = [Double](repeating: 0, count: m)
        var finite = [Bool](repeating: true, count: m)
        for j in 0..<rows.columns {
            let beta = coefficients[j]
            rows.withColumn(j) { x in
                for i in 0..<m {
                    if !x[i].isFinite { finite[i] = false }
                    if !aliased[j] { fit[i] += x[i] * beta }
                }
            }
        }
        for i in 0..<m where !finite[i] { fit[i] = .nan }
        return fit
    }

    /// Predictions for the rows of `rows` (m×p, coded like the design), with intervals at
    /// confidence `level`.
    ///
    /// Semantics of R's `predict.lm(…, interval = "confidence" | "prediction")`: t is Student's
    /// quantile on n − k degrees of freedom; the variance of the mean is computed as
    /// σ²‖R⁻ᵀ(D·x₀)‖² from the QR factor, never from an inverted cross-product; aliased columns
    /// are ignored (their coefficients are not estimable, as in R). The prediction interval adds
    /// σ²/w₀ for a new observation of weight w₀ (`weights`, default 1 — as R, also for weighted
    /// fits). A row with NaN gives a prediction of NaNs.
    ///
    /// - Precondition: `rows.columns` equals the design's; 0 < `level` < 1.
    public func predict(_ rows: Matrix, weights: [Double]? = nil, level: Double = 0.95) throws -> [Prediction] {
        precondition(rows.columns == design.columns, "rows must have the design's columns")
        precondition(level > 0 && level < 1, "level must lie in (0, 1)")
        precondition(weights.map { $0.count == rows.rows } ?? true, "one weight per row")
        let t = residualDegreesOfFreedom > 0
            ? StudentT(degreesOfFreedom: Double(residualDegreesOfFreedom)).quantile((1 + level) / 2) : .nan
        let variance = sigma * sigma
        return try (0..<rows.rows).map { i in
            let x = (0..<rows.columns).map { rows[i, $0] }
            guard x.allSatisfy(\.isFinite) else { return .missing }
            var fit = 0.0
            for (j, value) in x.enumerated() where !aliased[j] { fit += value * coefficients[j] }
            let scaled = factorColumns.enumerated().map { x[$1] * factorScales[$0] }
            let w = try r.solveUpperTriangular(scaled, transposed: true)
            let se = (variance * w.reduce(0) { $0 + $1 * $1 }).squareRoot()
            let observation = (se * se + variance / (weights?[i] ?? 1)).squareRoot()
            return Prediction(
                fit: fit, standardError: se, lowerConfidence: fit - t * se, upperConfidence: fit + t * se,
                lowerPrediction: fit - t * observation, upperPrediction: fit + t * observation)
        }
    }
}
