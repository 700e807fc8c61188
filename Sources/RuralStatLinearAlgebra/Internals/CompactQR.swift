/// A QR factorisation in LAPACK's compact form — R above the diagonal, the Householder vectors
/// below it, and their scalars τ — shared by ``HouseholderQR`` and ``PivotedQR``.
struct CompactQR: Sendable {
    let rows: Int
    let columns: Int
    let factors: [Double]
    let tau: [Double]

    var reflectionCount: Int { min(rows, columns) }

    /// Factorises `matrix` in place with `routine(rows, columns, &elements)`, which returns τ.
    /// The matrix is consumed and its storage reused, without a copy when the caller does not
    /// keep it.
    init(factorising matrix: consuming Matrix, with routine: (Int, Int, inout [Double]) throws -> [Double]) rethrows {
        rows = matrix.rows
        columns = matrix.columns
        var a = matrix.elements
        matrix = Matrix(rows: 0, columns: 0)  // drop the caller's reference: no copy-on-write copy
        tau = try routine(rows, columns, &a)
        factors = a
    }

    /// The min(m, n)×n upper trapezoidal R.
    var r: Matrix {
        let k = reflectionCount
        var result = Matrix(rows: k, columns: columns)
        for j in 0..<columns {
            for i in 0..<min(j + 1, k) { result[i, j] = factors[i + j * rows] }
        }
        return result
    }

    /// v ← Qᵀv or Qv (`dormqr`).
    func multiply(_ vector: inout [Double], transposed: Bool) throws {
        precondition(vector.count == rows, "vector length must equal the number of rows")
        var work: [Double] = []
        let (m, k) = (rows, reflectionCount)
        try factors.withUnsafeBufferPointer { a in
            try tau.withUnsafeBufferPointer { tau in
                try vector.withUnsafeMutableBufferPointer { v in
                    guard let a = a.baseAddress, let tau = tau.baseAddress, let v = v.baseAddress else { return }
                    try LAPACK.dormqr(transpose: transposed, m: m, k: k, a: a, lda: m, tau: tau, vector: v, work: &work)
                }
            }
        }
    }
}
