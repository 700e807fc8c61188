import RuralStatCore
import RuralStatRegression
import RuralStatTestSupport
import Testing

/// The panel adapter against values computed by hand from SPEC §3's definitions.
@Suite struct ModelDataPanelTests {
    /// Rows: H1 2022, H1 2023, H2 2022, H2 2023, H3 2023 (H3 has no 2022 record).
    static let panel: HouseholdPanel = {
        var panel = HouseholdPanel(
            source: "hand", line: [2, 3, 4, 5, 6],
            householdID: TextColumn(["H1", "H1", "H2", "H2", "H3"]), year: [2022, 2023, 2022, 2023, 2023],
            householdSize: [2, 2, 4, 4, 1], wageIncome: [6000, 8000, 0, 4000, 3000],
            operatingIncome: [2000, 2000, -2000, 4000, 0], propertyIncome: [0, 0, 0, 0, 500],
            transferIncome: [1000, 1000, 1000, 2000, 500], productionExpense: [1000, 1000, 0, 2000, 0])
        panel.township = TextColumn(["A", "A", "B", "B", "A"])
        panel.category = [HouseholdCategory.alleviated.rawValue, HouseholdCategory.alleviated.rawValue,
                          HouseholdCategory.marginal.rawValue, HouseholdCategory.marginal.rawValue, Missing.code]
        panel.laborCount = [2, 2, 3, Missing.integer, 1]
        return panel
    }()

    static func numbers(_ data: ModelData, _ name: String) -> [Double]? {
        guard case .numeric(let values)? = data.column(named: name) else { return nil }
        return values
    }

    /// Equal, NaN matching NaN.
    static func same(_ a: [Double]?, _ b: [Double]) -> Bool {
        guard let a, a.count == b.count else { return false }
        return zip(a, b).allSatisfy { isClose($0, $1, relative: 0) }
    }

    @Test func derivedQuantitiesAreTheHandComputedOnes() throws {
        let data = ModelData(panel: Self.panel)
        #expect(data.rowCount == 5 && data.lineNumbers == [2, 3, 4, 5, 6])
        // gross = wage + operating + property + transfer; net = gross − expense; pci = net / size.
        #expect(Self.same(Self.numbers(data, "gross"), [9000, 11000, -1000, 10000, 4000]))
        #expect(Self.same(Self.numbers(data, "net"), [8000, 10000, -1000, 8000, 4000]))
        #expect(Self.same(Self.numbers(data, "pci"), [4000, 5000, -250, 2000, 4000]))
        // wage / gross, undefined where gross ≤ 0 (H2 2022).
        #expect(Self.same(Self.numbers(data, "wage_share"), [6000.0 / 9000, 8000.0 / 11000, .nan, 0.4, 0.75]))
        // The same household's pci a year before; the change only where that pci is > 0.
        #expect(Self.same(Self.numbers(data, "pci_prev"), [.nan, 4000, .nan, -250, .nan]))
        #expect(Self.same(Self.numbers(data, "pci_change"), [.nan, 0.25, .nan, .nan, .nan]))
        #expect(Self.same(Self.numbers(data, "labor_count"), [2, 2, 3, .nan, 1]))
        #expect(Self.same(Self.numbers(data, "weight"), [1, 1, 1, 1, 1]))
        guard case .text(let category)? = data.column(named: "category") else { return #expect(Bool(false)) }
        #expect((0..<5).map { category[$0] } == ["alleviated", "alleviated", "marginal", "marginal", nil])
        #expect(data.column(named: "employed_count") == nil && data.column(named: "monitored_since") == nil)
    }

    @Test func rowsSelectASubsetWithThePreviousYearFromTheWholePanel() {
        let data = ModelData(panel: Self.panel, rows: [1, 3, 4])
        #expect(Self.same(Self.numbers(data, "year"), [2023, 2023, 2023]))
        #expect(Self.same(Self.numbers(data, "pci"), [5000, 2000, 4000]))
        #expect(Self.same(Self.numbers(data, "pci_prev"), [4000, -250, .nan]))
        #expect(data.lineNumbers == [3, 5, 6])
    }

    /// The fit on the adapted panel is the fit on the design written out by hand.
    @Test func fitsAsTheHandBuiltDesign() throws {
        let formula = try Formula("pci ~ wage_share + C(township)")
        let model = try LinearModel(formula, data: ModelData(panel: Self.panel))
        let byHand = ModelData([
            ("pci", .numeric([4000, 5000, -250, 2000, 4000])),
            ("wage_share", .numeric([2.0 / 3, 8.0 / 11, .nan, 0.4, 0.75])),
            ("township", .text(["A", "A", "B", "B", "A"])),
        ])
        let reference = try LinearModel(formula, data: byHand)
        #expect(model.droppedRows == 1 && model.usedRows == [0, 1, 3, 4])
        #expect(model.termNames == ["(Intercept)", "wage_share", "C(township)B"])
        #expect(model.fit.coefficients == reference.fit.coefficients)
        // By hand: township B has one row, fitted exactly by its dummy; the three A rows give
        // the slope Sxy / Sxx = 330000/97 and the intercept ȳ − b·x̄ = 184500/97; then
        // C(township)B = 2000 − a − 0.4·b.
        let a = 184_500.0 / 97, b = 330_000.0 / 97
        for (estimate, expected) in zip(model.fit.coefficients, [a, b, 2000 - a - 0.4 * b]) {
            #expect(isClose(estimate, expected, relative: 1e-13))
        }
    }
}
