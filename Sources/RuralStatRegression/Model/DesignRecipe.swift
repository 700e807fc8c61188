import RuralStatCore
import RuralStatLinearAlgebra
import RuralStatText

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
                guard found.count <= FormulaLimits.maximumLevels,
                      found.count <= FormulaLimits.identifierLevels
                          || found.count * FormulaLimits.minimumRowsPerLevel <= rows.count else {
                    throw RegressionError(
                        .badValue,
                        "\(component.label) has \(found.count) distinct values in \(rows.count) rows: "
                            + "an identifier, not a category (a category repeats its values; at most "
                            + "\(FormulaLimits.identifierLevels) levels, or \(FormulaLimits.minimumRowsPerLevel) rows a level "
                            + "up to \(FormulaLimits.maximumLevels))",
                        "\(component.label) 在 \(rows.count) 行中有 \(found.count) 个不同的值：这是标识符，不是分类变量"
                            + "（分类变量的值会重复；最多 \(FormulaLimits.identifierLevels) 个水平，或每个水平至少 "
                            + "\(FormulaLimits.minimumRowsPerLevel) 行、最多 \(FormulaLimits.maximumLevels) 个水平）")
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
                    let onlyZH = levels[component.label]?.first.map { "（\($0)）" } ?? ""
                    throw RegressionError(
                        .badValue, "\(component.label) has only one level\(only) in the rows used; a category needs two",
                        "\(component.label) 在所用的行中只有一个水平\(onlyZH)；分类变量至少需要两个")
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
                guard names.count + termNames.count * parts.count <= FormulaLimits.maximumDesignColumns else {
                    throw RegressionError(
                        .badValue, "the design would have more than \(FormulaLimits.maximumDesignColumns) columns "
                            + "(at term \(term.label))",
                        "设计矩阵将超过 \(FormulaLimits.maximumDesignColumns) 列（在项 \(term.label) 处）")
                }
                // Earlier components vary fastest.
                termNames = parts.flatMap { part in termNames.map { $0.isEmpty ? part : $0 + ":" + part } }
            }
            names += termNames
            guard names.count * rows.count <= FormulaLimits.maximumDesignCells else {
                throw RegressionError(
                    .badValue, "the design would have more than \(FormulaLimits.maximumDesignCells) cells "
                        + "(\(names.count) columns × \(rows.count) rows)",
                    "设计矩阵将超过 \(FormulaLimits.maximumDesignCells) 个单元格（\(names.count) 列 × \(rows.count) 行）")
            }
        }
        columnNames = names
    }

    /// The recipe with `formula` in place of its own, which must have the same terms and
    /// intercept (a new response on the same design).
    func replacingFormula(_ formula: Formula) -> DesignRecipe {
        precondition(formula.terms == self.formula.terms && formula.hasIntercept == self.formula.hasIntercept)
        return DesignRecipe(formula: formula, levels: levels, codings: codings, columnNames: columnNames)
    }

    private init(formula: Formula, levels: [String: [String]], codings: [[Coding]], columnNames: [String]) {
        self.formula = formula
        self.levels = levels
        self.codings = codings
        self.columnNames = columnNames
    }

    /// The design matrix for rows `rows` of `data`: NaN in a row where a value is missing.
    ///
    /// Each component is read once — a numeric component as its values, a categorical one as
    /// the level index of each row (by the column's dictionary codes, not its text) — and each
    /// design column is written straight into the column-major matrix as the product
    /// ((1·v₁)·v₂)·… of its components' values, in the order of the term's components.
    ///
    /// - Throws: ``RegressionError`` for an unknown column, a text column in arithmetic, or a
    ///   level that the recipe does not know.
    func design(_ data: ModelData, rows: [Int]) throws -> Matrix {
        let n = rows.count
        var terms: [[Part]] = []
        for (term, coding) in zip(formula.terms, codings) {
            terms.append(try zip(term.components, coding).map { component, code in
                switch code {
                case .numeric:
                    return .numeric(try Self.numericValues(component, formula: formula, data: data, rows: rows))
                case .contrasts, .indicators:
                    let known = levels[component.label]!
                    let codes = try Self.levelCodes(component, levels: known, formula: formula, data: data, rows: rows)
                    return .levels(codes, used: code == .contrasts ? Array(known.indices.dropFirst()) : Array(known.indices))
                }
            })
        }
        let p = columnNames.count
        let elements = [Double](unsafeUninitializedCapacity: n * p) { buffer, initialised in
            var column = 0
            func next() -> UnsafeMutableBufferPointer<Double> {
                defer { column += 1 }
                return UnsafeMutableBufferPointer(rebasing: buffer[(column * n)..<((column + 1) * n)])
            }
            if formula.hasIntercept { next().initialize(repeating: 1) }
            for parts in terms {
                // Earlier components vary fastest, as in the names.
                let counts = parts.map(\.columnCount)
                var choice = [Int](repeating: 0, count: parts.count)
                for _ in 0..<counts.reduce(1, *) {
                    let out = next()
                    parts[0].write(choice[0], into: out)
                    for c in 1..<parts.count { parts[c].multiply(choice[c], into: out) }
                    for c in parts.indices {
                        choice[c] += 1
                        if choice[c] < counts[c] { break }
                        choice[c] = 0
                    }
                }
            }
            precondition(column == p, "the recipe's names and columns must agree")
            initialised = n * p
        }
        return Matrix(rows: n, columns: p, columnMajor: elements)
    }

    /// One component's values on the rows of a design.
    private enum Part {
        /// Numbers (NaN where missing).
        case numeric([Double])
        /// The level index of each row (−1 where missing), and the levels that get a column.
        case levels([Int32], used: [Int])

        var columnCount: Int {
            switch self {
            case .numeric: 1
            case .levels(_, let used): used.count
            }
        }

        /// Column `choice` of the component: the value, 1 or 0 for a level, NaN where missing.
        @inline(__always)
        private static func indicator(_ code: Int32, _ level: Int32) -> Double {
            code < 0 ? .nan : (code == level ? 1 : 0)
        }

        /// out = 1 · (column `choice` of the component).
        func write(_ choice: Int, into out: UnsafeMutableBufferPointer<Double>) {
            switch self {
            case .numeric(let values):
                values.withUnsafeBufferPointer { v in for i in out.indices { out[i] = 1 * v[i] } }
            case .levels(let codes, let used):
                let level = Int32(used[choice])
                codes.withUnsafeBufferPointer { c in for i in out.indices { out[i] = Self.indicator(c[i], level) } }
            }
        }

        /// out = out · (column `choice` of the component).
        func multiply(_ choice: Int, into out: UnsafeMutableBufferPointer<Double>) {
            switch self {
            case .numeric(let values):
                values.withUnsafeBufferPointer { v in for i in out.indices { out[i] = out[i] * v[i] } }
            case .levels(let codes, let used):
                let level = Int32(used[choice])
                codes.withUnsafeBufferPointer { c in
                    for i in out.indices { out[i] = out[i] * Self.indicator(c[i], level) }
                }
            }
        }
    }

    /// The index into `levels` of each row's label (−1 where missing).
    ///
    /// A text column is mapped through its dictionary once; a numeric column read as a
    /// category through its values' labels.
    ///
    /// - Throws: ``RegressionError`` naming the first row whose label is not in `levels`.
    private static func levelCodes(
        _ component: FormulaExpression, levels: [String], formula: Formula, data: ModelData, rows: [Int]
    ) throws -> [Int32] {
        let column = try sourceColumn(component, formula: formula, data: data)
        let index = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, Int32($0)) })
        func unknown(_ row: Int) -> RegressionError {
            RegressionError(
                .badValue,
                "\(data.rowName(row).en): level \"\(label(column, row)!)\" of \(component.label) was not in the fitted data",
                "\(data.rowName(row).zh)：\(component.label) 的水平“\(label(column, row)!)”不在拟合所用的数据中")
        }
        switch column {
        case .text(let text):
            // −2: a dictionary entry that is not a level.
            let byCode = text.dictionary.map { index[$0] ?? -2 }
            var codes = [Int32](repeating: -1, count: rows.count)
            for (k, row) in rows.enumerated() {
                let code = text.codes[row]
                guard code != TextColumn.missing else { continue }
                let level = byCode[Int(code)]
                guard level >= 0 else { throw unknown(row) }
                codes[k] = level
            }
            return codes
        case .numeric(let values):
            var byValue: [UInt64: Int32] = [:]
            var codes = [Int32](repeating: -1, count: rows.count)
            for (k, row) in rows.enumerated() where !values[row].isNaN {
                let key = values[row].bitPattern
                if let level = byValue[key] {
                    codes[k] = level
                    continue
                }
                guard let level = index[FormulaExpression.rNumber(values[row])] else { throw unknown(row) }
                byValue[key] = level
                codes[k] = level
            }
            return codes
        }
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

    /// A numeric expression's values on `rows` (NaN where an input is missing); a column
    /// used whole is shared with `data`.
    ///
    /// - Precondition: `rows` ascends without repeats.
    static func numericValues(
        _ expression: FormulaExpression, formula: Formula, data: ModelData, rows: [Int]
    ) throws -> [Double] {
        let values = try expression.evaluate { name in
            guard let column = data.column(named: name) else { throw unknown(name, formula: formula, data: data) }
            guard case .numeric(let values) = column else {
                throw formula.error(LocalizedText(
                    en: "column \"\(name)\" holds text; use it as a category (C(\(name))), not in arithmetic",
                    zh: "列“\(name)”是文本；请作为分类变量使用（C(\(name))），不能用于算术运算"), column: name)
            }
            // `rows` ascends without repeats, so when it has every row it is the identity:
            // the column itself is shared, not copied.
            return rows.count == values.count ? values : rows.map { values[$0] }
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
