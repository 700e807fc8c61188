import RuralStatCore
import RuralStatLinearAlgebra
import RuralStatText

/// A linear model fitted by formula on a table: `LinearModel(Formula("y ~ x1 + C(region)"),
/// data: table)`, R's `lm`.
///
/// Rows with a missing value in any column the model uses — response, terms, weights,
/// cluster — are left out and counted in ``droppedRows`` (R's `na.omit`). A value that a
/// transformation makes non-finite (`log(0)`) is an error naming the term and the line, not a
/// silent drop. Fitting is ``LinearFit``'s: scaled pivoted QR with refinement.
public struct LinearModel: Sendable {
    /// The formula.
    public let formula: Formula
    /// The numerical fit on the design the formula built.
    public let fit: LinearFit
    /// The weights column, if the fit is weighted.
    public let weightsColumn: String?
    /// The cluster column, if one was given (for ``CovarianceType/cluster``).
    public let clusterColumn: String?
    /// Rows left out because a used column was missing there.
    public let droppedRows: Int
    /// The indices (into the data) of the rows used, in order.
    public let usedRows: [Int]
    let recipe: DesignRecipe

    /// The names of the design columns (R's coefficient names).
    public var termNames: [String] { recipe.columnNames }

    /// Fits `formula` on `data`.
    ///
    /// Pass the table with `consume` when it is not needed afterwards: its columns are then
    /// released before the factorisation, which lowers the peak memory by their size.
    ///
    /// - Parameters:
    ///   - weights: a numeric column of weights > 0 (weighted least squares), or `nil`.
    ///   - cluster: a column whose values group rows for cluster-robust standard errors.
    /// - Throws: ``RegressionError`` naming the unknown column, bad token, bad value or line.
    public init(
        _ formula: Formula, data: consuming ModelData, weights: String? = nil, cluster: String? = nil,
        options: LeastSquaresOptions = .init()
    ) throws {
        self.formula = formula
        weightsColumn = weights
        clusterColumn = cluster
        var used = formula.response.columns
        for component in formula.terms.flatMap(\.components) { used += component.columns }
        for name in [weights, cluster].compactMap({ $0 }) where data.column(named: name) == nil {
            throw RegressionError.unknownColumn(name, columns: data.names)
        }
        used += [weights, cluster].compactMap { $0 }
        used = used.enumerated().filter { !used[..<$0.offset].contains($0.element) }.map(\.element)
        var present = [Bool](repeating: true, count: data.rowCount)
        for name in used {
            guard let column = data.column(named: name) else { throw DesignRecipe.unknown(name, formula: formula, data: data) }
            switch column {
            case .numeric(let values): for row in values.indices where values[row].isNaN { present[row] = false }
            case .text(let text): for row in text.codes.indices where text.codes[row] == TextColumn.missing { present[row] = false }
            }
        }
        let rows = present.indices.filter { present[$0] }
        guard !rows.isEmpty else {
            throw RegressionError(.noData, "no row has values in all of: \(used.joined(separator: ", "))",
                                  "没有一行在以下各列都有值：\(used.joined(separator: "、"))")
        }
        usedRows = rows
        droppedRows = data.rowCount - rows.count
        let recipe = try DesignRecipe(formula: formula, data: copy data, rows: rows)
        self.recipe = recipe
        let design = try recipe.design(data, rows: rows)
        let response = try recipe.response(data, rows: rows)
        try response.withUnsafeBufferPointer {
            try Self.checkFinite($0, name: formula.response.label, formula: formula, data: data, rows: rows)
        }
        for j in 0..<design.columns {
            try design.withColumn(j) {
                try Self.checkFinite($0, name: recipe.columnNames[j], formula: formula, data: data, rows: rows)
            }
        }
        var weightValues: [Double]?
        if let weights {
            guard case .numeric(let values) = data.column(named: weights)! else {
                throw RegressionError(.badValue, "weights column \"\(weights)\" holds text, not numbers",
                                      "权重列“\(weights)”是文本，不是数字")
            }
            let selected = rows.map { values[$0] }
            if let bad = selected.indices.first(where: { !(selected[$0] > 0 && selected[$0].isFinite) }) {
                let row = data.rowName(rows[bad])
                throw RegressionError(
                    .badValue, "\(row.en): weight \(selected[bad]) in \"\(weights)\" is not a number > 0",
                    "\(row.zh)：“\(weights)”中的权重 \(selected[bad]) 不是大于0的数")
            }
            weightValues = selected
        }
        let clusters = cluster.map { Self.clusterIDs(data.column(named: $0)!, rows: rows) }
        // The design and response hold what the fit reads: a table the caller gave up
        // (`consume`) is freed here, before the QR makes its working copy.
        _ = consume data
        fit = try LinearFit(design: design, response: response, weights: weightValues, clusters: clusters, options: options)
    }

    /// A model from its parts (``refitted(_:response:weights:weightsColumn:lineNumbers:options:)``).
    init(
        formula: Formula, fit: LinearFit, weightsColumn: String?, clusterColumn: String?, droppedRows: Int,
        usedRows: [Int], recipe: DesignRecipe
    ) {
        self.formula = formula
        self.fit = fit
        self.weightsColumn = weightsColumn
        self.clusterColumn = clusterColumn
        self.droppedRows = droppedRows
        self.usedRows = usedRows
        self.recipe = recipe
    }

    /// The summary table under `covariance`.
    ///
    /// - Throws: ``RegressionError`` for ``CovarianceType/cluster`` without a cluster column.
    public func summary(_ covariance: CovarianceType = .classical) throws -> RegressionSummary {
        try RegressionSummary(
            fit: fit, termNames: termNames, interceptColumn: recipe.interceptColumn, covarianceType: covariance,
            clusterName: clusterColumn)
    }

    /// Throws for the first value that is not finite, saying why when an expression of the
    /// formula is undefined on its row (``FormulaExpression/undefinedReason(data:row:)``).
    private static func checkFinite(
        _ values: UnsafeBufferPointer<Double>, name: String, formula: Formula, data: ModelData, rows: [Int]
    ) throws {
        if let bad = values.indices.first(where: { !values[$0].isFinite }) {
            let row = rows[bad]
            let reason = ([formula.response] + formula.terms.flatMap(\.components)).lazy
                .compactMap { $0.undefinedReason(data: data, row: row) }.first
                ?? LocalizedText(en: "\(name) is \(FormulaExpression.rNumber(values[bad])), not a finite number",
                                 zh: "\(name) 为 \(FormulaExpression.rNumber(values[bad]))，不是有限的数")
            let place = data.rowName(row)
            throw RegressionError(.badValue, "\(place.en): \(reason.en)", "\(place.zh)：\(reason.zh)")
        }
    }

    private static func clusterIDs(_ column: ModelData.Column, rows: [Int]) -> [Int] {
        switch column {
        case .text(let text): return rows.map { Int(text.codes[$0]) }
        case .numeric(let values):
            var index: [UInt64: Int] = [:]
            return rows.map { row in
                let key = values[row].bitPattern
                if let id = index[key] { return id }
                index[key] = index.count
                return index.count - 1
            }
        }
    }
}
