import RuralStatRegression
import RuralStatText
import Testing

@Suite struct FormulaTests {
    /// Term labels as R prints them (checked with R 4: names(coef(lm(…)))): spaces around
    /// + − *, none around / and ^, parentheses kept; main effects before interactions.
    @Test func labelsTermsAsR() throws {
        let formula = try Formula(
            "y ~ I(x^2) + log(x) + I(x/2) + I(x*z) + I(-x + 1) + I((x+1)^2) + factor(g) + z:x + exp(z/10)")
        #expect(formula.terms.map(\.label) == [
            "I(x^2)", "log(x)", "I(x/2)", "I(x * z)", "I(-x + 1)", "I((x + 1)^2)", "factor(g)", "exp(z/10)", "z:x",
        ])
        #expect(formula.hasIntercept)
        #expect(formula.response == .column("y"))
    }

    /// R deparses 1e-3 as 0.001, 2.5e6 as 2500000 and 1e5 as 1e+05 (the shorter form wins).
    @Test func printsNumbersAsR() throws {
        let formula = try Formula("y ~ I(1e-3*x) + I(2.5e6*x) + I(x - 0.25) + I(100000*x)")
        #expect(formula.terms.map(\.label) == ["I(0.001 * x)", "I(2500000 * x)", "I(x - 0.25)", "I(1e+05 * x)"])
    }

    @Test(arguments: ["y ~ x - 1", "y ~ 0 + x", "y ~ -1 + x", "y ~ x + 0"])
    func removesTheIntercept(text: String) throws {
        let formula = try Formula(text)
        #expect(!formula.hasIntercept)
        #expect(formula.terms.map(\.label) == ["x"])
    }

    @Test func expandsProductsAndInteractions() throws {
        #expect(try Formula("y ~ g*h").terms.map(\.label) == ["g", "h", "g:h"])
        #expect(try Formula("y ~ (a + b):c").terms.map(\.label) == ["a:c", "b:c"])
        #expect(try Formula("y ~ a*b - a:b").terms.map(\.label) == ["a", "b"])
        #expect(try Formula("y ~ x1 + x1").terms.map(\.label) == ["x1"])
        // Components follow their first appearance: h before g (R: "hv:ga").
        #expect(try Formula("y ~ h:g + g").terms.map(\.label) == ["g", "h:g"])
        #expect(try Formula("log(y) ~ `net income` + 收入").terms.map(\.label) == ["net income", "收入"])
        #expect(try Formula("log(y) ~ x").response.label == "log(y)")
    }

    @Test(arguments: [
        ("y ~ x1 + foo(x2)", "unknown function \"foo\"", 10),
        ("y ~ x1 + x2)", "unexpected \")\"", 12),
        ("y ~ x1 + (x2", "expected \")\" but found end of formula", 13),
        ("y ~ x^2", "write the arithmetic inside I(…)", 6),
        ("y ~ x + 2", "a number term must be 1 (intercept) or 0 (none)", 9),
        ("y ~ x + $", "unexpected character \"$\"", 9),
        ("y ~ C(x + 1)", "C(…) takes one column name", 5),
        ("y ~ log(C(g))", "C(…) makes a category; it cannot be used in arithmetic", 9),
        ("C(y) ~ x", "C(…) makes a category; it cannot be used in arithmetic", 1),
    ])
    func errorsNameTheTokenAndItsPosition(text: String, message: String, position: Int) {
        let error = #expect(throws: RegressionError.self) { try Formula(text) }
        #expect(error?.code == .formula)
        #expect(error?.message.en.contains(message) == true, "\(error?.message.en ?? "")")
        #expect(error?.message.en.contains("at position \(position) of the formula") == true, "\(error?.message.en ?? "")")
    }

    @Test func listsTheColumnsItReads() throws {
        #expect(try Formula("log(y) ~ x1 * C(g) + I(x2^2) + x1").columns == ["y", "x1", "g", "x2"])
    }

    @Test func needsATilde() {
        let error = #expect(throws: RegressionError.self) { try Formula("y x1") }
        #expect(error?.message.en.contains("needs \"~\"") == true)
    }
}
