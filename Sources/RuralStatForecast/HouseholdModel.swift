import Foundation
import RuralStatCore
import RuralStatRegression
import RuralStatText

/// The fitted household model of next year's log pci: the mean (by FGLS), each household's
/// spread (the Chaudhuri–Jalan–Suryahadi variance model) and the common township-year shocks.
///
/// Fitting, on the consecutive-year transitions t → t+1 with t in the origin years (every one,
/// unless a caller caps their number):
/// 1. OLS of `log_pci_next` on the formula's terms, weighted by w (``LinearModel``).
/// 2. Residuals e split into a cell mean ū (cell = township × origin year, or origin year
///    without a township column) and the household part ε = e − ū.
/// 3. ``VarianceModel``: ε² regressed on the same terms, FGLS, giving σ̂ₕ² per household.
/// 4. The mean refitted by weighted least squares with weights w / σ̂ₕ² (FGLS), and steps 2–3's
///    cell means and standardised residuals zᵢ = εᵢ / σ̂ᵢ recomputed from its residuals.
/// 5. ``CommonShock``: the variance of the cell means beyond their sampling noise.
///
/// See <doc:HouseholdModel> for the equation and a worked household.
public struct HouseholdModel: Sendable {
    /// The formula of the mean.
    public let formula: Formula
    /// The knots of the hinges in this year's log pci, placed on the fitting transitions.
    public let spline: StateSpline
    /// The mean model, fitted by FGLS.
    public let mean: LinearModel
    /// The household-specific variance σ̂ₕ².
    public let variance: VarianceModel
    /// The common township-year shock.
    public let commonShock: CommonShock
    /// The standardised household residuals εᵢ / σ̂ᵢ of the fit, in fitting order.
    public let standardizedResiduals: [Double]
    /// The origin years fitted on.
    public let originYears: ClosedRange<Int>
    /// The number of transitions fitted on.
    public var transitionCount: Int { mean.usedRows.count }
    /// The number of transitions the origin years have (before the stride).
    public let availableTransitions: Int

    /// The most transitions a fit takes unless its caller says otherwise: 2,000,000, at a fixed
    /// stride over more. Some fifty coefficients are estimated closely from far fewer, and a
    /// province's file (`synth --count 2000000`: 7,972,859 transitions) would make the default
    /// model's design 51 × 7,972,859 cells, beyond the regression's 2²⁸-cell limit
    /// (``RuralStatRegression/FormulaLimits/maximumDesignCells``), and its four fits four times
    /// as long. The notes of a forecast say when the stride was taken.
    public static let defaultMaximumTransitions = 2_000_000

    /// Fits the model on the transitions of `design` whose origin year is in `originYears`.
    ///
    /// - Parameters:
    ///   - formula: the mean's formula; its response must be `log_pci_next`. `nil` uses
    ///     ``ForecastDesign/defaultFormulaText(spline:)`` without factors that have a single
    ///     level.
    ///   - maximumTransitions: the most transitions fitted on, taken at a fixed stride
    ///     (``defaultMaximumTransitions`` unless given); `nil` fits every one.
    /// - Throws: ``ForecastError`` when there are no transitions or the response is another
    ///   column; ``RegressionError`` from the fits.
    public init(
        design: ForecastDesign, originYears: ClosedRange<Int>, formula: Formula? = nil,
        maximumTransitions: Int? = HouseholdModel.defaultMaximumTransitions
    ) throws {
        var rows = design.transitionRows(originYears: originYears)
        availableTransitions = rows.count
        if let cap = maximumTransitions { rows = rows.atFixedStride(atMost: cap) }
        guard rows.count >= 2 else {
            throw ForecastError(.noData, "no household has records in two consecutive years among \(originYears.lowerBound)–\(originYears.upperBound + 1)",
                                "\(originYears.lowerBound)–\(originYears.upperBound + 1)年间没有农户有连续两年的记录")
        }
        let spline = StateSpline(states: rows.map(design.position))
        self.spline = spline
        let (ols, lines) = try Self.ordinaryFit(design, rows: rows, spline: spline, formula: formula)
        let formula = ols.formula
        self.formula = formula
        self.originYears = originYears
        let used = ols.usedRows.map { rows[$0] }
        let cells = CommonShock.cells(design: design, rows: used)
        let weights = ols.fit.weights ?? Array(repeating: 1, count: ols.usedRows.count)
        let first = CommonShock.split(ols.fit.residuals, cells: cells, weights: weights)
        variance = try VarianceModel(mean: ols, householdResiduals: first.household, weights: weights, lineNumbers: lines)
        let sigma2 = variance.fitted
        let fglsWeight = weights.indices.map { weights[$0] / sigma2[$0] }
        mean = try ols.refitted(
            formula, response: ols.fit.response, weights: fglsWeight, weightsColumn: "fgls_weight", lineNumbers: lines)
        let final = CommonShock.split(mean.fit.residuals, cells: cells, weights: weights)
        standardizedResiduals = zip(final.household, sigma2).map { $0 / $1.squareRoot() }
        commonShock = CommonShock(
            cellMeans: final.cellMeans, cells: cells, householdResiduals: final.household, weights: weights,
            fixedEffect: formula.terms.contains { $0.components.contains { $0.columns == ["township"] } },
            townshipEffects: cells.yearCount == 1
                ? Self.townshipEffects(of: mean, township: design.panel.township, rows: used, cells: cells)
                : nil)
    }

