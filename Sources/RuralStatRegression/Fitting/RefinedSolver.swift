import Dispatch
import RuralStatCore
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
/// which solves [I A; Aᵀ 0][Δr; Δz] = [f; g] exactly for A = Q₁R. The first pass also sets
/// r = fl(b − A·z₀), so f is then the rounding error of r. The refined r is the residual
/// vector the fit reports.
///
/// Stopping: when every coefficient's correction is below 2⁻⁵³ of it; when the corrections
/// stop halving; or when the next correction, predicted from the linear convergence rate
/// ρ = 10·√n·κ·u (Björck: the rate is proportional to κ·u, u = 2⁻⁵³, κ the scaled condition
/// number), would be below 2⁻⁵³. The last rule saves a pass over X on well-conditioned
/// problems, where one step already reaches full precision.
struct RefinedSolver {
    let design: Matrix
    let response: [Double]
    let sqrtWeights: [Double]?
    let qr: TwoStageQR
    /// The condition number of the scaled kept design.
    let conditionNumber: Double
    /// Refinement steps taken.
    private(set) var steps = 0

    private static let rowBlock = 256

    /// β in pivot order (unscaled) and the residuals y − Xβ (unweighted), refined for at most
    /// `maximumSteps` steps.
    mutating func solve(maximumSteps: Int) throws -> (beta: [Double], residuals: [Double]) {
        let (n, rank, r, scales) = (design.rows, qr.rank, qr.r, qr.scales)
        var z = try r.solveUpperTriangular(qr.qtb)
        var residual = [Double](repeating: 0, count: n)
        let rate = 10 * Double(n).squareRoot() * conditionNumber * 0x1p-53
        var previousCorrection = Double.infinity
        for step in 0...maximumSteps {
            let (f, g) = pass(beta: zip(z, scales).map { $0 * $1 }, residual: &residual, first: step == 0)
            guard step < maximumSteps else { break }
            let h = try r.solveUpperTriangular(g, transposed: true)
            var d = f
            try qr.multiplyByQTransposed(&d)
            let dz = try r.solveUpperTriangular((0..<rank).map { d[$0] - h[$0] })
            // The largest correction relative to its own component: coefficients differ in
            // size by many orders of magnitude, and each should be right to the last bit.
            let correction = zip(dz, z).reduce(0.0) { largest, pair in
                pair.0 == 0 ? largest : max(largest, abs(pair.0) / max(abs(pair.1), .leastNormalMagnitude))
            }
            guard correction.isFinite, correction <= 0.5 * previousCorrection else { break }
            var dr = d
            for k in 0..<rank { dr[k] = h[k] }
            try qr.multiplyByQ(&dr)
            for k in 0..<rank { z[k] += dz[k] }
            for i in 0..<n { residual[i] += dr[i] }
            steps += 1
            previousCorrection = correction
            if correction <= 0x1p-53 || correction * rate <= 0x1p-53 { break }
        }
        if let sqrtWeights {
            for i in 0..<n { residual[i] /= sqrtWeights[i] }
        }
        return (zip(z, scales).map { $0 * $1 }, residual)
    }

    /// p + s += a·b, error-free transformations as in Dot2.
    @inline(__always)
    private static func accumulate(_ a: Double, _ b: Double, _ p: inout Double, _ s: inout Double) {
        let (h, he) = DoubleDouble.twoProduct(a, b, bSplit: DoubleDouble.split(b))
        let (t, te) = DoubleDouble.twoSum(p, h)
        p = t
        s += te + he
    }

