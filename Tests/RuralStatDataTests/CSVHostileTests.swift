import Foundation
@testable import RuralStatData
import RuralStatText
import Testing

/// The hostile CSV inputs of issue 14, each fed as the same bytes.
@Suite struct CSVHostileTests {
    static let required = HouseholdFileTests.required

    static func errors(_ path: String, options: ReadOptions = ReadOptions()) -> [CellError] {
        let error = #expect(throws: InputError.self) { try HouseholdFile.read(path: path, options: options) }
        #expect(error?.exitCode == 65)
        guard case .invalidData(_, let errors, _) = error else { return [] }
        return errors
    }

    @Test func aRecordOverTheLimitStopsTheReadingAtItsLine() throws {
        // A quoted id of 5 MiB on line 3 (the issue's 200 MB field, scaled down).
        let field = String(repeating: "x", count: 5 << 20)
        let file = try TemporaryFile("\(Self.required)\nH1,2022,3,1,1,1,1,1\n\"\(field)\",2022,3,1,1,1,1,1\n")
        let errors = Self.errors(file.path)
        #expect(errors.map(\.line) == [3])
        #expect(errors.first?.message.en == "the record starting on this line is longer than 4 MiB, the limit (is a quote not closed?)")
    }

    @Test func aFieldOverTheLimitRejectsItsRowWithAShortenedValue() throws {
        // 200 KiB of id: over the 128 KiB cell limit, under the record limit.
        let field = String(repeating: "y", count: 200 << 10)
        let file = try TemporaryFile("\(Self.required)\nH1,2022,3,1,1,1,1,1\n\(field),2022,3,1,1,1,1,1\n")
        let (panel, report) = try HouseholdFile.read(path: file.path, options: ReadOptions(onError: .skip))
        #expect(panel.count == 1 && report.rejected.map(\.line) == [3])
        #expect(report.rejected.first?.reasons == [
            "column 'household_id': value '\(String(repeating: "y", count: 200))… (204800 bytes)': "
                + "is longer than 131072 bytes, the limit for a cell"])
    }

    @Test func aHeaderOverTheLimitIsReportedAsSuch() throws {
        let header = Self.required + "," + (0..<7000).map { "extra\($0)" }.joined(separator: ",")
        #expect(header.utf8.count > 65_536)
        let file = try TemporaryFile("\(header)\nH1,2022\n")
        let errors = Self.errors(file.path)
        #expect(errors.map(\.line) == [1])
        #expect(errors.first?.message.en == "the header line is longer than 65536 bytes, the limit")
    }

    @Test func aHeaderOverTheColumnLimitIsRefused() throws {
        let header = Self.required + String(repeating: ",", count: 16_400)
        let file = try TemporaryFile("\(header)\nH1,2022\n")
        #expect(Self.errors(file.path).first?.message.en == "the header has 16408 columns; at most 16384 are read")
    }

    @Test func aNULByteInTextRejectsItsRow() throws {
        let file = try TemporaryFile(Array("\(Self.required)\nH".utf8) + [0] + Array("1,2022,3,1,1,1,1,1\n".utf8))
        let errors = Self.errors(file.path)
        #expect(errors.map(\.line) == [2])
        #expect(errors.first?.column == "household_id")
        #expect(errors.first?.message.en == "holds a NUL byte, which text cannot hold")
    }

    @Test(arguments: ["1e309", "-1e309", String(repeating: "9", count: 400), "1e308", "1000000000000000.5", "nan", "inf"])
    func aNumberPastTheMagnitudeLimitRejectsItsRow(value: String) throws {
        let file = try TemporaryFile("\(Self.required)\nH1,2022,3,1,\(value),1,1,1\nH2,2022,3,1,-1e15,1,1,1\n")
        let (panel, report) = try HouseholdFile.read(path: file.path, options: ReadOptions(onError: .skip))
        #expect(panel.operatingIncome == [-1e15])
        #expect(report.rejected.map(\.line) == [2])
        let reason = report.rejected.first?.reasons.first ?? ""
        #expect(reason.hasSuffix("is not a number within ±1e15, the largest amount accepted") || reason.hasSuffix("is not a number"),
                "\(reason)")
    }

    /// 6,000 GB18030 rows (Chinese villages), line 5002 with a lead byte 0x81 followed by a
    /// comma, which no GB18030 character has.
    static func gb18030File() throws -> TemporaryFile {
        var bytes = Array((Self.required + ",village\n").utf8)
        let village = try Transcoder.gb18030(fromUTF8: Array("李家庄".utf8))
        for row in 2...6001 {
            bytes += Array("H\(row),2022,3,1,1,1,1,1,".utf8)
            bytes += row == 5002 ? [0x81] + Array(",".utf8) : village
            bytes += Array("\n".utf8)
        }
        return try TemporaryFile(bytes)
    }

    @Test func aBadGB18030ByteNamesItsLineColumnAndValue() throws {
        let file = try Self.gb18030File()
        let errors = Self.errors(file.path, options: ReadOptions(encoding: .gb18030))
        // The stray byte ends the village field and the comma opens a tenth field.
        #expect(errors.map(\.line) == [5002])
        #expect(errors.first?.message.en == "has 10 fields; the header has 9")
    }

    @Test func aBadGB18030ByteInACellRejectsThatRowAlone() throws {
        var bytes = Array((Self.required + ",village\n").utf8)
        for row in 2...5001 { bytes += Array("H\(row),2022,3,1,1,1,1,1,v\n".utf8) }
        bytes += Array("H5002,2022,3,1,1,1,1,1,v".utf8) + [0x81, 0x20] + Array("x\nH5003,2022,3,1,1,1,1,1,v\n".utf8)
        let file = try TemporaryFile(bytes)
        let (panel, report) = try HouseholdFile.read(path: file.path, options: ReadOptions(encoding: .gb18030, onError: .skip))
        #expect(panel.count == 5001 && report.rows == 5002)
        #expect(report.rejected.map(\.line) == [5002])
        #expect(report.rejected.first?.reasons == [
            "column 'village': value 'v\u{FFFD}\u{FFFD} x': holds byte 0x81, which is not GB18030 here; is the file in another encoding?"])
        let stop = Self.errors(file.path, options: ReadOptions(encoding: .gb18030))
        #expect(stop.map(\.line) == [5002] && stop.map(\.column) == ["village"])
    }

    /// The two-part reader and the serial one word every duplicate alike: the id trimmed, the
    /// year as a number, and the line of the first accepted row, even when the second part
    /// repeats a key twice (its own first copy is itself a duplicate).
    @Test func duplicateMessagesAreTheSameInOneOrTwoParts() throws {
        var text = Self.required + "\n"
        for row in 0..<300 { text += "H\(row),2022,3,1,1,1,1,1\n" }
        text += " H7 ,+2022,3,1,1,1,1,1\nH7,2022,3,1,1,1,1,1\n"
        let file = try TemporaryFile(text)
        let read = { (parallelAbove: Int, onError: ReadOptions.ErrorPolicy) throws(InputError) in
            try TableReaderTests.read(file.path, options: ReadOptions(onError: onError), parallelAbove: parallelAbove)
        }
        let serial = #expect(throws: InputError.self) { try read(.max, .stop) }
        let parts = #expect(throws: InputError.self) { try read(0, .stop) }
        #expect(serial?.description == parts?.description)
        guard case .invalidData(_, let errors, _) = serial else { return #expect(Bool(false)) }
        #expect(errors.map(\.message.en) == Array(repeating: "duplicate (household_id, year) = (H7, 2022): the same pair is on line 9", count: 2))
        let skippedSerial = try read(.max, .skip), skippedParts = try read(0, .skip)
        #expect(skippedSerial.report.rejected == skippedParts.report.rejected)
        #expect(skippedParts.report.rejected.map(\.line) == [302, 303])
    }

    @Test func manyRejectedRowsAreKeptCompactlyAndAllWritten() throws {
        var text = Self.required + "\n"
        for _ in 0..<20_000 { text += "H1,2022,3,1,1,1,1,1\n" }
        let file = try TemporaryFile(text)
        let (_, report) = try HouseholdFile.read(path: file.path, options: ReadOptions(onError: .skip))
        #expect(report.accepted == 1 && report.rejected.count == 19_999)
        #expect(report.rejected.last == ReadReport.RejectedRow(
            line: 20_001, fields: ["H1", "2022", "3", "1", "1", "1", "1", "1"],
            reasons: ["column 'household_id': value 'H1': duplicate (household_id, year) = (H1, 2022): the same pair is on line 2"]))
        let csv = String(decoding: report.rejectsCSV(), as: UTF8.self)
        #expect(csv.split(separator: "\n").count == 20_000)
    }
}
