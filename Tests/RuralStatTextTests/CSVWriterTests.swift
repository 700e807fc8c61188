import RuralStatText
import Testing

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhatRFC4180Requires() {
        var writer = CSVWriter()
        writer.writeRow(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "乡镇", ""])
        writer.writeRow(["x"])
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",乡镇,\nx\n")
    }
}