    /// Each cell's township effect in `model`: the coefficient of the main term `C(township)`
    /// for the township of the cell's rows (0 for the reference level). `nil` when the formula
    /// has no such term.
    private static func townshipEffects(
        of model: LinearModel, township: TextColumn?, rows: [Int], cells: CommonShock.Cells
    ) -> [Double]? {
        guard let township,
              let term = model.formula.terms.first(where: { $0.components.count == 1 && $0.components[0].columns == ["township"] })
        else { return nil }
        let column = Dictionary(model.termNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var effects = [Double](repeating: 0, count: cells.count)
        for (i, row) in rows.enumerated() {
            guard let name = township[row], let j = column[term.label + name], !model.fit.aliased[j] else { continue }
            effects[cells.cellOfRow[i]] = model.fit.coefficients[j]
        }
        return effects
    }

    /// Step 1: the OLS fit of `formula` (else the default) on the transitions `rows`, and the
    /// input line of each row of its table (for the messages of the refits). The table has
    /// only the columns the formula reads and the weight (every column whose name matches one
    /// ignoring case, so names resolve as in the whole table): the adapter's other columns
    /// would be computed for nothing and stay in memory beside the design matrix and its
    /// factorisations. When the formula names a column the table lacks, the whole table, so
    /// that the error lists every column.
    ///
    /// - Throws: ``ForecastError`` when the response is not `log_pci_next`; ``RegressionError``.
    private static func ordinaryFit(
        _ design: ForecastDesign, rows: [Int], spline: StateSpline, formula: Formula?
    ) throws -> (LinearModel, lineNumbers: [Int]?) {
        func table(_ formula: Formula) -> ModelData {
            design.modelData(
                rows: rows, spline: spline, only: Set((formula.columns + [ForecastDesign.weight]).map { $0.lowercased() }))
        }
        let given = formula
        var formula = try given ?? Formula(design.defaultFormulaText(spline: spline))
        var data = table(formula)
        if given == nil { formula = try defaultFormula(design.defaultFormulaText(spline: spline), data: data) }
        guard formula.response.label == ForecastDesign.response else {
            throw ForecastError(.usage, "the forecast formula must model \(ForecastDesign.response), not \(formula.response.label)",
                                "预测公式的因变量必须是 \(ForecastDesign.response)，不是 \(formula.response.label)")
        }
        if !formula.columns.allSatisfy({ data.column(named: $0) != nil }) { data = design.modelData(rows: rows, spline: spline) }
        // The table goes to the fit (`consume`), which can free it before the QR's working copy.
        let lines = data.lineNumbers
        return (try LinearModel(formula, data: consume data, weights: ForecastDesign.weight), lines)
    }

    /// The default formula `text` on `data`, without a factor whose column has one level there.
    private static func defaultFormula(_ text: String, data: ModelData) throws -> Formula {
        var text = text
        for name in ["category", "township"] {
            guard case .text(let column)? = data.column(named: name) else { continue }
            let levels = Set(column.codes.filter { $0 != TextColumn.missing })
            if levels.count < 2 { text = text.replacingOccurrences(of: " + C(\(name))", with: "") }
        }
        return try Formula(text)
    }
}
