extension Matrix {
    /// Solves U·x = b (or Uᵀ·x = b with `transposed`) for this square upper triangular U.
    ///
    /// Only the upper triangle is read. The corresponding LAPACK routine is `dtrtrs`. O(n²).
    ///
    /// - Throws: ``LAPACKError`` when a diagonal element is exactly zero.
    public func solveUpperTriangular(_ b: [Double], transposed: Bool = false) throws -> [Double] {
        precondition(rows == columns, "the matrix must be square")
        precondition(b.count == rows, "right-hand side length must equal the order")
        var x = b
        try LAPACK.dtrtrs(transpose: transposed, n: rows, nrhs: 1, a: elements, lda: rows, b: &x)
        return x
    }

    /// The inverse of this square upper triangular matrix (upper triangular too).
    ///
    /// Only the upper triangle is read. The corresponding LAPACK routine is `dtrtri`. O(n³/3).
    ///
    /// - Throws: ``LAPACKError`` when a diagonal element is exactly zero.
    public func upperTriangularInverse() throws -> Matrix {
        precondition(rows == columns, "the matrix must be square")
        var a = elements
        for j in 0..<columns where j + 1 < rows {
            for i in (j + 1)..<rows { a[i + j * rows] = 0 }
        }
        try LAPACK.dtrtri(n: rows, a: &a)
        return Matrix(rows: rows, columns: columns, columnMajor: a)
    }

    /// Replaces this m×n matrix B by B·U⁻¹ for the n×n upper triangular U.
    ///
    /// Row by row this maps xᵢ to U⁻ᵀxᵢ: with U the R of a QR factorisation of X, it turns the
    /// rows of X into the rows of Q. The corresponding BLAS routine is `dtrsm`. O(mn²).
    public mutating func multiplyByUpperTriangularInverse(_ u: Matrix) {
        precondition(u.rows == u.columns && u.columns == columns, "U must be square with as many columns as B")
        let (m, n) = (rows, columns)
        u.elements.withUnsafeBufferPointer { t in
            elements.withUnsafeMutableBufferPointer { b in
                guard let t = t.baseAddress, let b = b.baseAddress else { return }
                LAPACK.dtrsmRight(m: m, n: n, t: t, ldt: n, b: b)
            }
        }
    }

    /// Adds this k×n matrix's Gram matrix AᵀA to the upper triangle of the n×n `sum`.
    ///
    /// The strict lower triangle of `sum` is not touched. The corresponding BLAS routine is
    /// `dsyrk`. O(kn²/1).
    public func addGram(to sum: inout Matrix) {
        precondition(sum.rows == columns && sum.columns == columns, "sum must be n×n")
        let (n, k) = (columns, rows)
        elements.withUnsafeBufferPointer { a in
            sum.elements.withUnsafeMutableBufferPointer { c in
                guard let a = a.baseAddress, let c = c.baseAddress else { return }
                LAPACK.dsyrkTransposed(n: n, k: k, a: a, c: c)
            }
        }
    }
}
