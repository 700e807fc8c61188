import RuralStatCore
import RuralStatData
import Testing

@Suite struct GB18030DecoderTests {
    /// "户编号" in GB18030: BB A7 B1 E0 BA C5 (Python: "户编号".encode("gb18030")).
    @Test func aCharacterCutBetweenBlocksIsCompletedByTheNext() throws {
        let decoder = GB18030Decoder()
        var output: [UInt8] = []
        try [0xBB, 0xA7, 0xB1].withUnsafeBufferPointer { try decoder.decode($0, isFinal: false, into: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "户")
        try [0xE0, 0xBA, 0xC5].withUnsafeBufferPointer { try decoder.decode($0, isFinal: true, into: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "户编号")
    }

    @Test func aCutCharacterAtTheEndIsAnError() {
        let decoder = GB18030Decoder()
        var output: [UInt8] = []
        let failure = #expect(throws: Transcoder.Failure.self) {
            try [0x41, 0xBB].withUnsafeBufferPointer { try decoder.decode($0, isFinal: true, into: &output) }
        }
        #expect(failure?.offset == 1)
    }
}
