import RuralStatCore
import RuralStatRegression
import RuralStatText

/// What the simulation needs of each origin household: its mean next year on the log scale,
/// how that mean moves with the simulated state, its σ, and where it belongs.
///
/// For years after the first the regressors are held at their origin values except the three
/// that follow income — `log_pci`, `sudden_drop` and `nonpositive` — which are recomputed from
/// the simulated path. The mean then moves by the model's own coefficients: the slopes are
/// read off the fitted model by predicting at the origin state plus one unit of each, so an
/// interaction such as `log_pci:C(category)` gives each household its own slope. The model
/// must be linear in the three (checked at +2 and at all three moved together, on up to 2,000
/// households); a formula
/// with `I(log_pci^2)` forecasts one year only.
struct HouseholdPaths: Sendable {
    /// The origin rows kept (no missing regressor).
    let rows: [Int]
    /// Origin rows left out for a missing regressor.
    let skipped: Int
    /// Mean next year on the log scale at the origin state.
    let base: [Double]
    /// ∂mean/∂log_pci, ∂mean/∂sudden_drop, ∂mean/∂nonpositive.
    let slopeState: [Double], slopeDrop: [Double], slopeNonpositive: [Double]
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
        let data = design.modelData(rows: origins)
        let base = try model.mean.fittedValues(data)
        let variance = try model.variance.predict(data)
        var keep = origins.indices.filter { base[$0].isFinite && variance[$0].isFinite }
        var slopes = [[Double]](repeating: Array(repeating: 0, count: origins.count), count: 3)
        if horizon > 1 {
            let names = ["log_pci", "sudden_drop", "nonpositive"]
            let values = names.map { name -> [Double] in
                guard case .numeric(let v)? = data.column(named: name) else { return [] }
                return v
            }
            func predict(_ shifts: [Double]) throws -> [Double] {
                let moved = zip(names, zip(values, shifts)).map { name, pair in (name, pair.0.map { $0 + pair.1 }) }
                return try model.mean.fittedValues(data.adding(moved))
            }
            for (k, shift) in [[1.0, 0, 0], [0, 1.0, 0], [0, 0, 1.0]].enumerated() {
                slopes[k] = zip(try predict(shift), base).map { $0 - $1 }
            }
            // Linearity, checked on up to 2,000 households spread over the origin rows.
            let step = Swift.max(keep.count / 2_000, 1)
            let sample = stride(from: 0, to: keep.count, by: step).map { keep[$0] }
            let sampleData = design.modelData(rows: sample.map { origins[$0] })
            func predictSample(_ shifts: [Double]) throws -> [Double] {
                let moved = names.enumerated().compactMap { j, name -> (String, [Double])? in
                    guard case .numeric(let v)? = sampleData.column(named: name) else { return nil }
                    return (name, v.map { $0 + shifts[j] })
                }
                return try model.mean.fittedValues(sampleData.adding(moved))
            }
            let twice = try predictSample([2, 0, 0]), all = try predictSample([1, 1, 1])
            for (j, i) in sample.enumerated() {
                let scale = 1e-8 * Swift.max(1, abs(base[i]))
                let curvature = twice[j] - base[i] - 2 * slopes[0][i]
                let interaction = all[j] - base[i] - slopes[0][i] - slopes[1][i] - slopes[2][i]
                guard abs(curvature) <= scale, abs(interaction) <= scale else {
                    throw ForecastError(
                        .usage,
                        "the formula is not linear in log_pci, sudden_drop and nonpositive (line \(design.panel.line[origins[i]])); "
                            + "a forecast beyond one year needs it to be: use --horizon 1",
                        "公式对 log_pci、sudden_drop 和 nonpositive 不是线性的（第\(design.panel.line[origins[i]])行）；"
                            + "预测一年以上需要线性公式：请用 --horizon 1")
                }
            }
            keep = keep.filter { i in slopes.allSatisfy { $0[i].isFinite } }
        }
        let panel = design.panel
        rows = keep.map { origins[$0] }
        skipped = origins.count - keep.count
        self.base = keep.map { base[$0] }
        slopeState = keep.map { slopes[0][$0] }
        slopeDrop = keep.map { slopes[1][$0] }
        slopeNonpositive = keep.map { slopes[2][$0] }
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
}
