@testable import RuralStatData
import RuralStatText
import Testing

/// The workbook tokenizer reads its chunks in place: what it reports must not depend on where
/// the chunks are cut, and cells are handed over as a CSV export holds them.
@Suite struct XLSXTokenizerTests {
    /// Every event as text: `<name a=v …>`, `</name>`, and text runs joined.
    struct Recorder: XMLPartHandler {
        var events: [String] = []

        mutating func startElement(_ name: UnsafeBufferPointer<UInt8>, attributes: XMLAttributes) throws(XMLPartError) {
            let pairs = attributes.bounds.map { bound in
                let name = String(decoding: UnsafeBufferPointer(start: attributes.tag + bound.nameStart,
                                                                count: bound.nameEnd - bound.nameStart), as: UTF8.self)
                let base = bound.isDecoded ? attributes.decoded : attributes.tag
                let value = String(decoding: UnsafeBufferPointer(start: base + bound.valueStart,
                                                                 count: bound.valueEnd - bound.valueStart), as: UTF8.self)
                return " \(name)=\(value)"
            }
            events.append("<\(String(decoding: name, as: UTF8.self))\(pairs.joined())>")
        }

        mutating func endElement(_ name: UnsafeBufferPointer<UInt8>) throws(XMLPartError) {
            events.append("</\(String(decoding: name, as: UTF8.self))>")
        }

        mutating func characters(_ text: UnsafeBufferPointer<UInt8>) throws(XMLPartError) {
            let piece = String(decoding: text, as: UTF8.self)
            if let last = events.last, last.hasPrefix("\"") {
                events[events.count - 1] = String(last.dropLast()) + piece + "\""
            } else {
                events.append("\"\(piece)\"")
            }
        }
    }

    /// The events of `document` fed in chunks of `size` bytes (the whole at once for 0), or
    /// its error as `line:column: message`.
    static func read(_ document: [UInt8], chunk size: Int) -> [String] {
        var tokenizer = XMLTokenizer(part: "p")
        var recorder = Recorder()
        do throws(XMLPartError) {
            var start = 0
            while start < document.count {
                let end = size == 0 ? document.count : min(document.count, start + size)
                let fed = document[start..<end].withUnsafeBytes { bytes in
                    Result { () throws(XMLPartError) in try tokenizer.feed(bytes, into: &recorder) }
                }
                try fed.get()
                start = end
            }
            try tokenizer.finish(into: &recorder)
        } catch {
            return recorder.events + ["error \(error.line ?? 0):\(error.column ?? 0): \(error.message.en)"]
        }
        return recorder.events
    }

    static let documents = [
        #"<?xml version="1.0"?><x:w xmlns:x="u"><row r="1" spans='1:2'><c r="A1" t="s"><v>12</v></c></row></x:w>"#,
        "<w>\n<c a=\"x &amp; y &#x4E2D;\" b='>'/>\n<t>粮&lt;食</t><!-- c > d --><![CDATA[<raw>]]></w>\n",
        "<w><c a=\"1\" a=\"2\"/></w>",
        "<w><c a=\"1\"b=\"2\"/></w>",
        "<w><c a=\"1\" <d/></w>",
        "<w>\n\n<c a=\"1\"></d></w>",
        "<w><c a=\"x\u{1}\"/></w>",
        "<w><名 属性=\"值\">文</名></w>",
        "<w><c a=\"&bogus;\"/></w>",
        "<w><c a=1/></w>",
        "<w><c / ></w>",
        "<w><c></c ></w>",
        "<w><c>",
        "<w><c a=\"x",
        "<w></w><c/>",
    ]

    @Test(arguments: documents)
    func whereChunksAreCutChangesNothing(document: String) {
        let bytes = Array(document.utf8)
        let whole = Self.read(bytes, chunk: 0)
        for size in 1...bytes.count {
            #expect(Self.read(bytes, chunk: size) == whole, "chunks of \(size)")
        }
    }

    /// Hand-checked events and positions (byte columns, lines from 1).
    @Test func eventsAndErrorsAreAsWritten() {
        #expect(Self.read(Array(Self.documents[1].utf8), chunk: 0) == [
            "<w>", "\"\n\"", "<c a=x & y 中 b=>>", "</c>", "\"\n\"", "<t>", "\"粮<食\"", "</t>", "\"<raw>\"", "</w>",
        ])
        #expect(Self.read(Array(Self.documents[2].utf8), chunk: 0).last == "error 1:13: the attribute a is given twice")
        #expect(Self.read(Array(Self.documents[3].utf8), chunk: 0).last == "error 1:12: attributes must be separated by white space")
        #expect(Self.read(Array(Self.documents[4].utf8), chunk: 0).last == "error 1:13: a tag holds \"<\"")
        #expect(Self.read(Array(Self.documents[5].utf8), chunk: 0).last == "error 3:10: </d> closes <c>")
        #expect(Self.read(Array(Self.documents[9].utf8), chunk: 0).last == "error 1:9: an attribute value is not quoted")
        #expect(Self.read(Array(Self.documents[13].utf8), chunk: 0).last == "error 1:4: the part ends inside a tag")
    }

    @Test func aTagWithMoreThanTheAttributeLimitIsRefused() {
        func tag(_ count: Int) -> [UInt8] { Array(("<w " + (0..<count).map { "a\($0)=\"1\"" }.joined(separator: " ") + "/>").utf8) }
        #expect(!Self.read(tag(XMLTokenizer.maximumAttributes), chunk: 0).last!.hasPrefix("error"))
        #expect(Self.read(tag(XMLTokenizer.maximumAttributes + 1), chunk: 0).last!
            .hasSuffix("a tag has more than \(XMLTokenizer.maximumAttributes) attributes"))
    }

    /// A number cell handed over as written is the text the standard library would write for
    /// its value (the slow path); the others are left to it.
    @Test func numbersHandedOverAsWrittenAreTheirShortestForm() {
        var texts = ["0.5", "-0.5", "7.25", "0.001", "0.0001", "0.00123", "12345678901234.5", "0.123456789012345",
                     "1.50", "01.5", "1.", ".5", "-", "1e5", "1.5e3", "123456789012345.6", "0.1234567890123456", "-0.0",
                     "99999999999999.9", "3.14159", "1000.001", "2.000000000000001"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let digits = Int.random(in: 1...16, using: &random), point = Int.random(in: 0...digits, using: &random)
            let text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            texts.append((Bool.random(using: &random) ? "-" : "") + text.prefix(point) + "." + text.dropFirst(point))
        }
        for text in texts {
            let isShortest = Array(text.utf8).withUnsafeBufferPointer(SheetRowReader.isShortestDecimal)
            guard isShortest, text.contains(".") else { continue }
            #expect(Double(text).map(\.description) == text, "\(text)")
        }
        for text in ["0.5", "-7.25", "0.001", "12345678901234.5"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer(SheetRowReader.isShortestDecimal), "\(text)")
        }
        for text in ["1.50", "0.0001", "1.", ".5", "1e5", "123456789012345.6", "-0.0", "01.5"] {
            #expect(!Array(text.utf8).withUnsafeBufferPointer(SheetRowReader.isShortestDecimal), "\(text)")
        }
    }
}
