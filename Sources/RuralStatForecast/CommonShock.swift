import RuralStatCore

/// The shocks households share, so that group intervals are not falsely narrow: the year's
/// county-wide effect (prices, wages, a policy change) and the shock a whole township meets in
/// a year (a disaster, a factory closing).
///
/// The model's residual of household h in township g and origin year t is split as
/// eₕ = ū_g,t + εₕ, ū_g,t being the cell's weighted mean residual, and the cell mean as
/// ū_g,t = η_t + ν_g,t, η_t being the year's weighted mean over all households.
///
/// **Year effect.** η follows a random walk: the forecast carries the latest origin year's
/// η (``latestYearEffect``) forward, and each year ahead adds an innovation of variance
/// σ_Δ² = mean (η_t − η_t−1)² over the m changes between consecutive origin years
/// (``yearInnovationVariance``; 0 with one origin year). σ_Δ rests on few changes (m is the
/// number of years fitted on less one), and a county's year-to-year change in growth is
/// seldom seen in two or three years, so each simulated path draws its own σ from the
/// posterior under a conjugate prior of m₀ = ``priorChanges`` changes of spread
/// σ₀ = ``priorInnovationSD`` (the published rural-income series, see there):
/// σ² ~ (m·σ̂_Δ² + m₀·σ₀²) / χ²_{m+m₀} (``innovationSD(drawing:)``). The innovations then
/// follow the Student-t predictive with m + m₀ degrees of freedom; the panel's own changes
/// outweigh the prior from the third on. So growth that has been running above the fitted average stays
/// above it, as the naive last-growth forecast assumes, and the uncertainty about it grows
/// with the horizon. (A back-test on `synth` panels chose this over independent year effects,
/// and over a walk with drift; see the module's article.) With one origin year σ_Δ² cannot be
/// estimated (``yearVarianceIsIdentified``).
///
/// **Township shock.** A cell mean carries sampling noise besides the shock, so its variance
/// is estimated by moments over the cells with two or more households:
///
///   σ_u² = a · mean(ν²) − N,   N = mean(Σw²ε² / (Σw)² · n/(n−1)),
///
/// N being a cell mean's sampling noise and a = m / (m − 1) when the model has township
/// effects (they absorb each township's mean over its m origin years, so the cell means keep
/// only (m − 1)/m of the shock and of the noise), else 1; at least 0. Without a township
/// column a cell is an origin year.
///
/// **The township effects' own error.** A township effect is estimated from the township's m
/// origin years, so it carries the mean of their shocks and noise, an error of variance
/// (σ_u² + N)/m (``effectErrorVariance``) that every year ahead of a path shares: the
/// simulation draws it once per township and path, beside each year's new shock. (Without it
/// and the one-year bound below, household 90% intervals on `synth` panels with township-wide
/// shocks covered 86–87%, and 77.7% at the first back-test origin.)
///
/// **One origin year.** With township effects, one origin year's shock cannot be told from
/// the effect (``isIdentified`` is false): the cell means are 0 by construction. The shock is
/// then measured together with the effects, by the moment formula above on the cell means
/// with each township's effect put back: the spread of the effects beyond their sampling
/// noise, which holds any lasting difference between townships as well as the year's shock,
/// so it bounds σ_u² from above.
public struct CommonShock: Sendable {
    /// σ_u², the variance of a township-year shock on the log scale (with one origin year and
    /// township effects, its upper bound: the spread of the effects).
    public let variance: Double
    /// (σ_u² + N)/m with township effects (0 without): the variance of a township effect's
    /// error, the mean of the shocks and sampling noise of the m origin years it is estimated from.
    public let effectErrorVariance: Double
    /// The number of township-year cells with two or more households.
    public let cellCount: Int
    /// Whether the data can tell the shock from the township effects (two or more origin years,
    /// or no township effects); when not, ``variance`` is an upper bound.
    public let isIdentified: Bool
    /// η of the latest origin year, carried into the forecast mean.
    public let latestYearEffect: Double
    /// σ_Δ², the variance of a year's change in η.
    public let yearInnovationVariance: Double
    /// m, the number of changes of η σ_Δ² is estimated from.
    public let yearChanges: Int
    /// Whether the data say how much the year effect moves (two or more origin years). With one,
    /// a group's uncertainty about next year's county-wide growth is unknown, so its intervals
    /// and `p_meet` are not given (household intervals, dominated by the household's own
    /// noise, are).
    public let yearVarianceIsIdentified: Bool

