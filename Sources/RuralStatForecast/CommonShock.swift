import RuralStatData

/// The shock a whole township meets in a year (a disaster, a factory closing), which every
/// household of the township shares, so that group intervals are not falsely narrow.
///
/// The model's residual of household h in township g and origin year t is split as
/// eₕ = ū_g,t + εₕ, ū_g,t being the cell's weighted mean residual. A cell mean carries
/// sampling noise besides the shock, so the shock variance is estimated by moments:
///
///   σ_u² = mean over cells with two or more households of (ū² − Σw²ε² / (Σw)² · n/(n−1)),
///
/// times m / (m − 1) when the model has township effects (they absorb each township's mean
/// over its m origin years, so the cell means keep only (m − 1)/m of the shock variance),
/// and at least 0. Without a township column a cell is an origin year. With township effects
/// and one origin year the shock cannot be told from the effect: σ_u² is 0 and
/// ``isIdentified`` is false.
public struct CommonShock: Sendable {
    /// σ_u², the variance of a township-year shock on the log scale.
    public let variance: Double
    /// The number of township-year cells with two or more households.
    public let cellCount: Int
    /// Whether the data can tell the shock from the township effects (two or more origin years).
    public let isIdentified: Bool

    /// A shock of known variance (for simulations with given parameters).
    public init(variance: Double) {
        precondition(variance >= 0, "a variance is not negative")
        self.variance = variance
        cellCount = 0
        isIdentified = true
    }

    /// Estimates the shock variance from the cell means and household residuals of a fit.
    init(cellMeans: [Double], cells: Cells, householdResiduals: [Double], weights: [Double], fixedEffect: Bool) {
        let k = cellMeans.count
        var weightSum = [Double](repeating: 0, count: k), squareWeightedSum = [Double](repeating: 0, count: k)
        var members = [Int](repeating: 0, count: k)
        for (i, cell) in cells.cellOfRow.enumerated() {
            weightSum[cell] += weights[i]
            squareWeightedSum[cell] += weights[i] * weights[i] * householdResiduals[i] * householdResiduals[i]
            members[cell] += 1
        }
        var total = 0.0, used = 0
        for c in 0..<k where members[c] >= 2 {
            let n = Double(members[c])
            let noise = squareWeightedSum[c] / (weightSum[c] * weightSum[c]) * n / (n - 1)
            total += cellMeans[c] * cellMeans[c] - noise
            used += 1
        }
        let m = Double(cells.yearCount)
        isIdentified = !fixedEffect || cells.yearCount >= 2
        cellCount = used
        guard used > 0, isIdentified else {
            variance = 0
            return
        }
        variance = Swift.max(total / Double(used) * (fixedEffect ? m / (m - 1) : 1), 0)
    }

    /// The township-year cell of each fitting row.
    struct Cells {
        /// The cell of each row, 0..<count.
        let cellOfRow: [Int]
        /// The number of cells.
        let count: Int
        /// The number of distinct origin years.
        let yearCount: Int
    }

    /// The cells of `rows` of the design's panel: township × year, or year without townships.
    static func cells(design: ForecastDesign, rows: [Int]) -> Cells {
        var index: [UInt64: Int] = [:]
        let township = design.panel.township
        let cellOfRow = rows.map { row in
            let code = UInt64(township?.codes[row] ?? 0)
            let key = code << 32 | UInt64(UInt32(bitPattern: design.panel.year[row]))
            if let cell = index[key] { return cell }
            index[key] = index.count
            return index.count - 1
        }
        return Cells(cellOfRow: cellOfRow, count: index.count, yearCount: Set(rows.map { design.panel.year[$0] }).count)
    }

    /// Splits residuals into their cells' weighted means and the household parts.
    static func split(_ residuals: [Double], cells: Cells, weights: [Double]) -> (cellMeans: [Double], household: [Double]) {
        var sum = [Double](repeating: 0, count: cells.count), weightSum = [Double](repeating: 0, count: cells.count)
        for (i, cell) in cells.cellOfRow.enumerated() {
            sum[cell] += weights[i] * residuals[i]
            weightSum[cell] += weights[i]
        }
        let means = zip(sum, weightSum).map { $0 / $1 }
        return (means, residuals.indices.map { residuals[$0] - means[cells.cellOfRow[$0]] })
    }
}
