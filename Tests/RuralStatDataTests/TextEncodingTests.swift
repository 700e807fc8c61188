import RuralStatCore
import RuralStatData
import Testing

@Suite struct TextEncodingTests {
    /// "户编号,乡镇" in GB18030, bytes taken from Python's `"户编号,乡镇".encode("gb18030")`.
    static let gbHeader: [UInt8] = [0xBB, 0xA7, 0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xCF, 0xE7, 0xD5, 0xF2]

    @Test func decodesGB18030ToUTF8() throws {
        let utf8 = try Transcoder.utf8(fromGB18030: Self.gbHeader)
        #expect(String(decoding: utf8, as: UTF8.self) == "户编号,乡镇")
    }

    @Test func encodesUTF8ToGB18030IncludingFourByteForms() throws {
        #expect(try Transcoder.gb18030(fromUTF8: Array("户编号,乡镇".utf8)) == Self.gbHeader)
        // Outside the BMP GB18030 uses four bytes; Python: "😀".encode("gb18030") == b"\x949\xfc6".
        #expect(try Transcoder.gb18030(fromUTF8: Array("😀".utf8)) == [0x94, 0x39, 0xFC, 0x36])
    }

    @Test func invalidBytesNameTheirOffset() {
        let failure = #expect(throws: Transcoder.Failure.self) {
            try Transcoder.utf8(fromGB18030: [0x41, 0x42, 0xFF, 0x41])
        }
        #expect(failure?.offset == 2)
        #expect(failure?.from == .gb18030)
    }

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF, 0xBB, 0xA7] as [UInt8], TextEncoding.utf8),
        (Array("户编号".utf8), .utf8),
        (gbHeader, .gb18030),
        (Array("abc".utf8), .utf8),
        (Array(Array("户".utf8).prefix(2)), .utf8),
    ])
    func detectsEncoding(bytes: [UInt8], expected: TextEncoding) {
        #expect(TextEncoding.detect(bytes) == expected)
    }

    @Test func namesAreReadCaseInsensitively() {
        #expect(TextEncoding(name: "GB18030") == .gb18030)
        #expect(TextEncoding(name: "UTF8") == .utf8)
        #expect(TextEncoding(name: "latin1") == nil)
    }
}
