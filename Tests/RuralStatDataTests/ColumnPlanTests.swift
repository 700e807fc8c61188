import RuralStatCore
@testable import RuralStatData
import Testing
import RuralStatTestSupport

/// The row loop's shortcut stores exactly what the general parser would, and declines every
/// cell it should leave to it (so that errors keep their messages).
@Suite struct ColumnPlanTests {
    static func spec(_ name: String) -> ColumnSpec {
        FileSchema.households.first { $0.name == name }!
    }

    /// What the shortcut stored for `cell` in column `name`, or `nil` when it declined.
    static func shortcut(_ name: String, _ cell: String) -> CellValue? {
        let spec = spec(name)
        let builder = ColumnBuilder(spec.type)
        let plan = ColumnPlan(field: 0, spec: spec, builder: builder, isStored: true)
        let stored = Array(cell.utf8).withUnsafeBufferPointer { plan.storeUsualCell($0) }
        guard stored else { return nil }
        switch builder.kind {
        case .integer: return builder.integers[0] == Missing.integer ? .missing : .integer(builder.integers[0])
        case .number: return builder.numbers[0].isNaN ? .missing : .number(builder.numbers[0])
        case .code: return builder.codes[0] == Missing.code ? .missing : .code(builder.codes[0])
        case .text: return .text
        }
    }

    /// What the general parser makes of `cell`, or `nil` when it is an error.
    static func parsed(_ name: String, _ cell: String) -> CellValue? {
        let spec = spec(name)
        return Array(cell.utf8).withUnsafeBufferPointer { try? spec.type.parse($0, required: spec.isRequired) }
    }

    @Test(arguments: [
        ("year", "2020"), ("year", "2000"), ("year", "2100"), ("household_size", "1"), ("household_size", "0007"),
        ("labor_count", "0"), ("wage_income", "83905"), ("wage_income", "0"), ("wage_income", "999999999999999"),
        ("operating_income", "4609"), ("weight", "1"), ("weight", "250"), ("employed_months", "35"),
        ("labor_count", ""), ("employed_months", ""), ("weight", ""), ("category", ""), ("monitored_since", ""),
        ("education_ok", "1"), ("education_ok", "0"), ("education_ok", "是"), ("education_ok", "true"),
        ("education_ok", "未达标"), ("category", "alleviated"), ("category", "general"),
        ("wage_income", "32850.97"), ("wage_income", "0.5"), ("wage_income", "007.50"), ("weight", "0.001"),
        ("operating_income", "-70.9"), ("operating_income", "-0"), ("operating_income", "-0.0"), ("operating_income", "-2000"),
        ("employed_months", "1.25"), ("wage_income", "99999999999999.9"),
        ("category", "脱贫户"), ("category", "突发严重困难户"),
    ])
    func takesTheUsualCellAsTheParserWould(column: String, cell: String) throws {
        let taken = try #require(Self.shortcut(column, cell))
        let expected = try #require(Self.parsed(column, cell))
        switch (taken, expected) {
        case (.integer(let a), .integer(let b)): #expect(a == b)
        case (.number(let a), .number(let b)): #expect(a.bitPattern == b.bitPattern)
        case (.code(let a), .code(let b)): #expect(a == b)
        case (.missing, .missing): break
        default: Issue.record("\(column) '\(cell)': shortcut \(taken), parser \(expected)")
        }
    }

    /// Cells outside the rule, or written otherwise than plainly, go to the general parser.
    @Test(arguments: [
        ("year", "1999"), ("year", "2101"), ("household_size", "0"), ("household_size", ""), ("wage_income", ""),
        ("wage_income", "1000000000000000"), ("wage_income", "1.000000000000000"), ("wage_income", " 12"),
        ("wage_income", "-1"), ("wage_income", "-0.5"), ("wage_income", "12."), ("wage_income", ".5"),
        ("wage_income", "1e3"), ("wage_income", "1.2.3"), ("operating_income", "-"), ("operating_income", "+5"),
        ("weight", "0"), ("weight", "0.0"), ("labor_count", "2147483648"), ("labor_count", "3.0"),
        ("year", "-2020"), ("education_ok", "2"), ("education_ok", "TRUE"), ("category", "Alleviated"), ("category", "poor"),
        ("monitored_since", "2022-03"), ("household_id", "H1"), ("village", ""),
    ])
    func leavesTheRestToTheParser(column: String, cell: String) {
        #expect(Self.shortcut(column, cell) == nil)
    }

    /// Random decimals of every shape the shortcut takes: bit for bit the parser's double.
    @Test func decimalsMatchTheParserBitForBit() {
        var generator = TestRandom(seed: 20_261_201)
        var taken = 0
        for _ in 0..<20_000 {
            let whole = String(UInt64.random(in: 0..<1_000_000_000, using: &generator))
            let fraction = String(UInt64.random(in: 0..<1_000_000, using: &generator))
            let cell = (Bool.random(using: &generator) ? "-" : "") + whole
                + (Bool.random(using: &generator) ? "." + fraction : "")
            guard case .number(let value)? = Self.shortcut("operating_income", cell) else { continue }
            taken += 1
            guard case .number(let expected)? = Self.parsed("operating_income", cell),
                  value.bitPattern == expected.bitPattern else {
                Issue.record("'\(cell)': shortcut \(value)")
                return
            }
        }
        #expect(taken == 20_000)
    }

    @Test func aLabelTakenByTheShortcutHasItsCategoryValue() throws {
        for category in HouseholdCategory.allCases {
            for label in [category.code, category.chineseLabel] {
                guard case .code(let value)? = Self.shortcut("category", label) else {
                    Issue.record("\(label) not taken")
                    continue
                }
                #expect(value == category.rawValue)
            }
        }
    }
}
