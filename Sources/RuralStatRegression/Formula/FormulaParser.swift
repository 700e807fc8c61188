import RuralStatText

/// Reads the text of a model formula into a syntax tree, remembering where each piece
/// started so that errors can point at it.
///
/// Grammar (R's precedence, lowest first): `~`; `+ -`; `* /`; `:`; unary `-`; `^`; then
/// numbers, names (letters of any script, digits, `_` and `.`, or any text in backticks),
/// calls `f(…)` and parentheses.
struct FormulaParser {
    /// A syntax tree node with its 1-based character position in the formula.
    indirect enum Node {
        case name(String, position: Int)
        case number(Double, position: Int)
        case call(String, [Node], position: Int)
        case binary(Character, Node, Node, position: Int)
        case negation(Node, position: Int)
        case parenthesized(Node, position: Int)

        var position: Int {
            switch self {
            case .name(_, let p), .number(_, let p), .call(_, _, let p), .binary(_, _, _, let p),
                 .negation(_, let p), .parenthesized(_, let p):
                p
            }
        }
    }

    private enum Token: Equatable {
        case name(String)
        case number(Double)
        case symbol(Character)
        case end
    }

    let text: String
    private var tokens: [(token: Token, position: Int)] = []
    private var index = 0
    /// The current nesting of parentheses, calls, signs and powers (``FormulaLimits/maximumDepth``).
    private var depth = 0

    init(_ text: String) throws {
        self.text = text
        tokens = try Self.tokenize(text)
        guard tokens.count - 1 <= FormulaLimits.maximumTokens else {
            throw RegressionError(.formula, "the formula has \(tokens.count - 1) tokens; at most \(FormulaLimits.maximumTokens) are read",
                                  "公式有 \(tokens.count - 1) 个记号，最多读取 \(FormulaLimits.maximumTokens) 个")
        }
    }

    /// Counts one more level of nesting, refusing more than ``FormulaLimits/maximumDepth``.
    private mutating func enter() throws {
        depth += 1
        guard depth <= FormulaLimits.maximumDepth else {
            throw Self.error("the formula nests more than \(FormulaLimits.maximumDepth) deep",
                             "公式嵌套超过 \(FormulaLimits.maximumDepth) 层", at: tokens[index].position, in: text)
        }
    }

    /// An error pointing at `position` in the formula, with the formula and a caret below.
    static func error(_ message: LocalizedText, at position: Int, in text: String) -> RegressionError {
        let caret = String(repeating: " ", count: max(0, position - 1)) + "^"
        return RegressionError(.formula, "\(message.en) at position \(position) of the formula\n  \(text)\n  \(caret)",
                               "\(message.zh)（公式第\(position)个字符处）\n  \(text)\n  \(caret)")
    }

    /// An error saying `en` (`zh` in Chinese), pointing at `position` in the formula.
    static func error(_ en: String, _ zh: String, at position: Int, in text: String) -> RegressionError {
        error(LocalizedText(en: en, zh: zh), at: position, in: text)
    }

