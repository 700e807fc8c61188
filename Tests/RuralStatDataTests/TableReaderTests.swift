import RuralStatCore
@testable import RuralStatData
import Synchronization
import RuralStatText
import Testing

/// Reading in two parts on two threads gives what reading in one part gives.
@Suite struct TableReaderTests {
    /// 400 rows, some with quoted cells spanning two lines, one with CRLF, and a duplicate of
    /// an early row near the end (so across the halves).
    static func fixture(duplicate: Bool) -> String {
        var text = HouseholdFileTests.required + ",village\n"
        for row in 0..<400 {
            let village = row % 7 == 0 ? "\"村\n\(row % 5)组\"" : "村\(row % 3)"
            text += "H\(row / 4),\(2020 + row % 4),\(1 + row % 6),\(row).5,\(-row),0,1,2,\(village)\(row == 200 ? "\r\n" : "\n")"
        }
        if duplicate { text += "H3,2021,3,1,1,1,1,1,x\n" }
        return text
    }

    static func read(_ path: String, options: ReadOptions, parallelAbove: Int) throws(InputError)
        -> (columns: [ColumnData?], line: [Int32], report: ReadReport) {
        try TableReader.read(path: path, schema: FileSchema.households, options: options,
                             uniqueKey: .init(text: "household_id", year: "year"), parallelAbove: parallelAbove)
    }

    @Test func twoPartsEqualOne() throws {
        let file = try TemporaryFile(Self.fixture(duplicate: false))
        let one = try Self.read(file.path, options: ReadOptions(), parallelAbove: .max)
        let two = try Self.read(file.path, options: ReadOptions(), parallelAbove: 0)
        #expect(two.line == one.line)
        #expect(one.line.count == 400)
        // Row 0 takes lines 2–3, rows 1–6 lines 4–9, row 7 lines 10–11, row 8 line 12.
        #expect(one.line[7] == 10 && one.line[8] == 12)
        for (a, b) in zip(one.columns, two.columns) {
            switch (a, b) {
            case (.text(let x)?, .text(let y)?): #expect(x.dictionary[...] == y.dictionary[...] && x.codes == y.codes)
            case (.integer(let x)?, .integer(let y)?): #expect(x == y)
            case (.number(let x)?, .number(let y)?): #expect(x == y)
            case (.code(let x)?, .code(let y)?): #expect(x == y)
            case (nil, nil): break
            default: Issue.record("columns differ in kind")
            }
        }
    }

    @Test func aDuplicateAcrossThePartsIsFound() throws {
        let file = try TemporaryFile(Self.fixture(duplicate: true))
        let error = #expect(throws: InputError.self) { try Self.read(file.path, options: ReadOptions(), parallelAbove: 0) }
        guard case .invalidData(_, let errors, _) = error else { return #expect(Bool(false)) }
        // H3 2021 is row 13 (H13/4 = 3, 2020 + 13 % 4 = 2021): line 2 + 13 + 2 (rows 0 and 7 span two lines) = 17.
        // The duplicate is the last line: 1 header + 400 rows + 58 extra lines of the 58 two-line rows = 459, then 460.
        #expect(errors.map(\.line) == [460])
        #expect(errors.first?.message.en == "duplicate (household_id, year) = (H3, 2021): the same pair is on line 17")
    }

    @Test func skippingADuplicateAcrossThePartsRereadsInOnePart() throws {
        let file = try TemporaryFile(Self.fixture(duplicate: true))
        let two = try Self.read(file.path, options: ReadOptions(onError: .skip), parallelAbove: 0)
        #expect(two.report.rows == 401 && two.report.accepted == 400)
        #expect(two.report.rejected.map(\.line) == [460])
        #expect(two.report.rejected.first?.fields == ["H3", "2021", "3", "1", "1", "1", "1", "1", "x"])
    }

    @Test func aBadRowInTheSecondPartNamesItsLine() throws {
        // The last row (line 460, as above) has a household size of 0, outside 1–50.
        let file = try TemporaryFile(Self.fixture(duplicate: false) + "H999,2020,0,1,1,1,1,1,x\n")
        let error = #expect(throws: InputError.self) { try Self.read(file.path, options: ReadOptions(), parallelAbove: 0) }
        guard case .invalidData(_, let errors, _) = error else { return #expect(Bool(false)) }
        #expect(errors.map(\.line) == [460])
        #expect(errors.map(\.column) == ["household_size"])
        let skipped = try Self.read(file.path, options: ReadOptions(onError: .skip), parallelAbove: 0)
        #expect(skipped.report.rejected.map(\.line) == [460])
        // Row 399 (399 = 7 · 57) spans two lines, 458–459: the last accepted row starts on 458.
        #expect(skipped.line.last == 458)
    }

    @Test func aCutInsideAQuotedCellFallsBackToOnePart() throws {
        // Row H0's village spans lines 2–101 (99 line feeds inside quotes), most of the file:
        // the line feed after the middle is inside it, so the first part ends in an open quote.
        let village = "\"" + String(repeating: "a\n", count: 99) + "b\""
        let file = try TemporaryFile(HouseholdFileTests.required + ",village\nH0,2020,1,1,1,1,1,1,\(village)\n"
                                     + "H1,2020,1,1,1,1,1,1,c\n")
        let two = try Self.read(file.path, options: ReadOptions(), parallelAbove: 0)
        #expect(two.line == [2, 102])
    }

    /// ``ReadOptions/progress`` hears of every ``ReadOptions/progressInterval`` records, from
    /// one part or from both, and of nothing else: 3 × 65,536 + 100 rows give three calls of
    /// 65,536 (the last 100 are not reported: the summary line says the total).
    @Test(arguments: [Int.max, 1 << 10])
    func progressCountsTheRecordsRead(parallelAbove: Int) throws {
        let rows = 3 * ReadOptions.progressInterval + 100
        var text = HouseholdFileTests.required + "\n"
        for row in 0..<rows { text += "H\(row),2022,1,1,1,1,1,1\n" }
        let file = try TemporaryFile(text)
        let calls = Mutex<[Int]>([])
        var options = ReadOptions()
        options.progress = { count in calls.withLock { $0.append(count) } }
        let read = try Self.read(file.path, options: options, parallelAbove: parallelAbove)
        #expect(read.line.count == rows)
        let counts = calls.withLock { $0 }
        // Two parts each report their own whole intervals: 2 × 1 of about 1.5 intervals each,
        // or 3 from one part.
        #expect(counts.allSatisfy { $0 == ReadOptions.progressInterval })
        #expect(counts.count == (parallelAbove == Int.max ? 3 : 2))
    }
}