    /// One pass over X in twice working precision. With `first`, sets r = fl(W^½(y − Xβ)) and
    /// returns its rounding error as f; otherwise f = W^½(y − Xβ) − r. Always g = −D·Aᵀ·r
    /// restricted to the kept columns (pivot order), A = W^½X.
    ///
    /// The rows are cut into blocks of ``rowBlock``; each block's f and r and its four-lane
    /// partial sums of g are computed on their own (blocks run in parallel), then the partial
    /// sums are added into g block after block, in block order, so the result does not depend
    /// on the number of threads.
    private func pass(beta: [Double], residual: inout [Double], first: Bool) -> (f: [Double], g: [Double]) {
        typealias CA = DoubleDouble
        let (n, rank, columns, scales) = (design.rows, qr.rank, qr.columns, qr.scales)
        let block = Self.rowBlock
        let blocks = (n + block - 1) / block
        let negatedBeta = beta.map { -$0 }
        let betaSplits = negatedBeta.map { CA.split($0) }
        var f = [Double](repeating: 0, count: n)
        // Per block and column: the four lanes' sums, then their errors.
        let partials = UnsafeMutableBufferPointer<Double>.allocate(capacity: blocks * rank * 8)
        defer { partials.deallocate() }
        let chunks = min(blocks, Self.chunks)
        design.elements.withUnsafeBufferPointer { x in
            response.withUnsafeBufferPointer { y in
                f.withUnsafeMutableBufferPointer { f in
                    residual.withUnsafeMutableBufferPointer { r in
                        let (x, y, f, r) = (Shared(x), Shared(y), Shared(f), Shared(r))
                        let partials = Shared(partials)
                        let sqrtWeights = sqrtWeights
                        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                            let hi = UnsafeMutableBufferPointer<Double>.allocate(capacity: block)
                            let lo = UnsafeMutableBufferPointer<Double>.allocate(capacity: block)
                            let weightedR = UnsafeMutableBufferPointer<Double>.allocate(capacity: block)
                            defer {
                                hi.deallocate()
                                lo.deallocate()
                                weightedR.deallocate()
                            }
                            for blockIndex in (chunk * blocks / chunks)..<((chunk + 1) * blocks / chunks) {
                                let start = blockIndex * block
                                let count = min(block, n - start)
                                // e = y − Xβ as hi + lo (Ogita–Rump–Oishi Dot2).
                                for i in 0..<count {
                                    hi[i] = y.base[start + i]
                                    lo[i] = 0
                                }
                                for k in 0..<rank {
                                    let column = x.base + columns[k] * n + start
                                    let (b, bSplit) = (negatedBeta[k], betaSplits[k])
                                    for i in 0..<count {
                                        let (h, he) = CA.twoProduct(column[i], b, bSplit: bSplit)
                                        let (t, te) = CA.twoSum(hi[i], h)
                                        hi[i] = t
                                        lo[i] += te + he
                                    }
                                }
                                // f = W^½e − r (setting r first on the first pass).
                                for i in 0..<count {
                                    var (q, qe) = (hi[i], lo[i])
                                    if let sqrtWeights {
                                        let w = sqrtWeights[start + i]
                                        let product = CA.twoProduct(q, w, bSplit: CA.split(w))
                                        (q, qe) = (product.product, product.error + w * qe)
                                    }
                                    if first { r.base[start + i] = q + qe }
                                    let (a, ae) = CA.twoSum(q, -r.base[start + i])
                                    f.base[start + i] = a + (ae + qe)
                                    weightedR[i] = r.base[start + i] * (sqrtWeights?[start + i] ?? 1)
                                }
                                // Xᵀ(W^½r) over the block, per column, Dot2 again, in four
                                // interleaved lanes so that the additions do not wait on one another.
                                for k in 0..<rank {
                                    let column = x.base + columns[k] * n + start
                                    var p = (0.0, 0.0, 0.0, 0.0)
                                    var s = (0.0, 0.0, 0.0, 0.0)
                                    var i = 0
                                    while i + 4 <= count {
                                        Self.accumulate(column[i], weightedR[i], &p.0, &s.0)
                                        Self.accumulate(column[i + 1], weightedR[i + 1], &p.1, &s.1)
                                        Self.accumulate(column[i + 2], weightedR[i + 2], &p.2, &s.2)
                                        Self.accumulate(column[i + 3], weightedR[i + 3], &p.3, &s.3)
                                        i += 4
                                    }
                                    while i < count {
                                        Self.accumulate(column[i], weightedR[i], &p.0, &s.0)
                                        i += 1
                                    }
                                    let out = partials.base + (blockIndex * rank + k) * 8
                                    (out[0], out[1], out[2], out[3]) = p
                                    (out[4], out[5], out[6], out[7]) = s
                                }
                            }
                        }
                    }
                }
            }
        }
        // g −= the blocks' partial sums, in block order.
        var gSum = [Double](repeating: 0, count: rank)
        var gError = [Double](repeating: 0, count: rank)
        for blockIndex in 0..<blocks {
            for k in 0..<rank {
                let lanes = partials.baseAddress! + (blockIndex * rank + k) * 8
                var (total, error) = (gSum[k], gError[k])
                for lane in 0..<4 {
                    let (t, te) = CA.twoSum(total, lanes[lane])
                    total = t
                    error += te + lanes[lane + 4]
                }
                (gSum[k], gError[k]) = (total, error)
            }
        }
        return (f, (0..<rank).map { -(gSum[$0] + gError[$0]) * scales[$0] })
    }

    /// The most parts a pass is split into (more than the cores, so that a busy core slows
    /// the pass less).
    private static let chunks = 8
}
