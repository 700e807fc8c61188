import RuralStatCore
import RuralStatRegression
import RuralStatText

/// What the simulation needs of each origin household: its mean next year on the log scale,
/// how that mean moves with the simulated state, its σ, and where it belongs.
///
/// For years after the first the regressors are held at their origin values except those that
/// follow income — `log_pci` and its hinges (``StateSpline``), `sudden_drop` and
/// `nonpositive` — which are recomputed from the simulated path (`log_pci` from the
/// simulated county mean, ``countyGrowth``). The mean then moves by the
/// model's own coefficients: the slopes are read off the fitted model by predicting at the
/// origin state plus one unit of each, so an interaction such as `log_pci:C(category)` gives
/// each household its own slope. The model must be linear in those columns (checked at all of
/// them moved by 1 and by 2, on up to 2,000 households); a formula with `I(log_pci^2)`
/// forecasts one year only.
struct HouseholdPaths: Sendable {
    /// The origin rows kept (no missing regressor).
    let rows: [Int]
    /// Origin rows left out for a missing regressor.
    let skipped: Int
    /// Mean next year on the log scale at the origin state (absolute: c₀ + xβ̂).
    let base: [Double]
    /// c₀, the origin year's mean of the log-scale pci (``ForecastDesign/centre(_:)``).
    let originCentre: Double
    /// ḡ, the mean of base − c₀ over the households (weighted by w): the county's expected
    /// growth of mean log pci in a year, before the year effect. The county's mean in year k
    /// of a draw is c₀ + Σⱼ≤ₖ (ḡ + ηⱼ) (ηⱼ: the draw's year effect), the centre the simulated
    /// `log_pci` of the next year is measured from.
    let countyGrowth: Double
    /// ∂mean/∂log_pci, ∂mean/∂sudden_drop, ∂mean/∂nonpositive.
    let slopeState: [Double], slopeDrop: [Double], slopeNonpositive: [Double]
    /// ∂mean/∂log_pci_hingeⱼ of household h at `slopeHinge[h * knots + j]`.
    let slopeHinge: [Double]
    /// The model's hinges.
    let spline: StateSpline
    /// σₕ.
    let sigma: [Double]
    /// Origin state: log-scale pci, pci, sudden_drop, nonpositive.
    let state: [Double], pci: [Double], drop: [Double], nonpositive: [Double]
    /// Person weight w · household size.
    let personWeight: [Double]
    /// The shock cell (township) of each household, 0..<shockCells.
    let shockCell: [Int]
    let shockCells: Int

