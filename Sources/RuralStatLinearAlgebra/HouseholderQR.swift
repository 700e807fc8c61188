/// The QR factorisation without pivoting of an m×n matrix, A = Q·R, by Householder
/// reflections.
///
/// Q (m×m orthogonal) is kept as min(m, n) reflections and applied with
/// ``multiplyByQTransposed(_:)`` and ``multiplyByQ(_:)`` without ever forming it. For tall,
/// thin least-squares problems this is the expensive pass over the data; a rank-revealing
/// ``PivotedQR`` of the small R can follow it (as LAPACK's own drivers do for m ≫ n).
///
/// The corresponding LAPACK routine is `dgeqrf`.
///
/// - Complexity: about 2mn² − (2/3)n³ floating-point operations; memory: one copy of A.
public struct HouseholderQR: Sendable {
    /// The number of rows m.
    public let rows: Int
    /// The number of columns n.
    public let columns: Int
    /// R above the diagonal and the Householder vectors below it (LAPACK's compact form).
    private let factors: [Double]
    private let tau: [Double]

    /// Factorises `matrix` (consumed: its storage becomes the factors without a copy when
    /// the caller does not keep it).
    ///
    /// - Throws: ``LAPACKError`` if `dgeqrf` fails.
    public init(_ matrix: consuming Matrix) throws {
        rows = matrix.rows
        columns = matrix.columns
        var a = matrix.elements
        matrix = Matrix(rows: 0, columns: 0)  // drop the caller's reference: no copy-on-write copy
        var tau: [Double] = []
        try LAPACK.dgeqrf(m: rows, n: columns, a: &a, tau: &tau)
        factors = a
        self.tau = tau
    }

    /// The number of reflections, min(m, n).
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
