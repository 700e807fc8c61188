import RuralStatLinearAlgebra
import RuralStatText

extension LinearFit {
    /// The residual standard deviation σ = √(Σw e²/(n − k)); NaN when n = k.
    public var sigma: Double {
        residualDegreesOfFreedom > 0 ? (residualSumOfSquares / Double(residualDegreesOfFreedom)).squareRoot() : .nan
    }

    /// The p×p covariance matrix of the coefficients; rows and columns of aliased
    /// coefficients are NaN (as R's `vcov(…, complete = TRUE)`).
    ///
    /// The sandwich estimates never form an n×n matrix: rows of X are taken in blocks, turned
    /// into rows of Q by a triangular solve with R (`dtrsm`), which also gives the leverages
    /// hᵢ = ‖qᵢ‖², weighted and accumulated by `dsyrk` (or summed per cluster).
    ///
    /// - Complexity: classical O(k³); sandwich O(nk²) time and O(k² + G·k) extra memory.
    /// - Throws: ``RegressionError`` for ``CovarianceType/cluster`` without ``clusters``.
    public func covariance(_ type: CovarianceType) throws -> Matrix {
        let rank = r.columns
        let rInverse: Matrix
        do { rInverse = try r.upperTriangularInverse() } catch let error as LAPACKError {
            throw RegressionError(numerical: error)
        }
        var meat: Matrix
        switch type {
        case .classical:
            meat = Matrix(rows: rank, columns: rank)
            let variance = sigma * sigma
            for k in 0..<rank { meat[k, k] = variance }
        case .cluster:
            guard let clusters else {
                throw RegressionError(.usage, "cluster-robust standard errors need cluster ids for the observations",
                                      "聚类稳健标准误需要各观测的聚类标识")
            }
            meat = clusterMeat(clusters)
        case .hc0, .hc1, .hc2, .hc3:
            meat = heteroskedasticMeat(type)
        }
        // V_z = R⁻¹ M R⁻ᵀ in the scaled, pivoted coordinates, then β = D z back to columns.
        let inner = Self.product(Self.product(rInverse, meat, transposeRight: false), rInverse, transposeRight: true)
        let p = design.columns
        var result = Matrix(rows: p, columns: p, columnMajor: Array(repeating: .nan, count: p * p))
        for (k, columnK) in factorColumns.enumerated() {
            for (l, columnL) in factorColumns.enumerated() {
                result[columnK, columnL] = inner[k, l] * factorScales[k] * factorScales[l]
            }
        }
        return result
    }

    /// √diag of ``covariance(_:)``: the standard errors, NaN for aliased coefficients.
    public func standardErrors(_ type: CovarianceType) throws -> [Double] {
        let v = try covariance(type)
        return (0..<v.rows).map { v[$0, $0].squareRoot() }
    }

    /// Σ ωᵢ qᵢqᵢᵀ with the HC weights ωᵢ (symmetric, both triangles filled).
    private func heteroskedasticMeat(_ type: CovarianceType) -> Matrix {
        let rank = r.columns
        let n = Double(observationCount)
        let correction = type == .hc1 ? (n / Double(residualDegreesOfFreedom)).squareRoot() : 1
        var meat = Matrix(rows: rank, columns: rank)
        var root = [Double](repeating: 0, count: Self.blockRows)
        forEachBlockOfQ { start, q in
            let count = q.rows
            q.withUnsafeMutableElements { q in
                if type == .hc2 || type == .hc3 {
                    var leverage = [Double](repeating: 0, count: count)
                    for k in 0..<rank {
                        for i in 0..<count { leverage[i] += q[i + k * count] * q[i + k * count] }
                    }
                    for i in 0..<count {
                        let e = abs(weightedResidual(start + i))
                        root[i] = type == .hc2 ? e / (1 - leverage[i]).squareRoot() : e / (1 - leverage[i])
                    }
                } else {
                    for i in 0..<count { root[i] = abs(weightedResidual(start + i)) * correction }
                }
                for k in 0..<rank {
                    for i in 0..<count { q[i + k * count] *= root[i] }
                }
            }
            q.addGram(to: &meat)
        }
        return Self.symmetrised(meat)
    }

    /// Σ_g u_g u_gᵀ · G/(G − 1) · (n − 1)/(n − k), u_g = Σ_{i∈g} eᵢqᵢ.
    private func clusterMeat(_ ids: [Int]) -> Matrix {
        let rank = r.columns
        var index: [Int: Int] = [:]
        let codes = ids.map { id in
            if let code = index[id] { return code }
            index[id] = index.count
            return index.count - 1
        }
        let groups = index.count
        var sums = Matrix(rows: groups, columns: rank)
        sums.withUnsafeMutableElements { sums in
            forEachBlockOfQ { start, q in
                let count = q.rows
                q.withUnsafeMutableElements { q in
                    for k in 0..<rank {
                        for i in 0..<count {
                            sums[codes[start + i] + k * groups] += weightedResidual(start + i) * q[i + k * count]
                        }
                    }
                }
            }
        }
        var meat = Matrix(rows: rank, columns: rank)
        sums.addGram(to: &meat)
        let (n, k, g) = (Double(observationCount), Double(rank), Double(groups))
        let adjustment = groups > 1 ? g / (g - 1) * (n - 1) / (n - k) : .nan
        let result = Self.symmetrised(meat)
        return Matrix(rows: rank, columns: rank, columnMajor: result.elements.map { $0 * adjustment })
    }

    /// √wᵢ·eᵢ.
    @inline(__always)
    private func weightedResidual(_ i: Int) -> Double {
        guard let weights else { return residuals[i] }
        return weights[i].squareRoot() * residuals[i]
    }

    private static var blockRows: Int { 4096 }

    /// Calls `body(start, Q_block)` for blocks of rows of Q₁ = A·R⁻¹, A the weighted, scaled,
    /// pivoted kept columns.
    private func forEachBlockOfQ(_ body: (Int, inout Matrix) -> Void) {
        let (n, rank) = (observationCount, r.columns)
        var block = Matrix(rows: Self.blockRows, columns: rank)
        design.elements.withUnsafeBufferPointer { x in
            for start in stride(from: 0, to: n, by: Self.blockRows) {
                let count = min(Self.blockRows, n - start)
                if count != block.rows { block = Matrix(rows: count, columns: rank) }
                block.withUnsafeMutableElements { b in
                    for (k, column) in factorColumns.enumerated() {
                        let scale = factorScales[k]
                        let source = x.baseAddress! + column * n + start
                        if let weights {
                            for i in 0..<count { b[i + k * count] = source[i] * weights[start + i].squareRoot() * scale }
                        } else {
                            for i in 0..<count { b[i + k * count] = source[i] * scale }
                        }
                    }
                }
                block.multiplyByUpperTriangularInverse(r)
                body(start, &block)
            }
        }
    }

    private static func symmetrised(_ upper: Matrix) -> Matrix {
        var result = upper
        for j in 0..<upper.columns {
            for i in 0..<j { result[j, i] = upper[i, j] }
        }
        return result
    }

    /// A·B or A·Bᵀ for small matrices (k×k, k the rank).
    static func product(_ a: Matrix, _ b: Matrix, transposeRight: Bool) -> Matrix {
        let columns = transposeRight ? b.rows : b.columns
        var result = Matrix(rows: a.rows, columns: columns)
        for j in 0..<columns {
            for i in 0..<a.rows {
                var sum = 0.0
                for l in 0..<a.columns { sum += a[i, l] * (transposeRight ? b[j, l] : b[l, j]) }
                result[i, j] = sum
            }
        }
        return result
    }
}
