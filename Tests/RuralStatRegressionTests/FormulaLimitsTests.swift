import RuralStatData
@testable import RuralStatRegression
import RuralStatText
import Testing

/// The hostile formulas and factors of issue 14: each refused with a message naming the
/// limit, none overflowing the stack or running for long.
@Suite struct FormulaLimitsTests {
    static func message(_ text: String) -> String? {
        let error = #expect(throws: RegressionError.self) { try Formula(text) }
        return error?.message.en
    }

    @Test func aFormulaNested60000DeepIsRefused() {
        let text = "y ~ " + String(repeating: "(", count: 60_000) + "x" + String(repeating: ")", count: 60_000)
        #expect(Self.message(text) == "the formula has 120003 tokens; at most 1000 are read")
    }

    @Test func nestingPastTheDepthLimitIsRefusedWhereItStarts() {
        let text = "y ~ " + String(repeating: "(", count: 101) + "x" + String(repeating: ")", count: 101)
        #expect(Self.message(text)?.hasPrefix("the formula nests more than 100 deep at position 105 of the formula") == true)
        let signs = "y ~ " + String(repeating: "-", count: 150) + "x"
        #expect(Self.message(signs)?.hasPrefix("the formula nests more than 100 deep") == true)
        let powers = "y ~ I(x" + String(repeating: "^x", count: 150) + ")"
        #expect(Self.message(powers)?.hasPrefix("the formula nests more than 100 deep") == true)
    }

    @Test func nestingWithinTheLimitIsRead() throws {
        let text = "y ~ " + String(repeating: "(", count: 90) + "x" + String(repeating: ")", count: 90)
        #expect(try Formula(text).terms.map(\.label) == ["x"])
    }

    /// A long sum of terms (left-deep, 499 `+`) stays within the token limit and is read.
    @Test func aLongSumIsRead() throws {
        let text = "y ~ " + (1...499).map { "x\($0)" }.joined(separator: " + ")
        #expect(try Formula(text).terms.count == 499)
    }

    /// `a*b*…` has 2^k − 1 terms: 9 factors (511) are read, 10 (1023) refused at the `*`
    /// that passes the limit, even for columns that do not exist.
    @Test func aStarChainPastTheTermLimitIsRefused() throws {
        let nine = "y ~ " + (1...9).map { "nosuch\($0)" }.joined(separator: "*")
        #expect(try Formula(nine).terms.count == 511)
        let thirteen = "y ~ " + (1...13).map { "nosuch\($0)" }.joined(separator: "*")
        #expect(Self.message(thirteen)?.hasPrefix("the formula expands to more than 1000 terms at position") == true)
    }

    @Test func anInteractionPastTheTermLimitIsRefused() {
        let sum = "(" + (1...40).map { "a\($0)" }.joined(separator: "+") + ")"
        #expect(Self.message("y ~ \(sum):\(sum)")?.hasPrefix("the formula expands to more than 1000 terms") == true)
    }

    /// `C(household_id)` on a panel: 3,000 households × 6 years is 3,000 levels with 6 rows
    /// each, an identifier; a township factor with many rows per level is a category.
    @Test func anIdentifierFactorIsRefusedBeforeTheDesignIsMade() throws {
        let ids = (0..<18_000).map { "H\($0 / 6)" }
        let data = ModelData([("y", .numeric((0..<18_000).map(Double.init))), ("household_id", .text(ids)),
                              ("township", .text((0..<18_000).map { "T\($0 % 50)" }))])
        let error = #expect(throws: RegressionError.self) {
            try DesignRecipe(formula: Formula("y ~ C(household_id)"), data: data, rows: Array(0..<18_000))
        }
        #expect(error?.message.en.hasPrefix("C(household_id) has 3000 distinct values in 18000 rows: an identifier") == true)
        #expect(try DesignRecipe(formula: Formula("y ~ C(township)"), data: data, rows: Array(0..<18_000)).columnNames.count == 50)
    }

    @Test func aFactorPastTheLevelLimitIsRefusedWhateverTheRows() throws {
        let rows = 10_001 * 12
        let data = ModelData([("y", .numeric((0..<rows).map(Double.init))), ("g", .text((0..<rows).map { "g\($0 % 10_001)" }))])
        let error = #expect(throws: RegressionError.self) {
            try DesignRecipe(formula: Formula("y ~ g"), data: data, rows: Array(0..<rows))
        }
        #expect(error?.message.en.hasPrefix("g has 10001 distinct values in 120012 rows") == true)
    }

    @Test func aDesignPastTheColumnLimitIsRefusedBeforeItIsNamed() throws {
        // 200 × 200 levels interacted: 40,000 columns.
        let rows = 200 * 200 * 10
        let data = ModelData([("y", .numeric(Array(repeating: 1, count: rows))),
                              ("a", .text((0..<rows).map { "a\($0 % 200)" })),
                              ("b", .text((0..<rows).map { "b\(($0 / 200) % 200)" }))])
        let error = #expect(throws: RegressionError.self) {
            try DesignRecipe(formula: Formula("y ~ C(a):C(b)"), data: data, rows: Array(0..<rows))
        }
        #expect(error?.message.en == "the design would have more than 10000 columns (at term C(a):C(b))")
    }
}
