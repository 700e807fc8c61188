import RuralStatText

/// Why an expression has no value on a row whose inputs are all there: `log` of a value ≤ 0,
/// `sqrt` of a negative one, a division by 0, … — said with the columns' values, not as
/// `-nan`.
extension FormulaExpression {
    /// What makes the expression undefined (not a finite number) on `row` of `data`, or `nil`
    /// when its value there is finite or one of its columns is missing, text or absent (a
    /// missing value drops the row; the others are other errors).
    ///
    /// The message names the expression, every column it reads with its value on the row,
    /// and the innermost step whose operands are finite but whose result is not, e.g.
    /// `log(wage_income) is undefined for wage_income = -3: log needs a value > 0, not -3`.
    func undefinedReason(data: ModelData, row: Int) -> LocalizedText? {
        var inputs: [(name: String, value: Double)] = []
        for name in columns {
            guard case .numeric(let values)? = data.column(named: name), values[row].isFinite else { return nil }
            inputs.append((name, values[row]))
        }
        let values = Dictionary(inputs, uniquingKeysWith: { first, _ in first })
        guard case .failed(let step)? = scalar({ values[$0]! }) else { return nil }
        let given = inputs.map { "\($0.name) = \(Self.rNumber($0.value))" }.joined(separator: ", ")
        return LocalizedText(en: "\(label) is undefined for \(given): ", zh: "\(label) 在 \(given) 时无定义：") + step
    }

    /// The value of one step, or the step that failed.
    private enum Step {
        case value(Double)
        case failed(LocalizedText)
    }

    /// The expression evaluated on one row's values; `nil` for a factor marker (no number).
    private func scalar(_ value: (String) -> Double) -> Step? {
        switch self {
        case .column(let name): return .value(value(name))
        case .number(let number): return .value(number)
        case .call(let name, let arguments):
            guard let function = Self.functions[name], let inner = arguments[0].scalar(value) else { return nil }
            guard case .value(let x) = inner else { return inner }
            let result = function(x)
            return result.isFinite ? .value(result) : .failed(Self.domain(of: name, at: x))
        case .binary(let op, let lhs, let rhs):
            guard let left = lhs.scalar(value), let right = rhs.scalar(value) else { return nil }
            guard case .value(let a) = left else { return left }
            guard case .value(let b) = right else { return right }
            let result = Self.operation(op)(a, b)
            guard !result.isFinite else { return .value(result) }
            return .failed(op == "/" && b == 0 ? LocalizedText(en: "division by 0", zh: "除数为 0")
                : LocalizedText(en: "\(Self.rNumber(a)) \(op) \(Self.rNumber(b)) is not a finite number",
                                zh: "\(Self.rNumber(a)) \(op) \(Self.rNumber(b)) 不是有限的数"))
        case .negation(let operand):
            guard let inner = operand.scalar(value) else { return nil }
            guard case .value(let x) = inner else { return inner }
            return .value(-x)
        case .parenthesized(let inner): return inner.scalar(value)
        }
    }

    /// What `function` needs, said for the argument `x` it was given.
    private static func domain(of function: String, at x: Double) -> LocalizedText {
        let given = rNumber(x)
        switch function {
        case "log", "log2", "log10":
            return LocalizedText(
                en: "\(function) needs a value > 0, not \(given) (leave such rows out, or use log1p() or I(x + c))",
                zh: "\(function) 需要大于 0 的值，而不是 \(given)（请去掉这些行，或改用 log1p() 或 I(x + c)）")
        case "log1p": return LocalizedText(en: "log1p needs a value > -1, not \(given)", zh: "log1p 需要大于 -1 的值，而不是 \(given)")
        case "sqrt": return LocalizedText(en: "sqrt needs a value ≥ 0, not \(given)", zh: "sqrt 需要不小于 0 的值，而不是 \(given)")
        default: return LocalizedText(en: "\(function)(\(given)) is not a finite number", zh: "\(function)(\(given)) 不是有限的数")
        }
    }
}
