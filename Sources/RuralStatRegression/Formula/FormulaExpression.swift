import Foundation

/// An arithmetic expression in a model formula: a column, a number, a function of
/// expressions, or operators on them (`log(x2)`, `I(x^2)`, `C(category)`).
///
/// ``label`` prints it the way R's `deparse` does, so coefficient names match R's:
/// spaces around `+`, `-` and `*`, none around `/` and `^`, parentheses kept.
public indirect enum FormulaExpression: Sendable, Hashable {
    /// A column of the data.
    case column(String)
    /// A number literal.
    case number(Double)
    /// A function applied to arguments: `log`, `log2`, `log10`, `log1p`, `exp`, `sqrt`, `abs`,
    /// `I` (as is) or the factor markers `C` and `factor`.
    case call(String, [FormulaExpression])
    /// A binary arithmetic operator: `+`, `-`, `*`, `/` or `^`.
    case binary(Character, FormulaExpression, FormulaExpression)
    /// Unary minus.
    case negation(FormulaExpression)
    /// Parentheses written in the formula (kept for the label).
    case parenthesized(FormulaExpression)

    /// The numeric functions a formula may use, each applied element by element.
    static let functions: [String: @Sendable (Double) -> Double] = [
        "log": { Foundation.log($0) }, "log2": { Foundation.log2($0) }, "log10": { Foundation.log10($0) },
        "log1p": { Foundation.log1p($0) }, "exp": { Foundation.exp($0) }, "sqrt": { $0.squareRoot() },
        "abs": { Swift.abs($0) }, "I": { $0 },
    ]

    /// The arithmetic of a binary operator: `+`, `-`, `*`, `/`, else `^`.
    static func operation(_ op: Character) -> (Double, Double) -> Double {
        switch op {
        case "+": (+)
        case "-": (-)
        case "*": (*)
        case "/": (/)
        default: { Foundation.pow($0, $1) }
        }
    }

    /// The names that mark a categorical variable: `C(x)` (patsy, statsmodels) and
    /// `factor(x)` (R).
    static let factorMarkers: Set<String> = ["C", "factor"]

    /// The label R would print: `log(x2)`, `I(x^2)`, `I(x * z)`, `C(region)`.
    public var label: String {
        switch self {
        case .column(let name): return name
        case .number(let value): return Self.rNumber(value)
        case .call(let name, let arguments): return name + "(" + arguments.map(\.label).joined(separator: ", ") + ")"
        case .binary(let op, let lhs, let rhs):
            let spaced = op == "+" || op == "-" || op == "*"
            return lhs.label + (spaced ? " \(op) " : String(op)) + rhs.label
        case .negation(let operand): return "-" + operand.label
        case .parenthesized(let inner): return "(" + inner.label + ")"
        }
    }

    /// The column names the expression reads, in order of first use.
    public var columns: [String] {
        var seen: [String] = []
        collectColumns(into: &seen)
        return seen
    }

    private func collectColumns(into seen: inout [String]) {
        switch self {
        case .column(let name): if !seen.contains(name) { seen.append(name) }
        case .number: break
        case .call(_, let arguments): for argument in arguments { argument.collectColumns(into: &seen) }
        case .binary(_, let lhs, let rhs):
            lhs.collectColumns(into: &seen)
            rhs.collectColumns(into: &seen)
        case .negation(let operand), .parenthesized(let operand): operand.collectColumns(into: &seen)
        }
    }

    /// The column a factor marker names (`C(region)` → `region`), or `nil`.
    var factorColumn: String? {
        if case .call(let name, let arguments) = self, Self.factorMarkers.contains(name), arguments.count == 1,
           case .column(let column) = arguments[0] {
            return column
        }
        return nil
    }

    /// The values for every row, NaN where an input is missing.
    ///
    /// - Parameter column: the numeric values of a column by name.
    func evaluate(_ column: (String) throws -> [Double]) rethrows -> [Double] {
        switch self {
        case .column(let name): return try column(name)
        case .number(let value): return [value]  // broadcast by the callers below
        case .call(let name, let arguments):
            let function = Self.functions[name]!
            return try arguments[0].evaluate(column).map(function)
        case .binary(let op, let lhs, let rhs):
            let (a, b) = (try lhs.evaluate(column), try rhs.evaluate(column))
            let count = max(a.count, b.count)
            let f = Self.operation(op)
            return (0..<count).map { f(a[a.count == 1 ? 0 : $0], b[b.count == 1 ? 0 : $0]) }
        case .negation(let operand): return try operand.evaluate(column).map { -$0 }
        case .parenthesized(let inner): return try inner.evaluate(column)
        }
    }

    /// R's `deparse` of a number: up to 15 significant digits, in scientific notation
    /// (`1e+05`) only when that is shorter than the fixed form (`2500000`, `0.001`).
    static func rNumber(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf") }
        var fixed = String(format: "%.15g", value)
        if fixed.contains("e") {
            fixed = String(format: "%.15f", value)
            if fixed.contains(".") {
                while fixed.hasSuffix("0") { fixed.removeLast() }
                if fixed.hasSuffix(".") { fixed.removeLast() }
            }
        }
        var scientific = String(format: "%.14e", value)
        if let e = scientific.firstIndex(of: "e") {
            var mantissa = String(scientific[..<e])
            var exponent = String(scientific[scientific.index(after: e)...])
            if mantissa.contains(".") {
                while mantissa.hasSuffix("0") { mantissa.removeLast() }
                if mantissa.hasSuffix(".") { mantissa.removeLast() }
            }
            let sign = exponent.first == "-" ? "-" : "+"
            exponent = String(exponent.drop { $0 == "+" || $0 == "-" })
            while exponent.count > 2 && exponent.hasPrefix("0") { exponent.removeFirst() }
            scientific = mantissa + "e" + sign + exponent
        }
        return scientific.count < fixed.count ? scientific : fixed
    }
}
