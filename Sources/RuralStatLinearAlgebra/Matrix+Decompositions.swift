extension Matrix {
    /// The singular values, largest first (min(rows, columns) of them).
    ///
    /// The corresponding LAPACK routine is `dgesdd` (values only). O(mn·min(m, n)).
    ///
    /// - Throws: ``LAPACKError`` when the iteration does not converge.
    public func singularValues() throws -> [Double] {
        var a = elements
        return try LAPACK.dgesdd(m: rows, n: columns, a: &a)
    }

    /// The least-squares solution x minimising ‖A·x − b‖₂ for this full-rank A with at least
    /// as many rows as columns, by Householder QR without pivoting or refinement.
    ///
    /// This is LAPACK's plain driver, the fastest accurate-enough route for well-conditioned
    /// problems and the baseline RuralStat's regression benchmark compares against. It does
    /// not detect near rank deficiency. The corresponding LAPACK routine is `dgels`.
    ///
    /// - Complexity: about 2mn² − (2/3)n³ operations; memory: one copy of A.
    /// - Throws: ``LAPACKError`` when A is exactly rank deficient.
    public func leastSquaresSolution(_ b: [Double]) throws -> [Double] {
        precondition(b.count == rows, "right-hand side length must equal the number of rows")
        precondition(rows >= columns, "dgels here needs at least as many rows as columns")
        var a = elements
        var x = b
        try LAPACK.dgels(m: rows, n: columns, nrhs: 1, a: &a, b: &x)
        return Array(x.prefix(columns))
    }

    /// The solution x of A·x = b for this symmetric positive definite A, by Cholesky
    /// factorisation. Only the upper triangle is read.
    ///
    /// The corresponding LAPACK routine is `dposv`. O(n³/3).
    ///
    /// - Throws: ``LAPACKError`` when A is not (numerically) positive definite.
    public func solvePositiveDefinite(_ b: [Double]) throws -> [Double] {
        precondition(rows == columns, "the matrix must be square")
        precondition(b.count == rows, "right-hand side length must equal the order")
        var a = elements
        var x = b
        try LAPACK.dposv(n: rows, nrhs: 1, a: &a, b: &x)
        return x
    }
}
