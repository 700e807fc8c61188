import RuralStatLinearAlgebra

/// The least-squares solution of a full-rank problem from its pivoted QR factors, refined on
/// the augmented system with residuals in twice working precision (see ``LinearFit``).
///
/// The problem is min‖b − A·z‖ with A = W^½·X_kept·D (pivot order) and b = W^½·y; the data
/// X, y, w are read unscaled, so refinement converges to the solution of the problem as given,
/// the QR factors serving only to produce corrections. With β = D·z exactly (D holds powers of
/// two), each step computes
///
///     f = b − r − A·z,  g = −Aᵀ·r            (doubled precision, one pass over X)
///     h = R⁻ᵀg,  d = Qᵀf,  Δr = Q·[h; d₂],  Δz = R⁻¹(d₁ − h)
///
/// which solves [I A; Aᵀ 0][Δr; Δz] = [f; g] exactly for A = Q₁R.
struct RefinedSolver {
    let design: Matrix
    let response: [Double]
    let sqrtWeights: [Double]?
    let qr: PivotedQR
    let r: Matrix
    /// Design columns in pivot order.
    let columns: [Int]
    /// Their power-of-two scales.
    let scales: [Double]
    /// Refinement steps taken.
    private(set) var steps = 0

    init(
        design: Matrix, response: [Double], sqrtWeights: [Double]?, qr: PivotedQR, r: Matrix, columns: [Int],
        scales: [Double]
    ) {
        self.design = design
        self.response = response
        self.sqrtWeights = sqrtWeights
        self.qr = qr
        self.r = r
        self.columns = columns
        self.scales = scales
    }

    private static let rowBlock = 512

    /// β in pivot order (unscaled), refined for at most `maximumSteps` steps.
    mutating func solve(maximumSteps: Int) throws -> [Double] {
        let (n, rank) = (design.rows, columns.count)
        var qtb = sqrtWeights.map { zip(response, $0).map { $0 * $1 } } ?? response
        try qr.multiplyByQTransposed(&qtb)
        var z = try r.solveUpperTriangular(Array(qtb.prefix(rank)))
        guard maximumSteps > 0 else { return zip(z, scales).map { $0 * $1 } }
        var residual = residualPass(beta: zip(z, scales).map { $0 * $1 }, residual: nil).f
        var previousCorrection = Double.infinity
        for _ in 0..<maximumSteps {
            let (f, g) = residualPass(beta: zip(z, scales).map { $0 * $1 }, residual: residual)
            let h = try r.solveUpperTriangular(g, transposed: true)
            var d = f
            try qr.multiplyByQTransposed(&d)
            let dz = try r.solveUpperTriangular((0..<rank).map { d[$0] - h[$0] })
            // The largest correction relative to its own component: coefficients differ in
            // size by many orders of magnitude, and each should be right to the last bit.
            let correction = zip(dz, z).reduce(0.0) { largest, pair in
                pair.0 == 0 ? largest : max(largest, abs(pair.0) / max(abs(pair.1), .leastNormalMagnitude))
            }
            guard correction.isFinite, correction <= 0.5 * previousCorrection || steps == 0 else { break }
            var dr = d
            for k in 0..<rank { dr[k] = h[k] }
            try qr.multiplyByQ(&dr)
            for k in 0..<rank { z[k] += dz[k] }
            for i in 0..<n { residual[i] += dr[i] }
            steps += 1
            previousCorrection = correction
            if correction <= 0x1p-53 { break }
        }
        return zip(z, scales).map { $0 * $1 }
    }

    /// The residuals y − Xβ (unweighted, from twice-working-precision sums) and Σ w(y − Xβ)².
    func finalResiduals(_ beta: [Double]) -> ([Double], Double) {
        var residuals = [Double](repeating: 0, count: design.rows)
        var sum: Extended = 0
        forEachBlock(beta: beta) { start, hi, lo in
            for offset in hi.indices {
                let i = start + offset
                let e = hi[offset] + lo[offset]
                residuals[i] = e
                sum += Extended(weights(i)) * Extended(e) * Extended(e)
            }
        }
        return (residuals, Double(sum))
    }

