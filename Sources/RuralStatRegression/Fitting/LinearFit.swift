import RuralStatLinearAlgebra

/// A weighted or ordinary least-squares fit of a response on the columns of a design matrix,
/// by Householder QR with column pivoting and iterative refinement — never the normal
/// equations.
///
/// The steps, in order:
/// 1. **Row weighting.** With weights w, row i of X and yᵢ are multiplied by √wᵢ (WLS).
/// 2. **Column scaling.** Each column is multiplied by a power of two that brings its length
///    into [½, 1). Powers of two change no digit of the data, so the scaled problem is the
///    same problem; pivoting and the rank test then compare directions, not units.
/// 3. **Pivoted QR** (`dgeqp3`) of the scaled design.
/// 4. **Aliasing, R's way.** Walking the columns in their given order, a column is aliased
///    when its part outside the span of the earlier kept columns is at most
///    ``LeastSquaresOptions/rankTolerance`` of its length, measured on R (which keeps all
///    lengths and angles of the columns). So, as in R, the later of two collinear terms is the
///    one dropped. If any is aliased, the kept columns are factorised again on their own.
/// 5. **Solution** z = R⁻¹(Qᵀb)₁:ᵣ, then **iterative refinement** of the augmented system
///    [I A; Aᵀ 0][r; z] = [b; 0] (Björck 1967): residuals f = b − r − Az and g = −Aᵀr are
///    accumulated in twice working precision (compensated dot products, Ogita–Rump–Oishi)
///    straight from the unscaled data, corrections come from the QR factors, and the loop stops when every coefficient's
///    correction is below 2⁻⁵³ of it or the corrections stop halving. This recovers the digits that the
///    squared condition number of a large-residual problem would otherwise cost.
/// 6. **Residuals and sums of squares** again in doubled and extended precision.
///
/// The design matrix is kept (shared, not copied) for the sandwich covariances.
///
/// - Complexity: about 2np² operations for the factorisation plus O(np) per refinement step;
///   memory: the design plus one scaled copy (n×p doubles) during the fit.
public struct LinearFit: Sendable {
    /// The design matrix X, n×p, as given.
    public let design: Matrix
    /// The response y (n values).
    public let response: [Double]
    /// The weights w, or `nil` for ordinary least squares.
    public let weights: [Double]?
    /// The estimates β, one per design column; NaN for aliased columns.
    public let coefficients: [Double]
    /// For each design column, whether it is aliased (a linear combination of earlier ones).
    public let aliased: [Bool]
    /// The numerical rank: the number of columns kept.
    public let rank: Int
    /// The residuals yᵢ − xᵢβ (not multiplied by √wᵢ).
    public let residuals: [Double]
    /// Σ wᵢ(yᵢ − xᵢβ)², the (weighted) residual sum of squares.
    public let residualSumOfSquares: Double
    /// The 2-norm condition number of the kept columns after row weighting and scaling each
    /// column to unit length (R's `kappa(…, exact = TRUE)` of the scaled design).
    public let conditionNumber: Double
    /// How many refinement steps the solution took.
    public let refinementSteps: Int

    /// Kept design columns, in the order of the factorisation's pivots.
    let factorColumns: [Int]
    /// The power-of-two scale of each kept column, in pivot order.
    let factorScales: [Double]
    /// R of the final factorisation (rank×rank, upper triangular).
    let r: Matrix

    /// The number of observations n.
    public var observationCount: Int { response.count }
    /// The residual degrees of freedom n − rank.
    public var residualDegreesOfFreedom: Int { response.count - rank }

