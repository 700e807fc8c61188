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
    public var rows: Int { compact.rows }
    /// The number of columns n.
    public var columns: Int { compact.columns }
    /// R above the diagonal and the Householder vectors below it (LAPACK's compact form).
    private let compact: CompactQR
    /// The pivots, 0-based: column k of A·P is column `permutation[k]` of A.
    public let permutation: [Int]

    /// Factorises `matrix` (consumed: its storage becomes the factors without a copy when
    /// the caller does not keep it).
    ///
    /// The corresponding LAPACK routine is `dgeqp3`.
    ///
    /// - Throws: ``LAPACKError`` if LAPACK fails.
    public init(_ matrix: consuming Matrix) throws {
        var pivots: [Int32] = []
        compact = try CompactQR(factorising: matrix) { m, n, a in
            var tau: [Double] = []
            try LAPACK.dgeqp3(m: m, n: n, a: &a, pivots: &pivots, tau: &tau)
            return tau
        }
        permutation = pivots.map { Int($0) - 1 }
    }

    /// The number of Householder reflections, min(m, n).
    public var reflectionCount: Int { min(rows, columns) }

    /// The min(m, n)×n upper trapezoidal factor R.
    public var r: Matrix { compact.r }

    /// The leading `size`×`size` block of R, e.g. the part belonging to the numerically
    /// independent columns.
    ///
    /// - Precondition: `size` ≤ min(m, n).
    public func leadingR(_ size: Int) -> Matrix {
        precondition(size >= 0 && size <= reflectionCount, "block larger than R")
        var result = Matrix(rows: size, columns: size)
        for j in 0..<size {
            for i in 0...j { result[i, j] = compact.factors[i + j * rows] }
        }
        return result
    }

    /// Replaces the m-vector `vector` by Qᵀ·vector.
    ///
    /// The corresponding LAPACK routine is `dormqr` (`trans = 'T'`). O(mn).
    public func multiplyByQTransposed(_ vector: inout [Double]) throws {
        try compact.multiply(&vector, transposed: true)
    }

    /// Replaces the m-vector `vector` by Q·vector.
    ///
    /// The corresponding LAPACK routine is `dormqr` (`trans = 'N'`). O(mn).
    public func multiplyByQ(_ vector: inout [Double]) throws {
        try compact.multiply(&vector, transposed: false)
    }
}
