import RuralStatCore
import RuralStatData
import Testing

@Suite struct CSVScannerTests {
    /// Scans `text` whole and returns each record's fields and starting line.
    static func scan(_ text: String) throws -> [(fields: [String], line: Int)] {
        var bytes = Array(text.utf8)
        var scanner = CSVScanner()
        var records: [(fields: [String], line: Int)] = []
        _ = try bytes.withUnsafeMutableBufferPointer { buffer in
            try scanner.scan(buffer, from: 0, to: buffer.count, isFinal: true) { records.append(($0.strings, $0.line)) }
        }
        return records
    }

    @Test(arguments: [
        // RFC 4180 §2.1–2.2: records end with CRLF; the last may not.
        ("a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
        ("a,b\r\nc,d", [["a", "b"], ["c", "d"]]),
        ("a,b\nc,d\n", [["a", "b"], ["c", "d"]]),
        // §2.4: spaces are part of a field.
        (" a ,b", [[" a ", "b"]]),
        // §2.5–2.7: quoted fields with commas, line breaks and doubled quotes.
        ("\"a,b\",c", [["a,b", "c"]]),
        ("\"line 1\nline 2\",x", [["line 1\nline 2", "x"]]),
        ("\"say \"\"hi\"\"\",x", [["say \"hi\"", "x"]]),
        ("\"\",x", [["", "x"]]),
        // Empty fields, including a trailing one.
        ("a,,c,", [["a", "", "c", ""]]),
        // Blank lines are skipped.
        ("a\n\n\nb\n", [["a"], ["b"]]),
        // Lenient: a quote inside an unquoted field is text.
        ("ab\"c,d", [["ab\"c", "d"]]),
        // A lone CR ends a record too.
        ("a\rb", [["a"], ["b"]]),
        // Chinese text passes through as bytes.
        ("乡镇,村\n城关镇,\"李家庄,二组\"", [["乡镇", "村"], ["城关镇", "李家庄,二组"]]),
        // Records of eight bytes or more, whose separators are found a word at a time; a quote
        // or a CR after the first word sends the record to the byte loop from its start.
        ("household,year,size\nH0000001,2020,4\nH0000002,2021,3\n",
         [["household", "year", "size"], ["H0000001", "2020", "4"], ["H0000002", "2021", "3"]]),
        ("abcdefghij,\"k,l\",m\nn,o\n", [["abcdefghij", "k,l", "m"], ["n", "o"]]),
        ("abcdefgh,ijklmnop\r\nqrstuvwx,yz\r\n", [["abcdefgh", "ijklmnop"], ["qrstuvwx", "yz"]]),
        ("abcdefgh,1\n\n\nijklmnop,2\n", [["abcdefgh", "1"], ["ijklmnop", "2"]]),
        // 101 empty fields: more than the 64 the field bounds start with.
        (String(repeating: ",", count: 100) + "\nabcdefgh\n", [[String](repeating: "", count: 101), ["abcdefgh"]]),
    ])
    func rfc4180(text: String, expected: [[String]]) throws {
        #expect(try Self.scan(text).map(\.fields) == expected)
    }

    @Test func linesCountBreaksInsideQuotes() throws {
        // Line 1: header; the record on line 2 spans lines 2–3 (CRLF inside quotes); the next starts on 4.
        let records = try Self.scan("h1,h2\r\n\"x\r\ny\",1\r\nz,2\r\n")
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func unterminatedQuoteNamesItsLine() {
        let error = #expect(throws: CSVScanner.UnterminatedQuote.self) { try Self.scan("a,b\n\"open,1\n2\n") }
        #expect(error?.line == 2)
    }

    @Test func aRecordCutByTheBlockIsLeftForTheNextCall() throws {
        var bytes = Array("a,b\nc,\"d\ne\"".utf8)
        var scanner = CSVScanner()
        var records: [[String]] = []
        let consumed = try bytes.withUnsafeMutableBufferPointer { buffer in
            try scanner.scan(buffer, from: 0, to: buffer.count, isFinal: false) { records.append($0.strings) }
        }
        #expect(records == [["a", "b"]])
        #expect(consumed == 4)  // "a,b\n"
        #expect(scanner.line == 2)
    }
}
