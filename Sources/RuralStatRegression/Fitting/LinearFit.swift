import RuralStatCore
import RuralStatLinearAlgebra
import RuralStatText

/// A weighted or ordinary least-squares fit of a response on the columns of a design matrix,
/// by Householder QR with column pivoting and iterative refinement — never the normal
/// equations.
///
/// The steps, in order:
/// 1. **Row weighting.** With weights w, row i of X and yᵢ are multiplied by √wᵢ (WLS).
/// 2. **QR** of [W^½X | W^½y] without pivoting (`dgeqrf` on blocks of 4,096 rows, then on
///    the stacked triangles — TSQR, so the data leave memory once): the one expensive pass
///    over the rows. Its R₀ keeps all lengths and angles of the columns.
/// 3. **Column scaling.** Each column of R₀ is multiplied by a power of two that brings its
///    length into [½, 1). Powers of two change no digit, and Householder QR commutes with
///    them exactly, so this is the same as scaling the data; pivoting and the rank test then
///    compare directions, not units.
/// 4. **Aliasing, R's way.** Walking the columns in their given order, a column is aliased
///    when its part outside the span of the earlier kept columns is at most
///    ``LeastSquaresOptions/rankTolerance`` of its length. So, as in R, the later of two
///    collinear terms is the one dropped.
/// 5. **Pivoted QR** (`dgeqp3`) of the kept scaled columns of R₀ (see `TwoStageQR`).
/// 6. **Solution** z = R⁻¹(Qᵀb)₁:ᵣ, then **iterative refinement** of the augmented system
///    [I A; Aᵀ 0][r; z] = [b; 0] (Björck 1967): residuals f = b − r − Az and g = −Aᵀr are
///    accumulated in twice working precision (compensated dot products, Ogita–Rump–Oishi)
///    straight from the unscaled data, corrections come from the QR factors, and the loop stops when every coefficient's
///    correction is below 2⁻⁵³ of it or the corrections stop halving. This recovers the digits that the
///    squared condition number of a large-residual problem would otherwise cost.
/// 7. **Residuals** are the refined residual vector of the augmented system; sums of squares
///    are accumulated in extended precision.
///
/// The design matrix is kept (shared, not copied) for the sandwich covariances.
///
/// - Complexity: about 2np² operations for the factorisation plus O(np) per refinement step;
///   memory: the design plus one weighted copy (n×(p+1) doubles) during the fit.
public struct LinearFit: Sendable {
    /// The design matrix X, n×p, as given.
    public let design: Matrix
    /// The response y (n values).
    public let response: [Double]
    /// The weights w, or `nil` for ordinary least squares.
    public let weights: [Double]?
    /// A cluster id per observation for ``CovarianceType/cluster``, or `nil`.
    public let clusters: [Int]?
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
    ///   - clusters: n cluster ids for cluster-robust standard errors, or `nil`.
    ///   - options: tolerance and refinement settings.
    /// - Throws: ``RegressionError`` for non-finite values, bad weights or no columns;
    ///   ``RegressionError/Code/numerical`` if LAPACK fails.
    public init(
        design: Matrix, response: [Double], weights: [Double]? = nil, clusters: [Int]? = nil,
        options: LeastSquaresOptions = .init()
    ) throws {
        let (n, p) = (design.rows, design.columns)
        precondition(response.count == n, "response length must equal the design's rows")
        precondition(weights.map { $0.count == n } ?? true, "weights length must equal the design's rows")
        precondition(clusters.map { $0.count == n } ?? true, "cluster ids length must equal the design's rows")
        guard p > 0 else { throw RegressionError(.noData, "the model has no columns to fit", "模型没有可拟合的列") }
        guard n > 0 else { throw RegressionError(.noData, "no observations to fit", "没有可拟合的观测") }
        if let row = response.firstIndex(where: { !$0.isFinite }) {
            throw RegressionError(.badValue, "response is \(response[row]) in row \(row + 1)",
                                  "第\(row + 1)条记录的因变量为 \(response[row])")
        }
        if let weights, let row = weights.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw RegressionError(.badValue, "weight \(weights[row]) in row \(row + 1) is not a finite number > 0",
                                  "第\(row + 1)条记录的权重 \(weights[row]) 不是大于0的有限数")
        }
        if let index = design.elements.firstIndex(where: { !$0.isFinite }) {
            throw RegressionError(
                .badValue, "design value \(design.elements[index]) in row \(index % n + 1), column \(index / n + 1)",
                "设计矩阵第\(index % n + 1)行第\(index / n + 1)列的值为 \(design.elements[index])")
        }
        self.design = design
        self.response = response
        self.weights = weights
        self.clusters = clusters
        do {
            let sqrtWeights = weights?.map { $0.squareRoot() }
            let factorisation = try TwoStageQR(
                design: design, response: response, sqrtWeights: sqrtWeights, tolerance: options.rankTolerance)
            aliased = factorisation.aliased
            rank = factorisation.rank
            factorColumns = factorisation.columns
            factorScales = factorisation.scales
            r = factorisation.r
            conditionNumber = try Self.unitScaledConditionNumber(r)

            var solver = RefinedSolver(
                design: design, response: response, sqrtWeights: sqrtWeights, qr: factorisation,
                conditionNumber: conditionNumber)
            let (beta, residuals) = try solver.solve(maximumSteps: options.maximumRefinementSteps)
            refinementSteps = solver.steps
            var coefficients = [Double](repeating: .nan, count: p)
            for (k, column) in factorColumns.enumerated() { coefficients[column] = beta[k] }
            self.coefficients = coefficients
            self.residuals = residuals
            residualSumOfSquares = Self.weightedSumOfSquares(residuals, weights: weights)
        } catch let error as LAPACKError {
            throw RegressionError(numerical: error)
        }
    }

    /// Σ w e², each square exact and the sum in double-double (``DoubleDouble``).
    private static func weightedSumOfSquares(_ e: [Double], weights: [Double]?) -> Double {
        var sum = DoubleDouble()
        for i in e.indices {
            let square = DoubleDouble.product(e[i], e[i])
            sum += weights.map { DoubleDouble($0[i]) * square } ?? square
        }
        return sum.value
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
