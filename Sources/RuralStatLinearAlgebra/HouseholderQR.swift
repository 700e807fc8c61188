/// The QR factorisation without pivoting of an m×n matrix, A = Q·R, by Householder
/// reflections, blocked by rows for tall matrices (TSQR).
///
/// A tall matrix is cut into blocks of at least `blockRows` rows; each block is factorised on
/// its own while it sits in cache (`dgeqrf`), and the stacked n×n triangles of all blocks are
/// factorised once more (Demmel, Grigori, Hoemmen & Langou, "Communication-optimal parallel
/// and sequential QR", 2012). Q = diag(Q₁, …, Q_b)·Q_top is still a product of Householder
/// reflections, as backward stable as one `dgeqrf` over the whole matrix, but the data travel
/// from memory once instead of once per column: `dgeqrf` on a tall, thin matrix runs the
/// unblocked, memory-bound algorithm (its blocking starts at 128 columns). Q is kept as the
/// reflections and applied with ``multiplyByQTransposed(_:)`` and ``multiplyByQ(_:)``
/// without ever forming it; in both, the first min(m, n) coordinates are those of R.
///
/// The corresponding LAPACK routines are `dgeqrf` and `dormqr`.
///
/// - Complexity: about 2mn² operations; memory: one copy of A and the (m/blockRows)·n×n
///   stacked triangles.
public struct HouseholderQR: Sendable {
    /// The number of rows m.
    public let rows: Int
    /// The number of columns n.
    public let columns: Int
    /// Each block's reflections, in place in one m×n array (leading dimension m).
    private let factors: [Double]
    /// Each block's Householder scalars, block after block.
    private let blockTau: [Double]
    /// Block boundaries: block i is rows `starts[i]..<starts[i + 1]`.
    private let starts: [Int]
    /// The QR of the stacked triangles of the blocks.
    private let top: CompactQR

    /// Factorises `matrix` (consumed: its storage becomes the factors without a copy when
    /// the caller does not keep it).
    ///
    /// - Parameter blockRows: the smallest block; blocks are about this tall (the last takes
    ///   the remainder). The default, 4,096 rows, keeps a block of 30 columns within a
    ///   megabyte of cache.
    /// - Throws: ``LAPACKError`` if LAPACK fails.
    public init(_ matrix: consuming Matrix, blockRows: Int = 4096) throws {
        precondition(blockRows >= 1, "blocks need at least one row")
        let (m, n) = (matrix.rows, matrix.columns)
        rows = m
        columns = n
        var a = matrix.elements
        matrix = Matrix(rows: 0, columns: 0)  // drop the caller's reference: no copy-on-write copy
        let blockCount = max(1, m / max(blockRows, n))
        let starts = (0..<blockCount).map { $0 * (m / blockCount) } + [m]
        self.starts = starts
        var blockTau = [Double](repeating: 0, count: blockCount * n)
        var heights: [Int] = []
        var work: [Double] = []
        try a.withUnsafeMutableBufferPointer { a in
            try blockTau.withUnsafeMutableBufferPointer { tau in
                for block in 0..<blockCount {
                    let (start, height) = (starts[block], starts[block + 1] - starts[block])
                    try LAPACK.dgeqrf(
                        m: height, n: n, a: a.baseAddress! + start, lda: m, tau: tau.baseAddress! + block * n,
                        work: &work)
                    heights.append(min(height, n))
                }
            }
        }
        // The blocks' triangles R_i, stacked into a (Σ min(height, n))×n matrix.
        let stackedRows = heights.reduce(0, +)
        var stacked = [Double](repeating: 0, count: stackedRows * n)
        var offset = 0
        for block in 0..<blockCount {
            for j in 0..<n {
                for i in 0..<min(j + 1, heights[block]) {
                    stacked[offset + i + j * stackedRows] = a[starts[block] + i + j * m]
                }
            }
            offset += heights[block]
        }
        top = try CompactQR(factorising: Matrix(rows: stackedRows, columns: n, columnMajor: stacked)) { m, n, s in
            var tau = [Double](repeating: 0, count: min(m, n))
            try s.withUnsafeMutableBufferPointer { s in
                try tau.withUnsafeMutableBufferPointer { tau in
                    try LAPACK.dgeqrf(m: m, n: n, a: s.baseAddress!, lda: m, tau: tau.baseAddress!, work: &work)
                }
            }
            return tau
        }
        factors = a
        self.blockTau = blockTau
    }

    /// The number of reflections that make up R, min(m, n).
    public var reflectionCount: Int { min(rows, columns) }

    /// The min(m, n)×n upper trapezoidal factor R.
    public var r: Matrix { top.r }

    /// Replaces the m-vector `vector` by Qᵀ·vector.
    ///
    /// The corresponding LAPACK routine is `dormqr` (`trans = 'T'`). O(mn).
    public func multiplyByQTransposed(_ vector: inout [Double]) throws {
        precondition(vector.count == rows, "vector length must equal the number of rows")
        try applyBlocks(&vector, transposed: true)
        var heads = gatherHeads(vector)
        try top.multiply(&heads, transposed: true)
        scatterHeads(heads, into: &vector)
    }

    /// Replaces the m-vector `vector` by Q·vector.
    ///
    /// The corresponding LAPACK routine is `dormqr` (`trans = 'N'`). O(mn).
    public func multiplyByQ(_ vector: inout [Double]) throws {
        precondition(vector.count == rows, "vector length must equal the number of rows")
        var heads = gatherHeads(vector)
        try top.multiply(&heads, transposed: false)
        scatterHeads(heads, into: &vector)
        try applyBlocks(&vector, transposed: false)
    }

    /// Each block's own reflections applied to its rows of `vector`.
    private func applyBlocks(_ vector: inout [Double], transposed: Bool) throws {
        var work: [Double] = []
        let (m, n) = (rows, columns)
        try factors.withUnsafeBufferPointer { a in
            try blockTau.withUnsafeBufferPointer { tau in
                try vector.withUnsafeMutableBufferPointer { v in
                    for block in 0..<(starts.count - 1) {
                        let (start, height) = (starts[block], starts[block + 1] - starts[block])
                        try LAPACK.dormqr(
                            transpose: transposed, m: height, k: min(height, n), a: a.baseAddress! + start, lda: m,
                            tau: tau.baseAddress! + block * n, vector: v.baseAddress! + start, work: &work)
                    }
                }
            }
        }
    }

    /// The first min(height, n) entries of each block, stacked as the top factor's rows.
    private func gatherHeads(_ vector: [Double]) -> [Double] {
        (0..<(starts.count - 1)).flatMap { block in
            vector[starts[block]..<(starts[block] + min(starts[block + 1] - starts[block], columns))]
        }
    }

    private func scatterHeads(_ heads: [Double], into vector: inout [Double]) {
        var offset = 0
        for block in 0..<(starts.count - 1) {
            let count = min(starts[block + 1] - starts[block], columns)
            vector.replaceSubrange(starts[block]..<(starts[block] + count), with: heads[offset..<(offset + count)])
            offset += count
        }
    }
}
