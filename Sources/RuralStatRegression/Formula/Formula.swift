import RuralStatText

/// A model formula in the notation of R and patsy: `y ~ x1 + log(x2) + C(category) + x1:x2`.
///
/// - `+` adds a term, `-` removes one; `a:b` is the interaction (product) of a and b;
///   `a*b` is `a + b + a:b`; parentheses group terms: `(a + b):c`.
/// - The intercept is included unless the formula says `- 1` or `+ 0`.
/// - A term is a product of components. A component is a column, a function of columns
///   (`log(x)`, `sqrt(x)`, `exp(x)`, `abs(x)`, `log1p(x)`, `log2(x)`, `log10(x)`), an
///   arithmetic expression protected by `I(…)` (`I(x^2)`, `I(a / b)`), or a categorical
///   variable: `C(x)`, `factor(x)`, or any text column named on its own.
/// - Names may use any script (`收入 ~ 年龄`); names with spaces or symbols go in backticks.
/// - `^` and `/` outside `I(…)` are not formula operators here (in R they mean crossing and
///   nesting); writing them is an error that suggests `I(…)`.
///
/// Terms are ordered as R orders them: by the number of components, then as written; the
/// components of an interaction follow their first appearance in the formula.
public struct Formula: Sendable, Hashable, CustomStringConvertible {
    /// One term: a product of components, e.g. `x1:C(region)`.
    public struct Term: Sendable, Hashable {
        /// The components, in order of first appearance in the formula.
        public let components: [FormulaExpression]
        /// The label R gives the term: components joined by `:`.
        public var label: String { components.map(\.label).joined(separator: ":") }
    }

    /// The text as given.
    public let text: String
    /// The response expression (left of `~`).
    public let response: FormulaExpression
    /// The terms, in R's order.
    public let terms: [Term]
    /// Whether the model has an intercept.
    public let hasIntercept: Bool
    /// Where each column name first appears in the text (1-based), for error messages.
    let columnPositions: [String: Int]

    /// The formula as written.
    public var description: String { text }

    /// Every column the formula reads, in order of first appearance.
    public var columns: [String] {
        var names: [String] = []
        for name in response.columns + terms.flatMap(\.components).flatMap(\.columns) where !names.contains(name) {
            names.append(name)
        }
        return names
    }

    /// The columns the formula marks as categories (`C(x)`, `factor(x)`), in order of first
    /// appearance: a reader of the data reads these as text, and every other column as numbers.
    public var categoricalColumns: [String] {
        var names: [String] = []
        for name in terms.flatMap(\.components).compactMap(\.factorColumn) where !names.contains(name) {
            names.append(name)
        }
        return names
    }

    /// The error for a column `name` the data does not have, listing the columns it has and
    /// pointing at the name's first appearance in the formula.
    public func unknownColumn(_ name: String, columns: [String]) -> RegressionError {
        error(RegressionError.unknownColumnMessage(name, columns: columns), column: name)
    }

    /// Parses `text`.
    ///
    /// - Throws: ``RegressionError`` (code ``RegressionError/Code/formula``) naming the bad
    ///   token and its 1-based character position, with a caret under it.
    public init(_ text: String) throws {
        self.text = text
        var parser = try FormulaParser(text)
        let (responseNode, rhs) = try parser.parseFormula()
        response = try Self.arithmetic(responseNode, text: text, allowsCategory: false)
        var positions: [String: Int] = [:]
        Self.collectPositions(responseNode, into: &positions)
        Self.collectPositions(rhs, into: &positions)
        columnPositions = positions
        var builder = TermBuilder(text: text)
        let (terms, intercept) = try builder.terms(rhs)
        guard !terms.isEmpty || intercept != false else {
            throw RegressionError(.formula, "the formula \(text) has no terms and no intercept", "公式 \(text) 既没有项也没有截距")
        }
        hasIntercept = intercept ?? true
        // Components ordered by first appearance; terms by order, then as written.
        let ordered = terms.map { term in
            Term(components: term.sorted { builder.appearance[$0.label]! < builder.appearance[$1.label]! })
        }
        self.terms = ordered.enumerated().sorted {
            ($0.element.components.count, $0.offset) < ($1.element.components.count, $1.offset)
        }.map(\.element)
    }

    private static func collectPositions(_ node: FormulaParser.Node, into positions: inout [String: Int]) {
        switch node {
        case .name(let name, let position): if positions[name] == nil { positions[name] = position }
        case .number: break
        case .call(_, let arguments, _): for argument in arguments { collectPositions(argument, into: &positions) }
        case .binary(_, let lhs, let rhs, _):
            collectPositions(lhs, into: &positions)
            collectPositions(rhs, into: &positions)
        case .negation(let operand, _), .parenthesized(let operand, _): collectPositions(operand, into: &positions)
        }
    }

    /// An error about column `name`, pointing at its first appearance in the formula.
    func error(_ message: LocalizedText, column name: String) -> RegressionError {
        FormulaParser.error(message, at: columnPositions[name] ?? 1, in: text)
    }

