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
    public var rows: Int { compact.rows }
    /// The number of columns n.
    public var columns: Int { compact.columns }
    /// R above the diagonal and the Householder vectors below it (LAPACK's compact form).
    private let compact: CompactQR

    /// Factorises `matrix` (consumed: its storage becomes the factors without a copy when
    /// the caller does not keep it).
    ///
    /// - Throws: ``LAPACKError`` if `dgeqrf` fails.
    public init(_ matrix: consuming Matrix) throws {
        compact = try CompactQR(factorising: matrix) { m, n, a in
            var tau: [Double] = []
            try LAPACK.dgeqrf(m: m, n: n, a: &a, tau: &tau)
            return tau
        }
    }

    /// The number of reflections, min(m, n).
    public var reflectionCount: Int { min(rows, columns) }

    /// The min(m, n)×n upper trapezoidal factor R.
    public var r: Matrix { compact.r }

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
