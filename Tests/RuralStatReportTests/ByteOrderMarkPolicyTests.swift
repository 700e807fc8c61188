import RuralStatReport
import Testing

@Suite struct ByteOrderMarkPolicyTests {
    /// auto marks files from Excel-looking input only, never standard output.
    @Test func autoMarksFilesOnlyForExcelInput() {
        let csv = Array("a\n".utf8)
        #expect(ByteOrderMarkPolicy.auto.apply(to: csv, toFile: true, inputFromExcel: true) == [0xEF, 0xBB, 0xBF] + csv)
        #expect(ByteOrderMarkPolicy.auto.apply(to: csv, toFile: true, inputFromExcel: false) == csv)
        #expect(ByteOrderMarkPolicy.auto.apply(to: csv, toFile: false, inputFromExcel: true) == csv)
    }

    @Test func alwaysAndNeverIgnoreTheInput() {
        let csv = Array("a\n".utf8)
        #expect(ByteOrderMarkPolicy.always.apply(to: csv, toFile: false, inputFromExcel: false) == [0xEF, 0xBB, 0xBF] + csv)
        #expect(ByteOrderMarkPolicy.never.apply(to: csv, toFile: true, inputFromExcel: true) == csv)
    }
}