    /// Estimates the shock variance from the cell means and household residuals of a fit.
    ///
    /// - Parameters:
    ///   - fixedEffect: whether the model has township effects.
    ///   - townshipEffects: with township effects and one origin year, each cell's effect, put
    ///     back into its mean to bound the shock. Without them in that case σ_u² is 0.
    init(
        cellMeans: [Double], cells: Cells, householdResiduals: [Double], weights: [Double], fixedEffect: Bool,
        townshipEffects: [Double]? = nil
    ) {
        let k = cellMeans.count
        // Year effects: the weighted mean of the cell means of each year.
        var yearSum = [Double](repeating: 0, count: cells.yearCount), yearWeight = yearSum
        var cellWeight = [Double](repeating: 0, count: k)
        for (i, cell) in cells.cellOfRow.enumerated() { cellWeight[cell] += weights[i] }
        for c in 0..<k {
            yearSum[cells.yearOfCell[c]] += cellWeight[c] * cellMeans[c]
            yearWeight[cells.yearOfCell[c]] += cellWeight[c]
        }
        let eta = zip(yearSum, yearWeight).map { $0 / $1 }
        latestYearEffect = eta.last ?? 0
        yearVarianceIsIdentified = eta.count >= 2
        yearChanges = Swift.max(eta.count - 1, 0)
        yearInnovationVariance = eta.count >= 2
            ? zip(eta.dropFirst(), eta).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(eta.count - 1) : 0
        let m = Double(cells.yearCount)
        isIdentified = !fixedEffect || cells.yearCount >= 2
        let effects = isIdentified ? nil : townshipEffects
        var cellMeans = cellMeans
        if let effects {
            // The effects centred on their weighted mean: the year effect holds the level.
            var total = 0.0, weight = 0.0
            for c in 0..<k { total += cellWeight[c] * effects[c]; weight += cellWeight[c] }
            for c in 0..<k { cellMeans[c] += effects[c] - total / weight }
        }
        cellMeans = cellMeans.indices.map { cellMeans[$0] - eta[cells.yearOfCell[$0]] }
        var weightSum = [Double](repeating: 0, count: k), squareWeightedSum = [Double](repeating: 0, count: k)
        var members = [Int](repeating: 0, count: k)
        for (i, cell) in cells.cellOfRow.enumerated() {
            weightSum[cell] += weights[i]
            squareWeightedSum[cell] += weights[i] * weights[i] * householdResiduals[i] * householdResiduals[i]
            members[cell] += 1
        }
        var squares = 0.0, noises = 0.0, used = 0
        for c in 0..<k where members[c] >= 2 {
            let n = Double(members[c])
            squares += cellMeans[c] * cellMeans[c]
            noises += squareWeightedSum[c] / (weightSum[c] * weightSum[c]) * n / (n - 1)
            used += 1
        }
        cellCount = used
        guard used > 0, isIdentified || effects != nil else {
            variance = 0
            effectErrorVariance = 0
            return
        }
        // The effects absorb (m − 1)/m of the shock and of the noise alike.
        let absorbed = fixedEffect && isIdentified ? m / (m - 1) : 1
        let noise = noises / Double(used)
        variance = Swift.max(squares / Double(used) * absorbed - noise, 0)
        effectErrorVariance = fixedEffect ? (variance + noise) / m : 0
    }

    /// σ₀, the prior's spread of a year's change in county-wide log growth: the root mean
    /// square change of the annual log growth of the published rural per-capita income series
    /// of the years after poverty alleviation in `Datasets/official` (national rural
    /// disposable income, growth 2020–2024: 2.7%; poverty-alleviated counties, 2021–2024:
    /// 2.4%; the seven changes together: 2.56%). A county's growth moves more than these
    /// aggregates', so the prior errs toward narrow intervals, not wide ones.
    static let priorInnovationSD = 0.0256
    /// m₀, the number of changes the prior counts as: two, as many as a three-year panel holds.
    static let priorChanges = 2

    /// The variance of next year's innovation of η under the posterior predictive (a Student t
    /// with m + m₀ degrees of freedom and scale² (m·σ̂_Δ² + m₀·σ₀²)/(m + m₀)):
    /// (m·σ̂_Δ² + m₀·σ₀²)/(m + m₀ − 2). 0 with one origin year, as in ``innovationSD(drawing:)``.
    var predictiveInnovationVariance: Double {
        yearChanges > 0 ? posteriorSquares / Double(yearChanges + Self.priorChanges - 2) : 0
    }

    /// m·σ̂_Δ² + m₀·σ₀², the posterior's sum of squares of the year effect's changes.
    private var posteriorSquares: Double {
        Double(yearChanges) * yearInnovationVariance + Double(Self.priorChanges) * Self.priorInnovationSD * Self.priorInnovationSD
    }

    /// One path's σ of the year effect's innovations, drawn from its posterior:
    /// √((m·σ̂_Δ² + m₀·σ₀²) / χ²_{m+m₀}), the χ² being the sum of m + m₀ squared normal draws of
    /// `random`. 0 with no change of η to estimate from (one origin year).
    func innovationSD(drawing random: inout ForecastRandom) -> Double {
        guard yearChanges > 0 else { return 0 }
        var chiSquare = 0.0
        for _ in 0..<(yearChanges + Self.priorChanges) {
            let z = random.normal()
            chiSquare += z * z
        }
        return (posteriorSquares / chiSquare).squareRoot()
    }

    /// The township-year cell of each fitting row.
    struct Cells {
        /// The cell of each row, 0..<count.
        let cellOfRow: [Int]
        /// The number of cells.
        let count: Int
        /// The number of distinct origin years.
        let yearCount: Int
        /// The origin year of each cell, as an index into the ascending distinct years.
        let yearOfCell: [Int]
    }

    /// The cells of `rows` of the design's panel: township × year, or year without townships.
    static func cells(design: ForecastDesign, rows: [Int]) -> Cells {
        var index: [UInt64: Int] = [:]
        let township = design.panel.township
        let years = Set(rows.map { design.panel.year[$0] }).sorted()
        let yearIndex = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
        var yearOfCell: [Int] = []
        let cellOfRow = rows.map { row in
            let code = UInt64(township?.codes[row] ?? 0)
            let key = code << 32 | UInt64(UInt32(bitPattern: design.panel.year[row]))
            if let cell = index[key] { return cell }
            index[key] = index.count
            yearOfCell.append(yearIndex[design.panel.year[row]]!)
            return index.count - 1
        }
        return Cells(cellOfRow: cellOfRow, count: index.count, yearCount: years.count, yearOfCell: yearOfCell)
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
