import RuralStatCore
import RuralStatLinearAlgebra

/// How a formula turns a table into a design matrix: which components are categorical, their
/// levels, and how each is coded in each term. Made once from the fitting data and reused for
/// prediction, so new rows are coded exactly like the fitted ones.
///
/// Coding follows R. A categorical component F of term T is coded by treatment contrasts
/// (one indicator per level except the first in sorted order, the reference) when the term
/// T without F is also in the model — for a main effect, when the model has an intercept;
/// otherwise by one indicator per level. So `y ~ C(g)` has k − 1 indicators, `y ~ C(g) - 1`
/// has k, and `y ~ x + C(g):x` has a slope per level. Interaction columns are products, the
/// first component's columns varying fastest; names join the parts with `:` (`x1:C(g)b`).
struct DesignRecipe: Sendable {
    enum Coding: Sendable {
        case numeric
        case contrasts
        case indicators
    }

    let formula: Formula
    /// Levels of each categorical component, by component label, in sorted order.
    let levels: [String: [String]]
    /// For each term, the coding of each component.
    let codings: [[Coding]]
    /// The design's column names.
    let columnNames: [String]

    /// The design column of the intercept, if any.
    var interceptColumn: Int? { formula.hasIntercept ? 0 : nil }

    /// The recipe for `formula` on the rows `rows` of `data`.
    init(formula: Formula, data: ModelData, rows: [Int]) throws {
        self.formula = formula
        var levels: [String: [String]] = [:]
        for component in formula.terms.flatMap(\.components) where levels[component.label] == nil {
            if let column = try Self.categoricalColumn(component, formula: formula, data: data) {
                let found = Self.levels(of: column, rows: rows)
                // An identifier read as a category would make an n×n design; refuse it kindly.
                guard found.count <= 1_000 || found.count * 2 <= rows.count else {
                    throw RegressionError(
                        .badValue,
                        "\(component.label) has \(found.count) distinct values in \(rows.count) rows: "
                            + "an identifier, not a category (a category repeats its values)")
                }
                levels[component.label] = found
            }
        }
        self.levels = levels
        let termKeys = Set(formula.terms.map { Set($0.components.map(\.label)) })
        codings = formula.terms.map { term in
            term.components.map { component in
                guard levels[component.label] != nil else { return .numeric }
                let rest = Set(term.components.map(\.label)).subtracting([component.label])
                let marginPresent = rest.isEmpty ? formula.hasIntercept : termKeys.contains(rest)
                return marginPresent ? .contrasts : .indicators
            }
        }
        for (term, coding) in zip(formula.terms, codings) {
            for (component, code) in zip(term.components, coding) where code == .contrasts {
                guard let known = levels[component.label], known.count >= 2 else {
                    let only = levels[component.label]?.first.map { " (\($0))" } ?? ""
                    throw RegressionError(
                        .badValue, "\(component.label) has only one level\(only) in the rows used; a category needs two")
                }
            }
        }
        var names = formula.hasIntercept ? ["(Intercept)"] : []
        for (term, coding) in zip(formula.terms, codings) {
            var termNames = [""]
            for (component, code) in zip(term.components, coding) {
                let parts: [String] = switch code {
                case .numeric: [component.label]
                case .contrasts: levels[component.label]!.dropFirst().map { component.label + $0 }
                case .indicators: levels[component.label]!.map { component.label + $0 }
                }
                // Earlier components vary fastest.
                termNames = parts.flatMap { part in termNames.map { $0.isEmpty ? part : $0 + ":" + part } }
            }
            names += termNames
        }
        columnNames = names
    }

