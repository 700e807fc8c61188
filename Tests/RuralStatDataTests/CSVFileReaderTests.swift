import RuralStatCore
import RuralStatData
import RuralStatText
import Testing

@Suite struct CSVFileReaderTests {
    static func records(_ bytes: [UInt8], blockSize: Int, encoding: TextEncoding? = nil) throws -> [[String]] {
        let file = try TemporaryFile(bytes)
        var reader = CSVFileReader(path: file.path)
        reader.blockSize = blockSize
        var records: [[String]] = []
        _ = try reader.forEachRecord(encoding: encoding) { records.append($0.strings) }
        return records
    }

    /// Tiny blocks cut records, quoted cells and (in GB18030) two-byte characters in the middle.
    @Test(arguments: [1, 2, 3, 5, 7, 64])
    func blocksOfAnySizeGiveTheSameRecords(blockSize: Int) throws {
        let text = "户编号,村\r\nH1,\"李家庄,\n二组\"\r\nH2,河西村\r\n"
        let expected = [["户编号", "村"], ["H1", "李家庄,\n二组"], ["H2", "河西村"]]
        #expect(try Self.records(Array(text.utf8), blockSize: blockSize) == expected)
        #expect(try Self.records([0xEF, 0xBB, 0xBF] + Array(text.utf8), blockSize: blockSize) == expected)
        // "户编号,乡镇" in GB18030 (Python: "户编号,乡镇".encode("gb18030")), then "\nH1,x".
        let gb: [UInt8] = [0xBB, 0xA7, 0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xCF, 0xE7, 0xD5, 0xF2, 0x0A, 0x48, 0x31, 0x2C, 0x78]
        #expect(try Self.records(gb, blockSize: blockSize, encoding: .gb18030) == [["户编号", "乡镇"], ["H1", "x"]])
    }

    @Test func lineStartIsAfterTheNextLineFeed() throws {
        // Bytes: "a,b\n" (0–3), "\"x\ny\",1\n" (4–11), "c,2\n" (12–15). From offset 5 the next
        // line feed is byte 6 (inside quotes: the reader of the part before finds that out), so
        // the line starts at 7; from 12 it is byte 15, the last, so no line starts after it.
        let file = try TemporaryFile("a,b\n\"x\ny\",1\nc,2\n")
        #expect(try CSVFileReader(path: file.path).lineStart(after: 5) == 7)
        #expect(try CSVFileReader(path: file.path).lineStart(after: 0) == 4)
        #expect(try CSVFileReader(path: file.path).lineStart(after: 12) == nil)
    }

    @Test func aPartEndingInsideQuotesIsNotARecordBoundary() throws {
        // The part 0..<7 ends inside the quoted field "x\ny": the reader says so with nil; the
        // part 0..<12 ends after line 3, so the next line is 4.
        let file = try TemporaryFile("a,b\n\"x\ny\",1\nc,2\n")
        let reader = CSVFileReader(path: file.path)
        #expect(try reader.forEachRecord(in: 0..<7, firstLine: 1, encoding: .utf8) { _ in } == nil)
        #expect(try reader.forEachRecord(in: 0..<12, firstLine: 1, encoding: .utf8) { _ in } == 4)
    }

    @Test func anUnterminatedQuoteIsBadData() throws {
        let file = try TemporaryFile("a,b\n\"x,1\n")
        let error = #expect(throws: InputError.self) {
            _ = try CSVFileReader(path: file.path).forEachRecord(encoding: nil) { _ in }
        }
        #expect(error?.exitCode == 65)
        #expect(error?.description.hasSuffix(":2: a quoted field that starts on line 2 has no closing quote") == true)
    }

    @Test func aDirectoryIsUnreadable() {
        let error = #expect(throws: InputError.self) {
            _ = try CSVFileReader(path: "/").forEachRecord(encoding: nil) { _ in }
        }
        #expect(error?.exitCode == 64)
    }
}