    /// Fits `response` on the columns of `design`, optionally weighted.
    ///
    /// - Parameters:
    ///   - design: X, n×p, every value finite.
    ///   - response: y, n finite values.
    ///   - weights: n finite weights > 0, or `nil`.
    ///   - options: tolerance and refinement settings.
    /// - Throws: ``RegressionError`` for non-finite values, bad weights or no columns;
    ///   ``RegressionError/Code/numerical`` if LAPACK fails.
    public init(
        design: Matrix, response: [Double], weights: [Double]? = nil, options: LeastSquaresOptions = .init()
    ) throws {
        let (n, p) = (design.rows, design.columns)
        precondition(response.count == n, "response length must equal the design's rows")
        precondition(weights.map { $0.count == n } ?? true, "weights length must equal the design's rows")
        guard p > 0 else { throw RegressionError(.noData, "the model has no columns to fit") }
        guard n > 0 else { throw RegressionError(.noData, "no observations to fit") }
        if let row = response.firstIndex(where: { !$0.isFinite }) {
            throw RegressionError(.badValue, "response is \(response[row]) in row \(row + 1)")
        }
        if let weights, let row = weights.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw RegressionError(.badValue, "weight \(weights[row]) in row \(row + 1) is not a finite number > 0")
        }
        if let index = design.elements.firstIndex(where: { !$0.isFinite }) {
            throw RegressionError(
                .badValue, "design value \(design.elements[index]) in row \(index % n + 1), column \(index / n + 1)")
        }
        self.design = design
        self.response = response
        self.weights = weights
        do {
            let sqrtWeights = weights?.map { $0.squareRoot() }
            let scales = Self.powerOfTwoScales(design, sqrtWeights: sqrtWeights)
            var factorisation = try Factorisation(design, columns: Array(0..<p), scales: scales, sqrtWeights: sqrtWeights)
            let isKept = factorisation.sequentiallyIndependent(tolerance: options.rankTolerance)
            let kept = (0..<p).filter { isKept[$0] }
            if kept.count < p {
                factorisation = try Factorisation(design, columns: kept, scales: scales, sqrtWeights: sqrtWeights)
            }
            aliased = isKept.map { !$0 }
            rank = kept.count
            factorColumns = factorisation.qr.permutation.map { kept[$0] }
            factorScales = factorColumns.map { scales[$0] }
            r = factorisation.qr.leadingR(kept.count)

            var solver = RefinedSolver(
                design: design, response: response, sqrtWeights: sqrtWeights, qr: factorisation.qr, r: r,
                columns: factorColumns, scales: factorScales)
            let beta = try solver.solve(maximumSteps: options.maximumRefinementSteps)
            refinementSteps = solver.steps
            var coefficients = [Double](repeating: .nan, count: p)
            for (k, column) in factorColumns.enumerated() { coefficients[column] = beta[k] }
            self.coefficients = coefficients
            (residuals, residualSumOfSquares) = solver.finalResiduals(beta)
            conditionNumber = try Self.unitScaledConditionNumber(r)
        } catch let error as LAPACKError {
            throw RegressionError(.numerical, error.description)
        }
    }

    /// 2^−e for each column, where 2^e is the smallest power of two above the column's
    /// (weighted) length; 1 for a zero column.
    private static func powerOfTwoScales(_ design: Matrix, sqrtWeights: [Double]?) -> [Double] {
        (0..<design.columns).map { j in
            let sumOfSquares = design.withColumn(j) { column -> Double in
                var sum = 0.0
                if let sqrtWeights {
                    for i in column.indices { sum += (column[i] * sqrtWeights[i]) * (column[i] * sqrtWeights[i]) }
                } else {
                    for value in column { sum += value * value }
                }
                return sum
            }
            guard sumOfSquares > 0, sumOfSquares.isFinite else { return 1 }
            return Double(sign: .plus, exponent: -(sumOfSquares.squareRoot().exponent + 1), significand: 1)
        }
    }

    /// κ₂ of R with its columns scaled to unit length (R's columns have the lengths of the
    /// weighted design's columns).
    private static func unitScaledConditionNumber(_ r: Matrix) throws -> Double {
        var unit = r
        for j in 0..<r.columns {
            var norm = 0.0
            for i in 0...j { norm += r[i, j] * r[i, j] }
            norm = norm.squareRoot()
            for i in 0...j { unit[i, j] = r[i, j] / norm }
        }
        let values = try unit.singularValues()
        guard let largest = values.first, let smallest = values.last else { return .nan }
        return smallest > 0 ? largest / smallest : .infinity
    }
}

/// The pivoted QR of the weighted, scaled columns `columns` of a design.
private struct Factorisation {
    let qr: PivotedQR

    init(_ design: Matrix, columns: [Int], scales: [Double], sqrtWeights: [Double]?) throws {
        let n = design.rows
        var elements = [Double](repeating: 0, count: n * columns.count)
        for (k, j) in columns.enumerated() {
            let scale = scales[j]
            design.withColumn(j) { column in
                if let sqrtWeights {
                    for i in 0..<n { elements[i + k * n] = column[i] * sqrtWeights[i] * scale }
                } else {
                    for i in 0..<n { elements[i + k * n] = column[i] * scale }
                }
            }
        }
        qr = try PivotedQR(Matrix(rows: n, columns: columns.count, columnMajor: elements))
    }

    /// Whether each column (in the original order) adds a direction to the columns before it
    /// that were kept: classical Gram–Schmidt with reorthogonalisation on the columns of
    /// R·Pᵀ, which have the same lengths and angles as the columns of the scaled design.
    func sequentiallyIndependent(tolerance: Double) -> [Bool] {
        let full = qr.r
        let (k, p) = (full.rows, full.columns)
        var original = [[Double]](repeating: [], count: p)
        for (position, column) in qr.permutation.enumerated() { original[column] = full.column(position) }
        var basis: [[Double]] = []
        return original.map { column in
            let length = column.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard length > 0, basis.count < k else { return false }
            var v = column
            for _ in 0..<2 {
                for q in basis {
                    var dot = 0.0
                    for i in 0..<k { dot += q[i] * v[i] }
                    for i in 0..<k { v[i] -= dot * q[i] }
                }
            }
            let remaining = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard remaining > tolerance * length else { return false }
            basis.append(v.map { $0 / remaining })
            return true
        }
    }
}