    /// The design matrix for rows `rows` of `data`: NaN in a row where a value is missing.
    ///
    /// - Throws: ``RegressionError`` for an unknown column, a text column in arithmetic, or a
    ///   level that the recipe does not know.
    func design(_ data: ModelData, rows: [Int]) throws -> Matrix {
        let n = rows.count
        var columns: [[Double]] = formula.hasIntercept ? [Array(repeating: 1, count: n)] : []
        for (term, coding) in zip(formula.terms, codings) {
            var termColumns: [[Double]] = [Array(repeating: 1, count: n)]
            for (component, code) in zip(term.components, coding) {
                let parts: [[Double]]
                switch code {
                case .numeric:
                    parts = [try Self.numericValues(component, formula: formula, data: data, rows: rows)]
                case .contrasts, .indicators:
                    let column = try Self.sourceColumn(component, formula: formula, data: data)
                    let known = levels[component.label]!
                    let index = Dictionary(uniqueKeysWithValues: known.enumerated().map { ($1, $0) })
                    let codes = try rows.map { row -> Int in
                        guard let label = Self.label(column, row) else { return -1 }
                        guard let code = index[label] else {
                            throw RegressionError(
                                .badValue,
                                "\(data.rowName(row)): level \"\(label)\" of \(component.label) was not in the fitted data")
                        }
                        return code
                    }
                    let used = code == .contrasts ? Array(known.indices.dropFirst()) : Array(known.indices)
                    parts = used.map { level in codes.map { $0 < 0 ? .nan : ($0 == level ? 1 : 0) } }
                }
                termColumns = parts.flatMap { part in termColumns.map { existing in zip(existing, part).map { $0 * $1 } } }
            }
            columns += termColumns
        }
        return Matrix(rows: n, columns: columns)
    }

    /// The response for rows `rows`, NaN where missing.
    func response(_ data: ModelData, rows: [Int]) throws -> [Double] {
        try Self.numericValues(formula.response, formula: formula, data: data, rows: rows)
    }

    /// The column a component reads as categorical (`C(x)`, `factor(x)`, or a text column
    /// named alone), or `nil` for a numeric component.
    static func categoricalColumn(
        _ component: FormulaExpression, formula: Formula, data: ModelData
    ) throws -> ModelData.Column? {
        if let name = component.factorColumn {
            guard let column = data.column(named: name) else { throw unknown(name, formula: formula, data: data) }
            return column
        }
        if case .column(let name) = component {
            guard let column = data.column(named: name) else { throw unknown(name, formula: formula, data: data) }
            if case .text = column { return column }
        }
        return nil
    }

    /// The column a categorical component reads, whatever its type in `data` (new data may
    /// hold as numbers what the fit read as text).
    static func sourceColumn(_ component: FormulaExpression, formula: Formula, data: ModelData) throws -> ModelData.Column {
        let name = component.factorColumn ?? component.columns[0]
        guard let column = data.column(named: name) else { throw unknown(name, formula: formula, data: data) }
        return column
    }

    /// A numeric expression's values on `rows` (NaN where an input is missing).
    static func numericValues(
        _ expression: FormulaExpression, formula: Formula, data: ModelData, rows: [Int]
    ) throws -> [Double] {
        let values = try expression.evaluate { name in
            guard let column = data.column(named: name) else { throw unknown(name, formula: formula, data: data) }
            guard case .numeric(let values) = column else {
                throw formula.error(
                    "column \"\(name)\" holds text; use it as a category (C(\(name))), not in arithmetic", column: name)
            }
            return rows.map { values[$0] }
        }
        return values.count == rows.count ? values : Array(repeating: values.first ?? .nan, count: rows.count)
    }

    static func unknown(_ name: String, formula: Formula, data: ModelData) -> RegressionError {
        formula.unknownColumn(name, columns: data.names)
    }

    /// Sorted distinct labels of a categorical column on `rows`: text in Unicode order,
    /// numbers in numeric order.
    static func levels(of column: ModelData.Column, rows: [Int]) -> [String] {
        switch column {
        case .text(let text):
            var seen = Set<UInt32>()
            for row in rows where text.codes[row] != TextColumn.missing { seen.insert(text.codes[row]) }
            return seen.map { text.dictionary[Int($0)] }.sorted()
        case .numeric(let values):
            return Set(rows.map { values[$0] }.filter { !$0.isNaN }).sorted().map(FormulaExpression.rNumber)
        }
    }

    /// A categorical cell's label, or `nil` when missing.
    static func label(_ column: ModelData.Column, _ row: Int) -> String? {
        switch column {
        case .text(let text): text[row]
        case .numeric(let values): values[row].isNaN ? nil : FormulaExpression.rNumber(values[row])
        }
    }
}