    /// Prepares the rows of `origins` for `horizon` years.
    init(model: HouseholdModel, design: ForecastDesign, origins: [Int], horizon: Int) throws {
        let spline = model.spline
        let data = design.modelData(rows: origins, spline: spline)
        let centre = origins.first.map { design.centre($0) } ?? 0
        precondition(origins.allSatisfy { design.centre($0) == centre }, "origins of one year")
        let base = try model.mean.fittedValues(data)
        let variance = try model.variance.predict(data)
        var keep = origins.indices.filter { base[$0].isFinite && variance[$0].isFinite }
        // The columns that follow income: log_pci, its hinges, sudden_drop, nonpositive.
        let names = ["log_pci"] + spline.columnNames + ["sudden_drop", "nonpositive"]
        var slopes = [[Double]](repeating: Array(repeating: 0, count: origins.count), count: names.count)
        if horizon > 1 {
            func moved(_ table: ModelData, by shifts: [Double]) -> ModelData {
                table.adding(names.indices.compactMap { j -> (String, [Double])? in
                    guard shifts[j] != 0, case .numeric(let v)? = table.column(named: names[j]) else { return nil }
                    return (names[j], v.map { $0 + shifts[j] })
                })
            }
            for k in names.indices {
                if let slope = Self.plainSlope(model, names[k]) {
                    slopes[k] = Array(repeating: slope, count: origins.count)
                    continue
                }
                let unit = names.indices.map { $0 == k ? 1.0 : 0 }
                slopes[k] = zip(try model.mean.fittedValues(moved(data, by: unit)), base).map { $0 - $1 }
            }
            // Linearity, checked on up to 2,000 households spread over the origin rows.
            let step = Swift.max(keep.count / 2_000, 1)
            let sample = stride(from: 0, to: keep.count, by: step).map { keep[$0] }
            let sampleData = design.modelData(rows: sample.map { origins[$0] }, spline: spline)
            let once = try model.mean.fittedValues(moved(sampleData, by: names.map { _ in 1 }))
            let twice = try model.mean.fittedValues(moved(sampleData, by: names.map { _ in 2 }))
            for (j, i) in sample.enumerated() {
                let scale = 1e-8 * Swift.max(1, abs(base[i]))
                let sum = slopes.reduce(0) { $0 + $1[i] }
                guard abs(once[j] - base[i] - sum) <= scale, abs(twice[j] - base[i] - 2 * sum) <= scale else {
                    throw ForecastError(
                        .usage,
                        "the formula is not linear in log_pci, its hinges, sudden_drop and nonpositive (line \(design.panel.line[origins[i]])); "
                            + "a forecast beyond one year needs it to be: use --horizon 1",
                        "公式对 log_pci 及其折点项、sudden_drop 和 nonpositive 不是线性的（第\(design.panel.line[origins[i]])行）；"
                            + "预测一年以上需要线性公式：请用 --horizon 1")
                }
            }
            keep = keep.filter { i in slopes.allSatisfy { $0[i].isFinite } }
        }
        let panel = design.panel
        rows = keep.map { origins[$0] }
        skipped = origins.count - keep.count
        self.spline = spline
        self.base = keep.map { base[$0] + centre }
        originCentre = centre
        var growth = 0.0, weight = 0.0
        for i in keep {
            let w = panel.weight(origins[i])
            growth += w * base[i]
            weight += w
        }
        countyGrowth = weight > 0 ? growth / weight : 0
        slopeState = keep.map { slopes[0][$0] }
        slopeHinge = keep.flatMap { i in spline.knots.indices.map { slopes[1 + $0][i] } }
        slopeDrop = keep.map { slopes[names.count - 2][$0] }
        slopeNonpositive = keep.map { slopes[names.count - 1][$0] }
        sigma = keep.map { variance[$0].squareRoot() }
        state = rows.map { design.state($0) }
        pci = rows.map { panel.pci($0) }
        drop = rows.map { design.suddenDrop($0) }
        nonpositive = rows.map { panel.pci($0) <= 0 ? 1 : 0 }
        personWeight = rows.map { panel.weight($0) * Double(panel.householdSize[$0]) }
        if let township = panel.township {
            let missing = township.dictionary.count
            shockCell = rows.map { township.codes[$0] == TextColumn.missing ? missing : Int(township.codes[$0]) }
            shockCells = missing + 1
        } else {
            shockCell = Array(repeating: 0, count: rows.count)
            shockCells = 1
        }
    }

    /// ∂mean/∂`name` when the formula reads `name` only in a term of its own: that term's
    /// coefficient (0 when aliased), the same for every household; `nil` otherwise (an
    /// interaction or a transformation: the slope is then measured by prediction). The default
    /// formula's are all such, which spares a prediction of every origin household per column.
    private static func plainSlope(_ model: HouseholdModel, _ name: String) -> Double? {
        let reading = model.formula.terms.filter { $0.components.contains { $0.columns.contains(name) } }
        guard !reading.isEmpty else { return 0 }
        guard reading.count == 1, reading[0].components.count == 1, reading[0].components[0].label == name,
              let column = model.mean.termNames.firstIndex(of: name) else { return nil }
        return model.mean.fit.aliased[column] ? 0 : model.mean.fit.coefficients[column]
    }
}
