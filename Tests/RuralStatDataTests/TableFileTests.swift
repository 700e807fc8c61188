import RuralStatCore
import RuralStatData
import RuralStatText
import Testing

/// Any table read by a caller's schema: typed columns, SPEC §2.3's errors, missing markers.
@Suite struct TableFileTests {
    static let number = ColumnSpec.ValueType.number(minimum: nil, minimumExclusive: false, maximum: nil)
    static let schema = [ColumnSpec("y", aliases: [], number, required: false),
                         ColumnSpec("label", aliases: [], .text(nonEmpty: false), required: false)]

    @Test func readsTheSchemasColumnsTypedAndIgnoresTheRest() throws {
        let file = try TemporaryFile(" y , x,label\r\n1.5,2,\"a,b\"\r\n,3,\r\n-2e3,4,c\r\n")
        #expect(try TableFile.header(path: file.path, encoding: nil) == ["y", "x", "label"])
        let (table, report) = try TableFile.read(path: file.path, schema: Self.schema)
        #expect(table.line == [2, 3, 4] && table.rowCount == 3)
        let y = try #require(table.column("y")?.numbers)
        #expect(y[0] == 1.5 && y[1].isNaN && y[2] == -2000)
        let label = try #require(table.column("label")?.text)
        #expect((0..<label.count).map { label[$0] } == ["a,b", nil, "c"])
        #expect(report.summary == "read 3 rows: 3 accepted, 0 rejected")
        #expect(report.notes.map(\.en) == ["column ' x' is not used and was ignored"])
    }

    @Test func aTextCellInANumberColumnNamesFileLineColumnAndValue() throws {
        let file = try TemporaryFile("y,label\n1,a\nn/a,b\n3,c\n")
        let error = #expect(throws: InputError.self) { try TableFile.read(path: file.path, schema: Self.schema) }
        #expect(error?.exitCode == 65)
        guard case .invalidData(_, let errors, let total) = error else { return #expect(Bool(false)) }
        #expect(total == 1)
        #expect(errors == [CellError(file: file.path, line: 3, column: "y", value: "n/a", message: LocalizedText(en: "is not a number", zh: "不是数字"))])
    }

    @Test func skipLeavesBadRowsOutAndAccountsForEveryRow() throws {
        let file = try TemporaryFile("y,label\n1,a\nn/a,b\n3\n4,d\n")
        let (table, report) = try TableFile.read(path: file.path, schema: Self.schema, options: ReadOptions(onError: .skip))
        #expect(table.line == [2, 5])
        #expect(report.summary == "read 4 rows: 2 accepted, 2 rejected")
        #expect(report.rejected.map(\.line) == [3, 4])
        #expect(report.rejected[0].reasons == ["column 'y': value 'n/a': is not a number"])
        #expect(report.rejected[1].reasons == ["has 1 fields; the header has 2"])
    }

    @Test func missingValuesAreReadAsEmptyCells() throws {
        let file = try TemporaryFile("y,label\n NA ,NaN\n2,NA\nNaN,x\n")
        let options = ReadOptions(missingValues: ["NA", "NaN"])
        let (table, _) = try TableFile.read(path: file.path, schema: Self.schema, options: options)
        let y = try #require(table.column("y")?.numbers)
        #expect(y[0].isNaN && y[1] == 2 && y[2].isNaN)
        let label = try #require(table.column("label")?.text)
        #expect((0..<label.count).map { label[$0] } == [nil, nil, "x"] && label.dictionary == ["x"])
        // In a required column a marker is an empty cell, so an error.
        let required = [ColumnSpec("y", aliases: [], Self.number, required: true)]
        let error = #expect(throws: InputError.self) { try TableFile.read(path: file.path, schema: required, options: options) }
        guard case .invalidData(_, let errors, _) = error else { return #expect(Bool(false)) }
        #expect(errors.map(\.line) == [2, 4] && errors.first?.message.en == "must not be empty")
    }

    @Test func anEmptyFileIsBadData() throws {
        let file = try TemporaryFile("")
        let error = #expect(throws: InputError.self) { try TableFile.header(path: file.path, encoding: nil) }
        #expect(error?.exitCode == 65)
    }
}