    private func weights(_ i: Int) -> Double {
        sqrtWeights.map { $0[i] * $0[i] } ?? 1
    }

    /// One pass over X: with `residual` r, f = W^½(y − Xβ) − r and g = −D·XᵀW^½·r (pivot
    /// order); without it, f = W^½(y − Xβ) and g is empty. Both in twice working precision.
    private func residualPass(beta: [Double], residual: [Double]?) -> (f: [Double], g: [Double]) {
        typealias CA = CompensatedArithmetic
        let (n, rank) = (design.rows, columns.count)
        var f = [Double](repeating: 0, count: n)
        var g = [(sum: Double, error: Double)](repeating: (0, 0), count: residual == nil ? 0 : rank)
        var weightedResidual = [Double](repeating: 0, count: Self.rowBlock)
        design.elements.withUnsafeBufferPointer { x in
            forEachBlock(beta: beta) { start, hi, lo in
                for offset in hi.indices {
                    let i = start + offset
                    let r = residual?[i] ?? 0
                    if let sqrtWeights {
                        let w = sqrtWeights[i]
                        let (q, qe) = CA.twoProduct(hi[offset], w, bSplit: CA.split(w))
                        let (a, ae) = CA.twoSum(q, -r)
                        f[i] = a + (ae + (qe + w * lo[offset]))
                        weightedResidual[offset] = w * r
                    } else {
                        let (a, ae) = CA.twoSum(hi[offset], -r)
                        f[i] = a + (ae + lo[offset])
                        weightedResidual[offset] = r
                    }
                }
                guard residual != nil else { return }
                for (k, column) in columns.enumerated() {
                    let base = column * n + start
                    var (p, s) = g[k]
                    for offset in hi.indices {
                        let b = weightedResidual[offset]
                        let (h, he) = CA.twoProduct(x[base + offset], b, bSplit: CA.split(b))
                        let (t, te) = CA.twoSum(p, h)
                        p = t
                        s += te + he
                    }
                    g[k] = (p, s)
                }
            }
        }
        return (f, zip(g, scales).map { -($0.sum + $0.error) * $1 })
    }

    /// Calls `body(start, hi, lo)` for consecutive blocks of rows with y − Xβ = hi + lo
    /// summed in twice working precision (Ogita–Rump–Oishi Dot2), so that a block of X stays
    /// in cache for the caller's second look.
    private func forEachBlock(beta: [Double], _ body: (Int, [Double], [Double]) -> Void) {
        typealias CA = CompensatedArithmetic
        let n = design.rows
        let negatedBeta = beta.map { -$0 }
        let betaSplits = negatedBeta.map { CA.split($0) }
        var hi = [Double](repeating: 0, count: Self.rowBlock)
        var lo = [Double](repeating: 0, count: Self.rowBlock)
        design.elements.withUnsafeBufferPointer { x in
            for start in stride(from: 0, to: n, by: Self.rowBlock) {
                let count = min(Self.rowBlock, n - start)
                if count < Self.rowBlock {
                    hi.removeLast(Self.rowBlock - count)
                    lo.removeLast(Self.rowBlock - count)
                }
                for offset in 0..<count {
                    hi[offset] = response[start + offset]
                    lo[offset] = 0
                }
                for (k, column) in columns.enumerated() {
                    let base = column * n + start
                    let (b, bSplit) = (negatedBeta[k], betaSplits[k])
                    for offset in 0..<count {
                        let (h, he) = CA.twoProduct(x[base + offset], b, bSplit: bSplit)
                        let (t, te) = CA.twoSum(hi[offset], h)
                        hi[offset] = t
                        lo[offset] += te + he
                    }
                }
                body(start, hi, lo)
            }
        }
    }
}
