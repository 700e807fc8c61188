import Foundation
import RuralStatCore
@testable import RuralStatData
import RuralStatText
import Testing

/// A reader told to store only some columns gives those columns as the whole read does, and
/// checks the others as strictly: the same errors, the same rejected rows.
@Suite struct StoredColumnsTests {
    static let header = HouseholdFileTests.required
        + ",county,township,village,category,labor_count,employed_months,medical_expense,education_ok,weight,monitored_since"

    /// 300 rows of every kind of column, some quoted across two lines; `bad` replaces the
    /// cells of row 150 (line 152 and on: rows 0, 50 and 100 span two lines, so line 155).
    static func fixture(bad: [(column: String, value: String)] = []) -> String {
        var text = header + "\n"
        let names = header.split(separator: ",").map(String.init)
        for row in 0..<300 {
            var cells = [
                "H\(row / 3)", "\(2020 + row % 3)", "\(1 + row % 5)", "\(row).5", "\(-row)", "0", "1", "2",
                "县\(row % 2)", "镇\(row % 4)", row % 50 == 0 ? "\"村\n\(row % 3)组\"" : "村\(row % 6)",
                ["alleviated", "脱贫不稳定户", "marginal", ""][row % 4], "\(row % 4)", "\(Double(row % 13) / 2)",
                "\(row * 10)", ["1", "0", "是", ""][row % 4], row % 7 == 0 ? "2" : "1.5", row % 5 == 0 ? "2021-03" : "",
            ]
            if row == 150 {
                for (column, value) in bad { cells[names.firstIndex(of: column)!] = value }
            }
            text += cells.joined(separator: ",") + "\n"
        }
        return text
    }

    /// The columns `income` stores of this file: township, category and weight (and the required ones).
    static let kept: Set<HouseholdColumn> = [.township, .category, .weight]

    static func read(_ path: String, options: ReadOptions = ReadOptions(), storing: Set<HouseholdColumn>?,
                     parallelAbove: Int) throws(InputError) -> (columns: [ColumnData?], line: [Int32], report: ReadReport) {
        try TableReader.read(
            path: path, schema: FileSchema.households, options: options, uniqueKey: .init(text: "household_id", year: "year"),
            storing: storing.map { kept in
                Set(HouseholdColumn.allCases.filter { $0.isRequired || kept.contains($0) }.map(\.rawValue))
            },
            parallelAbove: parallelAbove)
    }

    @Test(arguments: [Int.max, 0])
    func aSubsetEqualsTheWholeOnTheKeptColumns(parallelAbove: Int) throws {
        let file = try TemporaryFile(Self.fixture())
        let whole = try Self.read(file.path, storing: nil, parallelAbove: parallelAbove)
        let subset = try Self.read(file.path, storing: Self.kept, parallelAbove: parallelAbove)
        #expect(subset.line == whole.line && whole.line.count == 300)
        #expect(subset.report.summary == whole.report.summary)
        for (index, column) in HouseholdColumn.allCases.enumerated() {
            if column.isRequired || Self.kept.contains(column) {
                #expect(subset.columns[index] != nil && subset.columns[index] == whole.columns[index], "\(column)")
            } else {
                #expect(subset.columns[index] == nil, "\(column) is stored")
            }
        }
    }

    @Test func thePanelHasOnlyTheColumnsAskedFor() throws {
        let file = try TemporaryFile(Self.fixture())
        let (whole, _) = try HouseholdFile.read(path: file.path)
        let (subset, _) = try HouseholdFile.read(path: file.path, columns: Self.kept)
        #expect(subset.columns == HouseholdColumn.allCases.filter { $0.isRequired || Self.kept.contains($0) })
        for column in subset.columns { #expect(subset[column] == whole[column], "\(column)") }
        #expect(whole.columns.count == 18)
    }

    /// A bad cell in every kind of column that is not stored: a negative number, a boolean
    /// that is not one, text with a NUL byte, a date that is not one, an integer with a
    /// fraction, a number that is not one.
    static let unstoredBad: [(column: String, value: String)] = [
        ("medical_expense", "-5"), ("education_ok", "maybe"), ("county", "县\u{0}"), ("monitored_since", "2021-13"),
        ("labor_count", "2.5"), ("employed_months", "x"),
    ]

    @Test(arguments: [Int.max, 0])
    func anErrorInAColumnNotStoredIsReportedAsWhenStored(parallelAbove: Int) throws {
        let file = try TemporaryFile(Self.fixture(bad: Self.unstoredBad))
        let wholeError = #expect(throws: InputError.self) { try Self.read(file.path, storing: nil, parallelAbove: parallelAbove) }
        let subsetError = #expect(throws: InputError.self) {
            try Self.read(file.path, storing: Self.kept, parallelAbove: parallelAbove)
        }
        guard case .invalidData(_, let whole, let total)? = wholeError,
              case .invalidData(_, let subset, let subsetTotal)? = subsetError else { return #expect(Bool(false)) }
        #expect(subset == whole && subsetTotal == total)
        #expect(whole.map(\.line) == Array(repeating: 155, count: 6))
        #expect(whole.map(\.column) == ["county", "labor_count", "employed_months", "medical_expense", "education_ok",
                                        "monitored_since"])

        let skippedWhole = try Self.read(file.path, options: ReadOptions(onError: .skip), storing: nil, parallelAbove: parallelAbove)
        let skipped = try Self.read(file.path, options: ReadOptions(onError: .skip), storing: Self.kept, parallelAbove: parallelAbove)
        #expect(skipped.report.rejected == skippedWhole.report.rejected)
        #expect(skipped.report.rejected.map(\.line) == [155])
        #expect(skipped.report.summary == "read 300 rows: 299 accepted, 1 rejected")
        #expect(skipped.line == skippedWhole.line)
        for (index, column) in HouseholdColumn.allCases.enumerated() where column.isRequired || Self.kept.contains(column) {
            #expect(skipped.columns[index] == skippedWhole.columns[index], "\(column)")
        }
    }

    @Test func aWorkersColumnNotStoredIsStillChecked() throws {
        let text = "person_id,household_id,year,months_employed,location,job_type,wage_income\n"
            + "P1,H1,2021,6,county,enterprise,1000\nP2,H1,2021,12,province,other,-3\n"
        let file = try TemporaryFile(text)
        let whole = #expect(throws: InputError.self) { try WorkerFile.read(path: file.path) }
        let subset = #expect(throws: InputError.self) { try WorkerFile.read(path: file.path, columns: ["location"]) }
        guard case .invalidData(_, let wholeErrors, _)? = whole, case .invalidData(_, let errors, _)? = subset else {
            return #expect(Bool(false))
        }
        #expect(errors == wholeErrors && errors.map(\.column) == ["wage_income"])
        let good = try TemporaryFile(text.replacingOccurrences(of: "-3", with: "3"))
        let (panel, _) = try WorkerFile.read(path: good.path, columns: ["location"])
        #expect(panel.location == [WorkLocation.county.rawValue, WorkLocation.province.rawValue])
        #expect(panel.jobType == nil && panel.wageIncome == nil && panel.monthsEmployed == [6, 12])
    }
}
