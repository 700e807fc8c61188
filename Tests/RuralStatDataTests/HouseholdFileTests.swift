import RuralStatCore
import RuralStatData
import RuralStatText
import Testing

@Suite struct HouseholdFileTests {
    static let required = "household_id,year,household_size,wage_income,operating_income,property_income,transfer_income,production_expense"

    /// Chinese headers in another order, an unknown column (备注), Chinese category labels, a
    /// quoted field with a comma, one with a line break, empty optional cells, CRLF.
    static let chinese = """
        年度,户编号,家庭人口数,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出,乡镇,行政村,户类型,劳动力人数,务工人数,备注\r
        2021,H1,4,20000,5000.5,0,1200,3000,城关镇,"李家庄,二组",脱贫户,2,1,无\r
        2022,H1,4,22000,-500,100,1300,2500,城关镇,"李家庄,二组",边缘易致贫户,2,,"说明\r
        第二行"\r
        2022,H2,3,0,0,0,8000,0,石门乡,,,1,0,\r

        """

    @Test func readsChineseHeadersLabelsAndEmptyCells() throws {
        let file = try TemporaryFile(Self.chinese)
        let (panel, report) = try HouseholdFile.read(path: file.path)
        #expect(panel.count == 3)
        #expect(panel.line == [2, 3, 5])  // the third record starts after the two-line quoted cell
        #expect(panel.householdID.dictionary == ["H1", "H2"])
        #expect(panel.householdID.codes == [0, 0, 1])
        #expect(panel.year == [2021, 2022, 2022])
        #expect(panel.operatingIncome == [5000.5, -500, 0])
        #expect(panel.township?.dictionary == ["城关镇", "石门乡"])
        #expect(panel.village?.dictionary == ["李家庄,二组"])
        #expect(panel.village?.codes == [0, 0, TextColumn.missing])
        #expect(panel.category == [HouseholdCategory.alleviated.rawValue, HouseholdCategory.marginal.rawValue, Missing.code])
        #expect(panel.employedCount == [1, Missing.integer, 0])
        #expect(panel.county == nil)
        #expect(report.rows == 3 && report.accepted == 3 && report.rejected.isEmpty)
        #expect(report.notes.map(\.en) == ["column '备注' is not used and was ignored"])
        #expect(report.encoding == .utf8)
    }

    @Test func readsUTF8WithByteOrderMark() throws {
        let file = try TemporaryFile([0xEF, 0xBB, 0xBF] + Array("\(Self.required)\nH1,2021,3,1,2,3,4,5\n".utf8))
        let (panel, _) = try HouseholdFile.read(path: file.path)
        #expect(panel.householdID.dictionary == ["H1"])
        #expect(panel.productionExpense == [5])
    }

    /// `"户编号,年度,家庭人口数,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出,乡镇,户类型\r\n
    /// H1,2021,3,1000,200,0,300,100,城关镇,边缘易致贫户\r\n".encode("gb18030")` in Python.
    static let gb18030: [UInt8] = [
        0xBB, 0xA7, 0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xC4, 0xEA, 0xB6, 0xC8, 0x2C, 0xBC, 0xD2, 0xCD, 0xA5, 0xC8, 0xCB,
        0xBF, 0xDA, 0xCA, 0xFD, 0x2C, 0xB9, 0xA4, 0xD7, 0xCA, 0xD0, 0xD4, 0xCA, 0xD5, 0xC8, 0xEB, 0x2C, 0xC9, 0xFA,
        0xB2, 0xFA, 0xBE, 0xAD, 0xD3, 0xAA, 0xD0, 0xD4, 0xCA, 0xD5, 0xC8, 0xEB, 0x2C, 0xB2, 0xC6, 0xB2, 0xFA, 0xD0,
        0xD4, 0xCA, 0xD5, 0xC8, 0xEB, 0x2C, 0xD7, 0xAA, 0xD2, 0xC6, 0xD0, 0xD4, 0xCA, 0xD5, 0xC8, 0xEB, 0x2C, 0xC9,
        0xFA, 0xB2, 0xFA, 0xBE, 0xAD, 0xD3, 0xAA, 0xD0, 0xD4, 0xD6, 0xA7, 0xB3, 0xF6, 0x2C, 0xCF, 0xE7, 0xD5, 0xF2,
        0x2C, 0xBB, 0xA7, 0xC0, 0xE0, 0xD0, 0xCD, 0x0D, 0x0A, 0x48, 0x31, 0x2C, 0x32, 0x30, 0x32, 0x31, 0x2C, 0x33,
        0x2C, 0x31, 0x30, 0x30, 0x30, 0x2C, 0x32, 0x30, 0x30, 0x2C, 0x30, 0x2C, 0x33, 0x30, 0x30, 0x2C, 0x31, 0x30,
        0x30, 0x2C, 0xB3, 0xC7, 0xB9, 0xD8, 0xD5, 0xF2, 0x2C, 0xB1, 0xDF, 0xD4, 0xB5, 0xD2, 0xD7, 0xD6, 0xC2, 0xC6,
        0xB6, 0xBB, 0xA7, 0x0D, 0x0A,
    ]

