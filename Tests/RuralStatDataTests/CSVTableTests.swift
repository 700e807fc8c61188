import RuralStatCore
import RuralStatData
import Testing

@Suite struct CSVTableTests {
    @Test func readsAnyCSVAsTextColumns() throws {
        let file = try TemporaryFile(" y , x,label\r\n1.5,2,\"a,b\"\r\n,3,\r\n")
        let table = try CSVTable.read(path: file.path, encoding: nil)
        #expect(table.header == ["y", "x", "label"])
        #expect(table.columns == [["1.5", ""], ["2", "3"], ["a,b", ""]])
        #expect(table.line == [2, 3])
    }

    @Test func everyRecordHasTheHeadersFieldCount() throws {
        let file = try TemporaryFile("a,b\n1,2\n3\n4,5,6\n")
        let error = #expect(throws: InputError.self) { try CSVTable.read(path: file.path, encoding: nil) }
        guard case .invalidData(_, let errors, let total) = error else { return #expect(Bool(false)) }
        #expect(total == 2)
        #expect(errors.map(\.line) == [3, 4])
        #expect(errors.first?.message == "has 1 fields; the header has 2")
    }
}
