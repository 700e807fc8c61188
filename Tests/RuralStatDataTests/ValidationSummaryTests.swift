import RuralStatCore
import RuralStatData
import RuralStatText
import Testing

@Suite struct ValidationSummaryTests {
    /// Six rows of three households over 2021–2022 (and 2023 for H1).
    /// - line 2: employed 3 > labour 2 → a warning;
    /// - line 3: H1's size 2 → 6, a change of 4 > 3 → a warning;
    /// - line 4: H1 2023 incomes 100.4/0/0/50.2 round to 100/0/0/50 as in 2022 (100.3, 0, 0, 49.8) → a warning;
    /// - line 6: H2's size 3 → 6, a change of exactly 3 → no warning; its township is blank → the
    ///   township warning (one for the column, with the count).
    static let text = """
        household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,production_expense,township,category,labor_count,employed_count
        H1,2021,2,500,0,0,10,0,A,marginal,2,3
        H1,2022,6,100.3,0,0,49.8,0,A,marginal,2,1
        H1,2023,6,100.4,0,0,50.2,0,A,marginal,2,1
        H2,2021,3,1,2,3,4,0,B,,1,1
        H2,2022,6,2,3,4,5,0,,general,1,0
        H3,2022,1,9,9,9,9,9,B,general,,

        """

    @Test func summarisesTheFile() throws {
        let file = try TemporaryFile(Self.text)
        let summary = ValidationSummary(try HouseholdFile.read(path: file.path).0)
        #expect(summary.rows == 6)
        #expect(summary.households == 3)
        #expect(summary.years == [2021, 2022, 2023])
        #expect(summary.rowsPerYear.map(\.year) == [2021, 2022, 2023])
        #expect(summary.rowsPerYear.map(\.rows) == [2, 3, 1])
        #expect(summary.categories.map(\.code) == ["marginal", "general", "missing"])
        #expect(summary.categories.map(\.rows) == [3, 2, 1])
        #expect(summary.townships == 2)
        #expect(summary.optionalColumns == ["township", "category", "labor_count", "employed_count"])
    }

    @Test func warnsOfDoubtfulRows() throws {
        let file = try TemporaryFile(Self.text)
        let warnings = ValidationSummary(try HouseholdFile.read(path: file.path).0).warnings
        // The blank township of line 6 first (a count per column), then the rows in file order.
        #expect(warnings.map(\.line) == [6, 2, 3, 4])
        #expect(warnings.map(\.column) == ["township", "employed_count", "household_size", "income"])
        #expect(warnings[0].message.en.hasPrefix("1 row has no township"))
        #expect(warnings[1].message.en == "employed_count 3 is greater than labor_count 2")
        #expect(warnings[2].message.en == "household_size changed from 2 to 6 since 2021 (line 2)")
        #expect(warnings[3].message.en
            == "wage, operating, property and transfer income are the same as in 2022 (line 3) to the yuan")
    }
}