    @Test(arguments: [nil, TextEncoding.gb18030])
    func readsGB18030DetectedOrNamed(encoding: TextEncoding?) throws {
        let file = try TemporaryFile(Self.gb18030)
        let (panel, report) = try HouseholdFile.read(path: file.path, options: ReadOptions(encoding: encoding))
        #expect(report.encoding == .gb18030)
        #expect(panel.township?.dictionary == ["城关镇"])
        #expect(panel.category == [HouseholdCategory.marginal.rawValue])
        #expect(panel.wageIncome == [1000])
    }

    /// One valid row (line 2), then a row (line 3) with one bad cell.
    static func errorOf(column: String, value: String) throws -> CellError? {
        let header = Self.required + ",category,labor_count,employed_months,weight,education_ok,monitored_since"
        var cells = ["H2", "2022", "3", "100", "-50", "0", "10", "5", "marginal", "1", "6", "1.5", "是", "2022-03-15"]
        let names = header.split(separator: ",").map(String.init)
        cells[names.firstIndex(of: column)!] = value
        let text = "\(header)\nH1,2021,3,100,-50,0,10,5,unstable,1,6,1,1,2021-07\n" + cells.joined(separator: ",") + "\n"
        let file = try TemporaryFile(text)
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: file.path) }
        guard case .invalidData(_, let errors, let total) = error else { return nil }
        #expect(total == 1)
        #expect(error?.exitCode == 65)
        return errors.first
    }

    @Test(arguments: [
        ("household_id", "", "must not be empty"),
        ("year", "1999", "must be a whole number from 2000 to 2100"),
        ("year", "2021.5", "is not a whole number"),
        ("household_size", "0", "must be a whole number of at least 1"),
        ("household_size", "", "must not be empty"),
        ("wage_income", "-1", "must be at least 0"),
        ("wage_income", "12 500", "is not a number"),
        ("production_expense", "abc", "is not a number"),
        ("labor_count", "-1", "must be a whole number of at least 0"),
        ("employed_months", "-0.5", "must be at least 0"),
        ("weight", "0", "must be greater than 0"),
        ("education_ok", "maybe", "is not a yes/no value (1/0, true/false, 是/否, 达标/未达标)"),
        ("monitored_since", "2022-13", "is not a date (YYYY-MM or YYYY-MM-DD)"),
        ("monitored_since", "2023-02-29", "is not a date (YYYY-MM or YYYY-MM-DD)"),
        ("monitored_since", "2022", "is not a date (YYYY-MM or YYYY-MM-DD)"),
        ("monitored_since", "2022-03-", "is not a date (YYYY-MM or YYYY-MM-DD)"),
        ("monitored_since", "2022--03", "is not a date (YYYY-MM or YYYY-MM-DD)"),
        ("monitored_since", "20220-03", "is not a date (YYYY-MM or YYYY-MM-DD)"),
        ("monitored_since", "2022-03-15-01", "is not a date (YYYY-MM or YYYY-MM-DD)"),
        ("monitored_since", "2022.03", "is not a date (YYYY-MM or YYYY-MM-DD)"),
        ("category", "poor", "is not a household category (alleviated, unstable, marginal, sudden_hardship, general "
            + "or 脱贫户, 脱贫不稳定户, 边缘易致贫户, 突发严重困难户, 一般农户)"),
    ])
    func everyRuleNamesFileLineColumnAndValue(column: String, value: String, message: String) throws {
        let error = try Self.errorOf(column: column, value: value)
        #expect(error?.line == 3)
        #expect(error?.column == column)
        #expect(error?.value == value)
        #expect(error?.message.en == message)
        #expect(error?.description.hasSuffix(":3: column '\(column)': value '\(value)': \(message)") == true)
    }

    @Test(arguments: [("operating_income", "-5000"), ("education_ok", "未达标"), ("education_ok", "TRUE"),
                      ("monitored_since", "2024/2/29"), ("monitored_since", "2022-3"), ("monitored_since", "2000-12-31"),
                      ("category", "Sudden_Hardship"), ("wage_income", " 12.5 ")])
    func acceptsWhatTheSpecAllows(column: String, value: String) throws {
        let header = Self.required + ",\(column)"
        var cells = ["H1", "2022", "3", "100", "-50", "0", "10", "5", value]
        if column == "operating_income" || column == "wage_income" {
            cells.removeLast()
            cells[header.split(separator: ",").firstIndex(of: Substring(column))!] = value
            let file = try TemporaryFile(Self.required + "\n" + cells.joined(separator: ",") + "\n")
            #expect(throws: Never.self) { try HouseholdFile.read(path: file.path) }
            return
        }
        let file = try TemporaryFile(header + "\n" + cells.joined(separator: ",") + "\n")
        #expect(throws: Never.self) { try HouseholdFile.read(path: file.path) }
    }

    @Test func aMissingRequiredColumnIsNamed() throws {
        let file = try TemporaryFile("household_id,year,household_size,wage_income\nH1,2021,3,1\n")
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: file.path) }
        guard case .invalidData(_, let errors, _) = error else { return #expect(Bool(false)) }
        // Four required columns are missing: operating, property, transfer income and production expense.
        #expect(errors.map(\.column) == ["operating_income", "property_income", "transfer_income", "production_expense", ""])
        #expect(errors.dropLast().allSatisfy { $0.line == 1 && $0.message.en.hasPrefix("required column is missing") })
        // Then the header that was found; no cause can be told for this one.
        #expect(errors.last?.message.en == "the header found is: 'household_id', 'year', 'household_size', 'wage_income'")
        #expect(errors.allSatisfy { $0.concernsFile })
    }

    @Test func aDuplicateHouseholdYearNamesBothLines() throws {
        let file = try TemporaryFile("\(Self.required)\nH1,2021,3,1,1,1,1,1\nH2,2021,3,1,1,1,1,1\nH1,2021,4,2,2,2,2,2\n")
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: file.path) }
        guard case .invalidData(_, let errors, _) = error else { return #expect(Bool(false)) }
        #expect(errors.map(\.line) == [4])
        #expect(errors.first?.message.en == "duplicate (household_id, year) = (H1, 2021): the same pair is on line 2")
    }

    @Test func aRowWithTheWrongNumberOfFieldsIsAnError() throws {
        let file = try TemporaryFile("\(Self.required)\nH1,2021,3\n")
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: file.path) }
        guard case .invalidData(_, let errors, _) = error else { return #expect(Bool(false)) }
        #expect(errors.first?.line == 2)
        #expect(errors.first?.message.en == "has 3 fields; the header has 8")
    }

    @Test func errorsBeyondTheLimitAreCounted() throws {
        let rows = (0..<5).map { "H\($0),1999,3,1,1,1,1,1" }.joined(separator: "\n")
        let file = try TemporaryFile("\(Self.required)\n\(rows)\n")
        let error = #expect(throws: InputError.self) {
            try HouseholdFile.read(path: file.path, options: ReadOptions(errorLimit: 2))
        }
        guard case .invalidData(_, let errors, let total) = error else { return #expect(Bool(false)) }
        #expect(errors.map(\.line) == [2, 3])
        #expect(total == 5)
        #expect(error?.description.hasSuffix("3 more errors (5 in all)") == true)
    }

    @Test func skipKeepsGoodRowsAndAccountsForEveryRow() throws {
        // Lines 3 (bad year) and 5 (duplicate of line 2, also a bad size) are rejected.
        let text = "\(Self.required)\nH1,2021,3,1,1,1,1,1\nH2,20x1,3,1,1,1,1,1\nH3,2021,2,1,1,1,1,1\nH1,2021,0,1,1,1,1,1\n"
        let file = try TemporaryFile(text)
        let (panel, report) = try HouseholdFile.read(path: file.path, options: ReadOptions(onError: .skip))
        #expect(panel.line == [2, 4])
        #expect(panel.householdID.dictionary == ["H1", "H3"])  // H2 never entered the dictionary
        #expect(report.rows == 4 && report.accepted == 2 && report.rejected.count == 2)
        #expect(report.summary == "read 4 rows: 2 accepted, 2 rejected")
        #expect(report.rejected.map(\.line) == [3, 5])
        #expect(report.rejected[0].fields == ["H2", "20x1", "3", "1", "1", "1", "1", "1"])
        #expect(report.rejected[0].reasons == ["column 'year': value '20x1': is not a whole number"])
        #expect(report.rejected[1].reasons == ["column 'household_size': value '0': must be a whole number of at least 1"])
        #expect(String(decoding: report.rejectsCSV(), as: UTF8.self) == """
            line,\(Self.required),reason
            3,H2,20x1,3,1,1,1,1,1,column 'year': value '20x1': is not a whole number
            5,H1,2021,0,1,1,1,1,1,column 'household_size': value '0': must be a whole number of at least 1

            """)
    }

    @Test func aMissingFileIsUnreadable() {
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: "/nonexistent/households.csv") }
        #expect(error?.exitCode == 64)
        #expect(error?.description == "cannot read /nonexistent/households.csv: No such file or directory")
    }

    @Test func anEmptyFileHasNoHeader() throws {
        let file = try TemporaryFile("\n\n")
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: file.path) }
        #expect(error?.description.hasSuffix(":1: the file is empty: no header line") == true)
    }

    @Test func bytesThatAreNotUTF8AreReportedInTheirCell() throws {
        // 0xFF never occurs in UTF-8; with the header in ASCII the file is taken as UTF-8.
        let file = try TemporaryFile(Array("\(Self.required),township\nH1,2021,3,1,1,1,1,1,".utf8) + [0xFF, 0x0A])
        let error = #expect(throws: InputError.self) {
            try HouseholdFile.read(path: file.path, options: ReadOptions(encoding: .utf8))
        }
        guard case .invalidData(_, let errors, _) = error else { return #expect(Bool(false)) }
        #expect(errors.first?.column == "township")
        #expect(errors.first?.message.en == "is not UTF-8 text; if the file is GB18030, say --encoding gb18030")
    }
}
