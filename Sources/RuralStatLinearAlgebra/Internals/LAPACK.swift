import CRuralStatLAPACK

/// Every call from RuralStat into LAPACK (through LAPACKE) and CBLAS, and nothing else.
///
/// Conventions, the same for each wrapper:
/// - storage is column-major with the leading dimension given explicitly;
/// - sizes cross into C through `Int32(exactly:)`: a size that does not fit is a programmer
///   error, never a silent truncation;
/// - routines that need workspace are called twice, first with `lwork = -1` to ask for the
///   optimal size;
/// - `info < 0` (an illegal argument) is a precondition failure; `info > 0` is thrown as a
///   ``LAPACKError`` naming the routine.
enum LAPACK {
    private static func int32(_ value: Int) -> Int32 {
        guard let result = Int32(exactly: value) else {
            preconditionFailure("\(value) does not fit LAPACK's 32-bit integers")
        }
        return result
    }

    private static func char(_ c: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: c)) }

    private static func check(_ info: Int32, _ routine: String, reason: (Int) -> String) throws {
        precondition(info >= 0, "\(routine): argument \(-info) had an illegal value")
        if info > 0 { throw LAPACKError(routine: routine, info: Int(info), reason: reason(Int(info))) }
    }

    /// Size of the workspace a routine asked for in a `lwork = -1` query.
    private static func workspaceSize(_ query: Double) -> Int { max(1, Int(query.rounded(.up))) }

    // MARK: - LAPACK

    /// QR factorisation with column pivoting, A·P = Q·R, in place. The corresponding LAPACK
    /// routine is `dgeqp3`.
    ///
    /// - Parameters:
    ///   - a: the m×n matrix (leading dimension m); on return R above the diagonal and the
    ///     Householder vectors below it.
    ///   - pivots: on return the 1-based column permutation (`jpvt`), all free on entry.
    ///   - tau: on return the min(m, n) Householder scalars.
    static func dgeqp3(m: Int, n: Int, a: inout [Double], pivots: inout [Int32], tau: inout [Double]) throws {
        try BLASThreads.using {
            let (m32, n32, lda) = (int32(m), int32(n), int32(max(1, m)))
            pivots = Array(repeating: 0, count: n)
            tau = Array(repeating: 0, count: min(m, n))
            var query = 0.0
            var info = LAPACKE_dgeqp3_work(LAPACK_COL_MAJOR, m32, n32, &a, lda, &pivots, &tau, &query, -1)
            try check(info, "dgeqp3") { _ in "workspace query failed" }
            var work = [Double](repeating: 0, count: workspaceSize(query))
            info = LAPACKE_dgeqp3_work(LAPACK_COL_MAJOR, m32, n32, &a, lda, &pivots, &tau, &work, int32(work.count))
            try check(info, "dgeqp3") { _ in "factorisation failed" }
        }
    }

    /// QR factorisation without pivoting, A = Q·R, in place. The corresponding LAPACK routine
    /// is `dgeqrf`.
    ///
    /// - Parameters:
    ///   - a: the m×n matrix (leading dimension `lda`, which may exceed m for a block of a
    ///     taller matrix); on return R above the diagonal and the Householder vectors below it.
    ///   - tau: room for the min(m, n) Householder scalars.
    ///   - work: workspace, grown to the size the `lwork = -1` query asks for.
    static func dgeqrf(
        m: Int, n: Int, a: UnsafeMutablePointer<Double>, lda: Int, tau: UnsafeMutablePointer<Double>,
        work: inout [Double]
    ) throws {
        try BLASThreads.using {
            let (m32, n32, lda32) = (int32(m), int32(n), int32(max(1, lda)))
            var query = 0.0
            var info = LAPACKE_dgeqrf_work(LAPACK_COL_MAJOR, m32, n32, a, lda32, tau, &query, -1)
            try check(info, "dgeqrf") { _ in "workspace query failed" }
            if work.count < workspaceSize(query) { work = Array(repeating: 0, count: workspaceSize(query)) }
            info = LAPACKE_dgeqrf_work(LAPACK_COL_MAJOR, m32, n32, a, lda32, tau, &work, int32(work.count))
            try check(info, "dgeqrf") { _ in "factorisation failed" }
        }
    }

    /// Multiplies the m-vector at `vector` by Q or Qᵀ from the left, where Q is the product of
    /// the first k Householder reflections stored in `a` (leading dimension `lda`) with scalars
    /// `tau`. The corresponding LAPACK routine is `dormqr`.
    static func dormqr(
        transpose: Bool, m: Int, k: Int, a: UnsafePointer<Double>, lda: Int, tau: UnsafePointer<Double>,
        vector: UnsafeMutablePointer<Double>, work: inout [Double]
    ) throws {
        try BLASThreads.using {
            let (m32, k32, lda32, ldc) = (int32(m), int32(k), int32(max(1, lda)), int32(max(1, m)))
            let (side, trans) = (char("L"), char(transpose ? "T" : "N"))
            var query = 0.0
            var info = LAPACKE_dormqr_work(LAPACK_COL_MAJOR, side, trans, m32, 1, k32, a, lda32, tau, vector, ldc, &query, -1)
            try check(info, "dormqr") { _ in "workspace query failed" }
            if work.count < workspaceSize(query) { work = Array(repeating: 0, count: workspaceSize(query)) }
            info = LAPACKE_dormqr_work(
                LAPACK_COL_MAJOR, side, trans, m32, 1, k32, a, lda32, tau, vector, ldc, &work, int32(work.count))
            try check(info, "dormqr") { _ in "multiplication failed" }
        }
    }

    /// Solves T·X = B or Tᵀ·X = B for the n×n upper triangular T (leading dimension `lda`),
    /// overwriting the n×nrhs right-hand side B. The corresponding LAPACK routine is `dtrtrs`.
    static func dtrtrs(transpose: Bool, n: Int, nrhs: Int, a: [Double], lda: Int, b: inout [Double]) throws {
        try BLASThreads.using {
            let info = LAPACKE_dtrtrs_work(
                LAPACK_COL_MAJOR, char("U"), char(transpose ? "T" : "N"), char("N"), int32(n), int32(nrhs), a,
                int32(max(1, lda)), &b, int32(max(1, n)))
            try check(info, "dtrtrs") { "diagonal element \($0) of the triangular factor is exactly zero" }
        }
    }

    /// Inverts the n×n upper triangular matrix in `a` (leading dimension n) in place. The
    /// corresponding LAPACK routine is `dtrtri`.
    static func dtrtri(n: Int, a: inout [Double]) throws {
        try BLASThreads.using {
            let info = LAPACKE_dtrtri_work(LAPACK_COL_MAJOR, char("U"), char("N"), int32(n), &a, int32(max(1, n)))
            try check(info, "dtrtri") { "diagonal element \($0) is exactly zero: the matrix is singular" }
        }
    }

    /// The singular values of the m×n matrix `a` (destroyed), largest first. The corresponding
    /// LAPACK routine is `dgesdd` with `jobz = 'N'`.
    static func dgesdd(m: Int, n: Int, a: inout [Double]) throws -> [Double] {
        try BLASThreads.using {
            let k = min(m, n)
            var s = [Double](repeating: 0, count: k)
            var iwork = [Int32](repeating: 0, count: max(1, 8 * k))
            var unusedU = [0.0]
            var unusedVT = [0.0]
            var query = 0.0
            let (m32, n32, lda) = (int32(m), int32(n), int32(max(1, m)))
            var info = LAPACKE_dgesdd_work(
                LAPACK_COL_MAJOR, char("N"), m32, n32, &a, lda, &s, &unusedU, 1, &unusedVT, 1, &query, -1, &iwork)
            try check(info, "dgesdd") { _ in "workspace query failed" }
            var work = [Double](repeating: 0, count: workspaceSize(query))
            info = LAPACKE_dgesdd_work(
                LAPACK_COL_MAJOR, char("N"), m32, n32, &a, lda, &s, &unusedU, 1, &unusedVT, 1, &work, int32(work.count), &iwork)
            try check(info, "dgesdd") { _ in "the singular value iteration did not converge" }
            return s
        }
    }

    /// Minimises ‖A·x − b‖ for a full-rank m×n A (m ≥ n) by unpivoted QR, overwriting `a` with
    /// its factors and `b` (m×nrhs) with the solution in its first n rows. The corresponding
    /// LAPACK routine is `dgels`.
    static func dgels(m: Int, n: Int, nrhs: Int, a: inout [Double], b: inout [Double]) throws {
        try BLASThreads.using {
            let (m32, n32, r32, lda) = (int32(m), int32(n), int32(nrhs), int32(max(1, m)))
            let ldb = int32(max(1, m, n))
            var query = 0.0
            var info = LAPACKE_dgels_work(LAPACK_COL_MAJOR, char("N"), m32, n32, r32, &a, lda, &b, ldb, &query, -1)
            try check(info, "dgels") { _ in "workspace query failed" }
            var work = [Double](repeating: 0, count: workspaceSize(query))
            info = LAPACKE_dgels_work(LAPACK_COL_MAJOR, char("N"), m32, n32, r32, &a, lda, &b, ldb, &work, int32(work.count))
            try check(info, "dgels") { "diagonal element \($0) of R is exactly zero: the matrix is not of full rank" }
        }
    }

    /// Solves A·X = B for the n×n symmetric positive definite A (upper triangle read, then
    /// overwritten by its Cholesky factor), overwriting the n×nrhs B. The corresponding LAPACK
    /// routine is `dposv`.
    static func dposv(n: Int, nrhs: Int, a: inout [Double], b: inout [Double]) throws {
        try BLASThreads.using {
            let n32 = int32(n)
            let info = LAPACKE_dposv_work(
                LAPACK_COL_MAJOR, char("U"), n32, int32(nrhs), &a, int32(max(1, n)), &b, int32(max(1, n)))
            try check(info, "dposv") { "the leading minor of order \($0) is not positive definite" }
        }
    }

    // MARK: - BLAS

    /// B := B·T⁻¹ for the m×n matrix B (leading dimension m) and the n×n upper triangular T
    /// (leading dimension `ldt`). The corresponding BLAS routine is `dtrsm` (side right).
    static func dtrsmRight(m: Int, n: Int, t: UnsafePointer<Double>, ldt: Int, b: UnsafeMutablePointer<Double>) {
        BLASThreads.using {
            cblas_dtrsm(
                CblasColMajor, CblasRight, CblasUpper, CblasNoTrans, CblasNonUnit, int32(m), int32(n), 1.0, t,
                int32(max(1, ldt)), b, int32(max(1, m)))
        }
    }

    /// C := C + Aᵀ·A in the upper triangle of the n×n C, for the k×n matrix A (leading
    /// dimension k). The corresponding BLAS routine is `dsyrk`.
    static func dsyrkTransposed(n: Int, k: Int, a: UnsafePointer<Double>, c: UnsafeMutablePointer<Double>) {
        BLASThreads.using {
            cblas_dsyrk(
                CblasColMajor, CblasUpper, CblasTrans, int32(n), int32(k), 1.0, a, int32(max(1, k)), 1.0, c,
                int32(max(1, n)))
        }
    }
}
