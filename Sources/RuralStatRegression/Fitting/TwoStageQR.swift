import Dispatch
import RuralStatLinearAlgebra
import RuralStatText

/// The rank-revealing factorisation behind ``LinearFit``: an unpivoted QR of the weighted
/// data, then a pivoted QR of the small, column-scaled R of the kept columns.
///
/// 1. [W^½X | W^½y] = Q₁R₀ (``HouseholderQR``: `dgeqrf` on cache-sized blocks of rows, then
///    on their stacked triangles), the one pass over the n rows. R₀'s columns have the lengths and angles of the design's columns, and its last
///    column holds Q₁ᵀb.
/// 2. R₀'s columns are scaled by powers of two D (Householder QR commutes exactly with such
///    scaling, so this equals scaling the data first), the aliased columns are found on them
///    (``sequentiallyIndependent(_:tolerance:)``), and the kept ones are factorised with
///    column pivoting, R₀D_kept·P = Q₂R (`dgeqp3`).
///
/// So W^½X_kept·D·P = Q·R with Q = Q₁·diag(Q₂, I), without a second pass over the data when
/// columns are aliased.
struct TwoStageQR {
    private let stage1: HouseholderQR
    private let stage2: PivotedQR
    /// min(n, p): the rows of R₀.
    private let k: Int
    /// The rank: the number of kept columns.
    let rank: Int
    /// R (rank×rank), for the columns in ``columns`` order.
    let r: Matrix
    /// Kept design columns in pivot order.
    let columns: [Int]
    /// Their power-of-two scales.
    let scales: [Double]
    /// Whether each design column is aliased.
    let aliased: [Bool]
    /// (Qᵀb) restricted to the first `rank` rows.
    let qtb: [Double]

    init(design: Matrix, response: [Double], sqrtWeights: [Double]?, tolerance: Double) throws {
        let (n, p) = (design.rows, design.columns)
        // Column by column, on every core (each element is one product, so the same bits).
        let augmented = [Double](unsafeUninitializedCapacity: n * (p + 1)) { buffer, initialised in
            design.elements.withUnsafeBufferPointer { x in
                response.withUnsafeBufferPointer { y in
                    let (x, y, out) = (Shared(x), Shared(y), Shared(buffer))
                    DispatchQueue.concurrentPerform(iterations: p + 1) { j in
                        let source = j < p ? x.base + j * n : y.base, target = out.base + j * n
                        if let sqrtWeights {
                            for i in 0..<n { target[i] = source[i] * sqrtWeights[i] }
                        } else {
                            target.initialize(from: source, count: n)
                        }
                    }
                }
            }
            initialised = n * (p + 1)
        }
        stage1 = try HouseholderQR(Matrix(rows: n, columns: p + 1, columnMajor: consume augmented))
        let k = min(n, p)
        self.k = k
        let r0 = stage1.r
        let scales = (0..<p).map { j in
            var sum = 0.0
            for i in 0..<min(j + 1, k) { sum += r0[i, j] * r0[i, j] }
            guard sum > 0, sum.isFinite else { return 1.0 }
            return Double(sign: .plus, exponent: -(sum.squareRoot().exponent + 1), significand: 1)
        }
        var scaled = Matrix(rows: k, columns: p)
        for j in 0..<p {
            for i in 0..<min(j + 1, k) { scaled[i, j] = r0[i, j] * scales[j] }
        }
        let isKept = Self.sequentiallyIndependent(scaled, tolerance: tolerance)
        let kept = (0..<p).filter { isKept[$0] }
        var keptColumns = Matrix(rows: k, columns: kept.count)
        for (position, j) in kept.enumerated() {
            for i in 0..<k { keptColumns[i, position] = scaled[i, j] }
        }
        guard !kept.isEmpty else { throw RegressionError(.noData, "every column of the design is zero", "设计矩阵的每一列都是零") }
        stage2 = try PivotedQR(keptColumns)
        rank = kept.count
        r = stage2.leadingR(kept.count)
        columns = stage2.permutation.map { kept[$0] }
        self.scales = columns.map { scales[$0] }
        aliased = isKept.map { !$0 }
        var c = (0..<k).map { r0[$0, p] }
        try stage2.multiplyByQTransposed(&c)
        qtb = Array(c.prefix(kept.count))
    }

    /// v ← Qᵀv for an n-vector.
    func multiplyByQTransposed(_ vector: inout [Double]) throws {
        try stage1.multiplyByQTransposed(&vector)
        var head = Array(vector[0..<k])
        try stage2.multiplyByQTransposed(&head)
        vector.replaceSubrange(0..<k, with: head)
    }

    /// v ← Qv for an n-vector.
    func multiplyByQ(_ vector: inout [Double]) throws {
        var head = Array(vector[0..<k])
        try stage2.multiplyByQ(&head)
        vector.replaceSubrange(0..<k, with: head)
        try stage1.multiplyByQ(&vector)
    }

    /// Whether each column adds a direction to the kept columns before it: classical
    /// Gram–Schmidt with reorthogonalisation, in the given order, so that (as in R) the later
    /// of two collinear columns is the one aliased. A column is aliased when its part outside
    /// the span of the earlier kept columns is at most `tolerance` of its length.
    static func sequentiallyIndependent(_ columns: Matrix, tolerance: Double) -> [Bool] {
        let k = columns.rows
        var basis: [[Double]] = []
        return (0..<columns.columns).map { j in
            let column = columns.column(j)
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
