import RuralStatCore
@testable import RuralStatData
import Testing

/// Dates as Excel on Chinese Windows and people write them, stored as `yyyymmdd`.
@Suite struct DateCellTests {
    @Test(arguments: [("2022-03", 20_220_301), ("2022-3", 20_220_301), ("2022-03-15", 20_220_315),
                      ("2024/2/29", 20_240_229), ("2000-12-31", 20_001_231), (" 2021-07 ", 20_210_701)])
    func datesAreStoredAsYearMonthDay(cell: String, expected: Int32) throws {
        let value = try Array(cell.utf8).withUnsafeBufferPointer { try ColumnSpec.ValueType.date.parse($0, required: false) }
        guard case .integer(let stored) = value else {
            Issue.record("\(cell): \(value)")
            return
        }
        #expect(stored == expected)
    }
}