    /// An arithmetic expression (response, function argument or component). A category
    /// marker `C(x)` / `factor(x)` is allowed only as a whole component.
    static func arithmetic(
        _ node: FormulaParser.Node, text: String, allowsCategory: Bool = true
    ) throws -> FormulaExpression {
        switch node {
        case .name(let name, _): return .column(name)
        case .number(let value, _): return .number(value)
        case .call(let name, let arguments, let position):
            if FormulaExpression.factorMarkers.contains(name) {
                guard allowsCategory else {
                    throw FormulaParser.error("\(name)(…) makes a category; it cannot be used in arithmetic",
                                              "\(name)(…) 生成分类变量，不能用于算术运算", at: position, in: text)
                }
                guard arguments.count == 1, case .name(let column, _) = arguments[0] else {
                    throw FormulaParser.error("\(name)(…) takes one column name", "\(name)(…) 只接受一个列名", at: position, in: text)
                }
                return .call(name, [.column(column)])
            }
            guard FormulaExpression.functions[name] != nil else {
                let known = (FormulaExpression.functions.keys.sorted() + ["C", "factor"]).joined(separator: ", ")
                throw FormulaParser.error("unknown function \"\(name)\" (known: \(known))", "未知函数“\(name)”（可用：\(known)）",
                                          at: position, in: text)
            }
            guard arguments.count == 1 else {
                throw FormulaParser.error("\(name)(…) takes one argument, got \(arguments.count)",
                                          "\(name)(…) 只接受一个参数，这里有 \(arguments.count) 个", at: position, in: text)
            }
            return .call(name, [try arithmetic(arguments[0], text: text, allowsCategory: false)])
        case .binary(let op, let lhs, let rhs, let position):
            guard op != ":" else {
                throw FormulaParser.error("\":\" is only allowed between terms", "“:”只能用在项与项之间", at: position, in: text)
            }
            return .binary(op, try arithmetic(lhs, text: text, allowsCategory: false),
                           try arithmetic(rhs, text: text, allowsCategory: false))
        case .negation(let operand, _): return .negation(try arithmetic(operand, text: text, allowsCategory: false))
        case .parenthesized(let inner, _):
            return .parenthesized(try arithmetic(inner, text: text, allowsCategory: false))
        }
    }
}

/// The term algebra of the right-hand side: sums, removals, products and interactions of
/// terms, each term a set of components.
private struct TermBuilder {
    let text: String
    /// First-appearance rank of each component label.
    var appearance: [String: Int] = [:]

    typealias TermSet = [[FormulaExpression]]

    /// The terms in order of appearance and the intercept: `true` (+1), `false` (−1 or +0) or
    /// `nil` (not mentioned).
    mutating func terms(_ node: FormulaParser.Node) throws -> (TermSet, Bool?) {
        switch node {
        case .number(let value, let position):
            guard value == 0 || value == 1 else {
                throw FormulaParser.error("a number term must be 1 (intercept) or 0 (none)",
                                          "数字项只能是 1（有截距）或 0（无截距）", at: position, in: text)
            }
            return ([], value == 1)
        case .binary("+", let lhs, let rhs, _):
            let (a, ia) = try terms(lhs)
            let (b, ib) = try terms(rhs)
            return (Self.union(a, b), ib ?? ia)
        case .binary("-", let lhs, let rhs, _):
            let (a, ia) = try terms(lhs)
            let (b, ib) = try terms(rhs)
            let removed = Set(b.map(Self.key))
            return (a.filter { !removed.contains(Self.key($0)) }, ib.map { !$0 } ?? ia)
        case .negation(let operand, _):
            let (_, intercept) = try terms(operand)
            return ([], intercept.map { !$0 })
        case .binary("*", let lhs, let rhs, let position):
            let (a, ia) = try terms(lhs)
            let (b, ib) = try terms(rhs)
            try checkSize(a.count + b.count + a.count * b.count, at: position)
            return (Self.union(Self.union(a, b), Self.interactions(a, b)), ib ?? ia)
        case .binary(":", let lhs, let rhs, let position):
            let (a, _) = try terms(lhs)
            let (b, _) = try terms(rhs)
            try checkSize(a.count * b.count, at: position)
            return (Self.interactions(a, b), nil)
        case .binary(let op, _, _, let position):
            throw FormulaParser.error(
                "\"\(op)\" between terms is not supported; write the arithmetic inside I(…), e.g. I(x\(op)2)",
                "项与项之间不能用“\(op)”；算术运算请写在 I(…) 中，如 I(x\(op)2)", at: position, in: text)
        case .parenthesized(let inner, _):
            return try terms(inner)
        case .name, .call:
            let component = try Formula.arithmetic(node, text: text)
            if appearance[component.label] == nil { appearance[component.label] = appearance.count }
            return ([[component]], nil)
        }
    }

    /// Refuses an expansion to more than ``FormulaLimits/maximumTerms`` terms before it is made.
    private func checkSize(_ terms: Int, at position: Int) throws {
        guard terms <= FormulaLimits.maximumTerms else {
            throw FormulaParser.error("the formula expands to more than \(FormulaLimits.maximumTerms) terms",
                                      "公式展开后超过 \(FormulaLimits.maximumTerms) 项", at: position, in: text)
        }
    }

    /// A term's identity: its component labels, sorted (a term is a set of components).
    static func key(_ term: [FormulaExpression]) -> [String] {
        term.map(\.label).sorted()
    }

    static func union(_ a: TermSet, _ b: TermSet) -> TermSet {
        var seen = Set(a.map(key))
        return a + b.filter { seen.insert(key($0)).inserted }
    }

    static func interactions(_ a: TermSet, _ b: TermSet) -> TermSet {
        var result: TermSet = []
        var seen: Set<[String]> = []
        for left in a {
            for right in b {
                let combined = left + right.filter { component in !left.contains { $0.label == component.label } }
                if seen.insert(key(combined)).inserted { result.append(combined) }
            }
        }
        return result
    }
}
