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

    /// The impossible rows of issue 16, one per line, each on its own household so that no
    /// previous-year check joins in:
    /// - line 2: labour 9 in a 1-person household;
    /// - line 3: 40 months with 0 workers;
    /// - line 4: 40 months for 3 workers (≤ 36 possible);
    /// - line 5: 3 out-of-province workers and 2 public-welfare jobs of 1 worker;
    /// - line 6: a monitoring object (marginal) without 纳入监测时间;
    /// - line 7: 纳入监测时间 2024-03 on a 2023 record;
    /// - line 8: all consistent (36 months for 3 workers, entered 2023-12 in 2023), no warning.
    static let impossible = """
        household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,production_expense,category,labor_count,employed_count,employed_months,out_of_province_count,public_welfare_jobs,monitored_since
        A,2023,1,1,0,0,0,0,general,9,1,12,0,0,
        B,2023,4,1,0,0,0,0,general,2,0,40,0,0,
        C,2023,4,1,0,0,0,0,general,3,3,40,0,0,
        D,2023,4,1,0,0,0,0,general,3,1,12,3,2,
        E,2023,4,1,0,0,0,0,marginal,3,1,12,0,0,
        F,2023,4,1,0,0,0,0,unstable,3,1,12,0,0,2024-03
        G,2023,4,1,0,0,0,0,sudden_hardship,3,3,36,3,3,2023-12-31

        """

    @Test func warnsOfImpossibleRows() throws {
        let file = try TemporaryFile(Self.impossible)
        let warnings = ValidationSummary(try HouseholdFile.read(path: file.path).0).warnings
        #expect(warnings.map(\.line) == [2, 3, 4, 5, 5, 6, 7])
        #expect(warnings.map(\.column) == ["labor_count", "employed_months", "employed_months", "out_of_province_count",
                                           "public_welfare_jobs", "monitored_since", "monitored_since"])
        #expect(warnings.map(\.message.en) == [
            "labor_count 9 is greater than household_size 1",
            "employed_months 40 with employed_count 0: the months are those of the household's workers",
            "employed_months 40 is more than 12 months for each of the 3 workers",
            "out_of_province_count 3 is greater than employed_count 1 (they are among the workers)",
            "public_welfare_jobs 2 is greater than employed_count 1 (they are among the workers)",
            "a monitoring object (marginal, 边缘易致贫户) has no monitored_since (纳入监测时间)",
            "monitored_since 2024-03 is after the record's year 2023",
        ])
    }
}