    private static func tokenize(_ text: String) throws -> [(token: Token, position: Int)] {
        var result: [(token: Token, position: Int)] = []
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let position = i + 1
            if c.isWhitespace {
                i += 1
            } else if c.isNumber && c.isASCII || (c == "." && i + 1 < characters.count && characters[i + 1].isASCII
                        && characters[i + 1].isNumber) {
                var j = i
                while j < characters.count, characters[j].isASCII, characters[j].isNumber || characters[j] == "." { j += 1 }
                if j < characters.count, characters[j] == "e" || characters[j] == "E" {
                    var k = j + 1
                    if k < characters.count, characters[k] == "+" || characters[k] == "-" { k += 1 }
                    if k < characters.count, characters[k].isASCII, characters[k].isNumber {
                        j = k
                        while j < characters.count, characters[j].isASCII, characters[j].isNumber { j += 1 }
                    }
                }
                guard let value = Double(String(characters[i..<j])) else {
                    throw error("bad number \"\(String(characters[i..<j]))\"", "数字“\(String(characters[i..<j]))”有误",
                                at: position, in: text)
                }
                result.append((.number(value), position))
                i = j
            } else if c.isLetter || c == "_" || c == "." {
                var j = i
                while j < characters.count, characters[j].isLetter || characters[j].isNumber || characters[j] == "_"
                        || characters[j] == "." { j += 1 }
                result.append((.name(String(characters[i..<j])), position))
                i = j
            } else if c == "`" {
                guard let close = characters[(i + 1)...].firstIndex(of: "`") else {
                    throw error("unclosed backtick", "反引号没有闭合", at: position, in: text)
                }
                result.append((.name(String(characters[(i + 1)..<close])), position))
                i = close + 1
            } else if "~+-*/^:(),".contains(c) {
                result.append((.symbol(c), position))
                i += 1
            } else {
                throw error("unexpected character \"\(c)\"", "此处不应出现字符“\(c)”", at: position, in: text)
            }
        }
        result.append((.end, characters.count + 1))
        return result
    }

    /// The whole formula: response `~` right-hand side.
    mutating func parseFormula() throws -> (response: Node, rhs: Node) {
        guard tokens.contains(where: { $0.token == .symbol("~") }) else {
            throw RegressionError(.formula, "a formula needs \"~\" between the response and the terms: y ~ x1 + x2",
                                  "公式需要在因变量与各项之间写“~”，如 y ~ x1 + x2")
        }
        let response = try parse(minimumPrecedence: 2)
        try expect("~")
        let rhs = try parse(minimumPrecedence: 2)
        guard tokens[index].token == .end else { throw unexpected() }
        return (response, rhs)
    }

    private static func precedence(_ c: Character) -> Int? {
        switch c {
        case "+", "-": 2
        case "*", "/": 3
        case ":": 4
        case "^": 6
        default: nil
        }
    }

    private mutating func parse(minimumPrecedence: Int) throws -> Node {
        try enter()
        defer { depth -= 1 }
        var lhs = try parseUnary()
        while case .symbol(let op) = tokens[index].token, let precedence = Self.precedence(op),
              precedence >= minimumPrecedence {
            let position = tokens[index].position
            index += 1
            // `^` is right-associative; the rest associate to the left.
            let rhs = op == "^" ? try parseUnary(allowPower: true) : try parse(minimumPrecedence: precedence + 1)
            lhs = .binary(op, lhs, rhs, position: position)
        }
        return lhs
    }

    private mutating func parseUnary(allowPower: Bool = false) throws -> Node {
        if tokens[index].token == .symbol("-") {
            let position = tokens[index].position
            index += 1
            return .negation(try parse(minimumPrecedence: 5), position: position)
        }
        if tokens[index].token == .symbol("+") {
            index += 1
            return try parse(minimumPrecedence: 5)
        }
        var operand = try parsePrimary()
        if tokens[index].token == .symbol("^") {
            let position = tokens[index].position
            index += 1
            try enter()
            defer { depth -= 1 }
            operand = .binary("^", operand, try parseUnary(allowPower: true), position: position)
        }
        return operand
    }

    private mutating func parsePrimary() throws -> Node {
        let (token, position) = tokens[index]
        switch token {
        case .number(let value):
            index += 1
            return .number(value, position: position)
        case .name(let name):
            index += 1
            guard tokens[index].token == .symbol("(") else { return .name(name, position: position) }
            index += 1
            var arguments: [Node] = []
            if tokens[index].token != .symbol(")") {
                arguments.append(try parse(minimumPrecedence: 2))
                while tokens[index].token == .symbol(",") {
                    index += 1
                    arguments.append(try parse(minimumPrecedence: 2))
                }
            }
            try expect(")")
            return .call(name, arguments, position: position)
        case .symbol("("):
            index += 1
            let inner = try parse(minimumPrecedence: 2)
            try expect(")")
            return .parenthesized(inner, position: position)
        default:
            throw unexpected()
        }
    }

    private mutating func expect(_ symbol: Character) throws {
        guard tokens[index].token == .symbol(symbol) else {
            let found = describe(tokens[index].token)
            throw Self.error(LocalizedText(en: "expected \"\(symbol)\" but found \(found.en)", zh: "此处应为“\(symbol)”，却是\(found.zh)"),
                             at: tokens[index].position, in: text)
        }
        index += 1
    }

    private func unexpected() -> RegressionError {
        let found = describe(tokens[index].token)
        return Self.error(LocalizedText(en: "unexpected \(found.en)", zh: "此处不应出现\(found.zh)"),
                          at: tokens[index].position, in: text)
    }

    private func describe(_ token: Token) -> LocalizedText {
        switch token {
        case .name(let name): LocalizedText(en: "\"\(name)\"", zh: "“\(name)”")
        case .number(let value): LocalizedText(en: "number \(FormulaExpression.rNumber(value))",
                                               zh: "数字 \(FormulaExpression.rNumber(value))")
        case .symbol(let c): LocalizedText(en: "\"\(c)\"", zh: "“\(c)”")
        case .end: LocalizedText(en: "end of formula", zh: "公式结尾")
        }
    }
}
