import RuralStatCore
import RuralStatData
import Testing
import RuralStatTestSupport

/// The scanner against a plain byte-at-a-time model of its rules, on random texts full of
/// quotes, commas and line breaks: the word-at-a-time paths must agree with the model on
/// every field and every line number.
@Suite struct CSVScannerModelTests {
    typealias Record = (fields: [[UInt8]], line: Int)

    /// The rules of ``CSVScanner``, one byte at a time: records end at LF, CRLF or a lone CR;
    /// a field starting with a quote is quoted (`""` is a quote; a quote otherwise closes it,
    /// and the text up to the next separator is kept, `""` there a quote and a single quote
    /// dropped); a quote
    /// elsewhere is text; a record of one empty unquoted field is skipped. `nil` for an
    /// unterminated quote.
    static func model(_ bytes: [UInt8]) -> [Record]? {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var records: [Record] = []
        var p = 0, line = 1
        func isBreak(_ i: Int) -> Bool { bytes[i] == lf || (bytes[i] == cr && !(i + 1 < bytes.count && bytes[i + 1] == lf)) }
        while p < bytes.count {
            let recordLine = line
            var fields: [[UInt8]] = [], quoted = false
            while true {
                var field: [UInt8] = []
                quoted = p < bytes.count && bytes[p] == quote
                if quoted {
                    p += 1
                    while true {
                        guard p < bytes.count else { return nil }
                        if bytes[p] == quote {
                            if p + 1 < bytes.count, bytes[p + 1] == quote {
                                field.append(quote)
                                p += 2
                                continue
                            }
                            p += 1
                            break
                        }
                        if isBreak(p) { line += 1 }
                        field.append(bytes[p])
                        p += 1
                    }
                }
                while p < bytes.count, bytes[p] != comma, bytes[p] != lf, bytes[p] != cr {
                    if quoted, bytes[p] == quote {
                        // After the closing quote, `""` is still a quote and a single one is dropped.
                        if p + 1 < bytes.count, bytes[p + 1] == quote {
                            field.append(quote)
                            p += 1
                        }
                    } else {
                        field.append(bytes[p])
                    }
                    p += 1
                }
                fields.append(field)
                if p < bytes.count, bytes[p] == comma {
                    p += 1
                    continue
                }
                if p < bytes.count {
                    p += bytes[p] == cr && p + 1 < bytes.count && bytes[p + 1] == lf ? 2 : 1
                    line += 1
                }
                break
            }
            if fields.count == 1, fields[0].isEmpty, !quoted { continue }
            records.append((fields, recordLine))
        }
        return records
    }

    static func scan(_ bytes: [UInt8]) -> [Record]? {
        var buffer = bytes
        var scanner = CSVScanner()
        var records: [Record] = []
        do {
            _ = try buffer.withUnsafeMutableBufferPointer { buffer in
                try scanner.scan(buffer, from: 0, to: buffer.count, isFinal: true) { record in
                    records.append(((0..<record.count).map { Array(record.field($0)) }, record.line))
                }
            }
        } catch {
            return nil
        }
        return records
    }

    @Test func randomTextsScanAsTheModelSays() {
        // Mostly ordinary bytes, so that many records reach the word-at-a-time path.
        let pieces: [[UInt8]] = ["abcdefgh", "12345", "中", "x", ",", ",", ",", "\"", "\"", "\"\"", "\n", "\r", "\r\n"]
            .map { Array($0.utf8) }
        var generator = TestRandom(seed: 20_261_126)
        var compared = 0
        for _ in 0..<4_000 {
            var text: [UInt8] = []
            for _ in 0..<Int(generator.next() % 60) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = Self.model(text), scanned = Self.scan(text)
            guard let expected else {
                #expect(scanned == nil, "\(String(decoding: text, as: UTF8.self).debugDescription)")
                continue
            }
            compared += 1
            let same = scanned.map { $0.count == expected.count && zip($0, expected).allSatisfy { $0.fields == $1.fields && $0.line == $1.line } }
            #expect(same == true, "\(String(decoding: text, as: UTF8.self).debugDescription) model \(expected.map { ($0.fields.map { String(decoding: $0, as: UTF8.self) }, $0.line) }) scanner \(scanned.map { $0.map { ($0.fields.map { String(decoding: $0, as: UTF8.self) }, $0.line) } } as Any)")
            if same != true { return }
        }
        #expect(compared > 1_000)
    }
}
