import RuralStatCore
import RuralStatLinearAlgebra
@testable import RuralStatRegression
import RuralStatText
import Testing

@Suite struct DesignRecipeTests {
    // Rows: g = b, a, c, b; x = 1, 2, 3, 4; year = 2022, 2021, 2022, 2023.
    let data = ModelData([
        ("y", .numeric([1, 2, 3, 4])), ("x", .numeric([1, 2, 3, 4])), ("g", .text(["b", "a", "c", "b"])),
        ("year", .numeric([2022, 2021, 2022, 2023])),
    ])

    func recipe(_ text: String) throws -> DesignRecipe {
        try DesignRecipe(formula: Formula(text), data: data, rows: [0, 1, 2, 3])
    }

    /// Treatment contrasts: levels sorted (a, b, c), a is the reference.
    @Test func codesTextByTreatmentContrasts() throws {
        let r = try recipe("y ~ g")
        #expect(r.columnNames == ["(Intercept)", "gb", "gc"])
        let design = try r.design(data, rows: [0, 1, 2, 3])
        #expect(design.column(1) == [1, 0, 0, 1])
        #expect(design.column(2) == [0, 0, 1, 0])
    }

    /// Without an intercept a main-effect factor gets every level (R: y ~ g - 1).
    @Test func codesEveryLevelWithoutIntercept() throws {
        #expect(try recipe("y ~ C(g) - 1").columnNames == ["C(g)a", "C(g)b", "C(g)c"])
    }

    /// x:C(g) with x absent gets a slope per level; with x present, contrasts.
    @Test func codesInteractionsByMargins() throws {
        #expect(try recipe("y ~ x:C(g)").columnNames == ["(Intercept)", "x:C(g)a", "x:C(g)b", "x:C(g)c"])
        let r = try recipe("y ~ x*g")
        #expect(r.columnNames == ["(Intercept)", "x", "gb", "gc", "x:gb", "x:gc"])
        // x:gb = x where g = b: rows 1 and 4 → 1, 4.
        #expect(try r.design(data, rows: [0, 1, 2, 3]).column(4) == [1, 0, 0, 4])
    }

    /// A numeric column as a category: levels in numeric order, named as R prints numbers.
    @Test func codesNumbersAsCategories() throws {
        #expect(try recipe("y ~ C(year)").columnNames == ["(Intercept)", "C(year)2022", "C(year)2023"])
    }

    /// R: "contrasts can be applied only to factors with 2 or more levels".
    @Test func rejectsACategoryWithOneLevel() {
        let error = #expect(throws: RegressionError.self) {
            try DesignRecipe(formula: Formula("y ~ g"), data: data, rows: [0, 3])
        }
        #expect(error?.message.en == "g has only one level (b) in the rows used; a category needs two")
    }

    /// 1,001 distinct ids in 1,001 rows would make a 1,001-column design.
    @Test func rejectsAnIdentifierAsACategory() {
        let ids = ModelData([("y", .numeric((0...1000).map(Double.init))), ("id", .text((0...1000).map { "H\($0)" }))])
        let error = #expect(throws: RegressionError.self) {
            try DesignRecipe(formula: Formula("y ~ id"), data: ids, rows: Array(0...1000))
        }
        #expect(error?.message.en == "id has 1001 distinct values in 1001 rows: an identifier, not a category (a category "
            + "repeats its values; at most 1000 levels, or 10 rows a level up to 10000)")
    }

    @Test func rejectsUnknownColumnsAndLevels() throws {
        let error = #expect(throws: RegressionError.self) { try recipe("y ~ x + incme") }
        #expect(error?.message.en.contains("unknown column \"incme\" (columns: y, x, g, year) at position 9") == true)
        let textMath = #expect(throws: RegressionError.self) { try recipe("y ~ log(g)").design(data, rows: [0]) }
        #expect(textMath?.message.en.contains("column \"g\" holds text") == true)
        let newData = ModelData([("x", .numeric([1])), ("g", .text(["z"]))], lineNumbers: [7])
        let level = #expect(throws: RegressionError.self) { try recipe("y ~ g").design(newData, rows: [0]) }
        #expect(level?.message.en == "line 7: level \"z\" of g was not in the fitted data")
    }
}
