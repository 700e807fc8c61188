/// The QR factorisation with column pivoting of an m×n matrix, A·P = Q·R.
///
/// P moves the column of largest remaining norm to the front at each step, so the diagonal of
/// R is non-increasing in magnitude and reveals numerical rank. Q (m×m orthogonal) is kept as
/// Householder reflections and applied with ``multiplyByQTransposed(_:)`` and
/// ``multiplyByQ(_:)`` without ever forming it.
///
/// - Complexity: about 2mn² − (2/3)n³ floating-point operations; memory: one copy of A.
public struct PivotedQR: Sendable {
    /// The number of rows m.
    public let rows: Int
    /// The number of columns n.
    public let columns: Int
    /// R above the diagonal and the Householder vectors below it (LAPACK's compact form).
    private let factors: [Double]
    private let tau: [Double]
    /// The pivots, 0-based: column k of A·P is column `permutation[k]` of A.
    public let permutation: [Int]

    /// Factorises `matrix` (consumed: its storage becomes the factors without a copy when
    /// the caller does not keep it).
    ///
    /// The corresponding LAPACK routine is `dgeqp3`.
    ///
    /// - Throws: ``LAPACKError`` if LAPACK fails.
    public init(_ matrix: consuming Matrix) throws {
        rows = matrix.rows
        columns = matrix.columns
        var a = matrix.elements
        matrix = Matrix(rows: 0, columns: 0)  // drop the caller's reference: no copy-on-write copy
        var pivots: [Int32] = []
        var tau: [Double] = []
        try LAPACK.dgeqp3(m: rows, n: columns, a: &a, pivots: &pivots, tau: &tau)
        factors = a
        self.tau = tau
        permutation = pivots.map { Int($0) - 1 }
    }

    /// The number of Householder reflections, min(m, n).
    public var reflectionCount: Int { min(rows, columns) }

    /// The min(m, n)×n upper trapezoidal factor R.
    public var r: Matrix {
        let k = reflectionCount
        var result = Matrix(rows: k, columns: columns)
        for j in 0..<columns {
            for i in 0..<min(j + 1, k) { result[i, j] = factors[i + j * rows] }
        }
        return result
    }

    /// The leading `size`×`size` block of R, e.g. the part belonging to the numerically
    /// independent columns.
    ///
    /// - Precondition: `size` ≤ min(m, n).
    public func leadingR(_ size: Int) -> Matrix {
        precondition(size >= 0 && size <= reflectionCount, "block larger than R")
        var result = Matrix(rows: size, columns: size)
        for j in 0..<size {
            for i in 0...j { result[i, j] = factors[i + j * rows] }
        }
        return result
    }

    /// Replaces the m-vector `vector` by Qᵀ·vector.
    ///
    /// The corresponding LAPACK routine is `dormqr` (`trans = 'T'`). O(mn).
    public func multiplyByQTransposed(_ vector: inout [Double]) throws {
        precondition(vector.count == rows, "vector length must equal the number of rows")
        try LAPACK.dormqr(
            transpose: true, m: rows, c: 1, k: reflectionCount, a: factors, lda: rows, tau: tau, matrix: &vector)
    }

    /// Replaces the m-vector `vector` by Q·vector.
    ///
    /// The corresponding LAPACK routine is `dormqr` (`trans = 'N'`). O(mn).
    public func multiplyByQ(_ vector: inout [Double]) throws {
        precondition(vector.count == rows, "vector length must equal the number of rows")
        try LAPACK.dormqr(
            transpose: false, m: rows, c: 1, k: reflectionCount, a: factors, lda: rows, tau: tau, matrix: &vector)
    }
}
