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
}
