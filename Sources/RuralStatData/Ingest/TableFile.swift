import RuralStatCore

/// Any table file — CSV or the first sheet of an `.xlsx` workbook — read into typed columns
/// by a schema the caller builds from its header.
///
/// The households and workers files are read this way with their fixed schemas; a command
/// that takes arbitrary data (`regress --data`) builds a schema from what it needs, so every
/// rule of SPEC §2.3 applies there too: a cell that breaks its column's rule is an error
/// naming file, line, column and value, ``ReadOptions/ErrorPolicy/skip`` leaves the row out
/// with its reasons, and the ``ReadReport`` accounts for every row.
///
/// ```swift
/// let header = try TableFile.header(path: "survey.csv", encoding: nil)
/// let schema = [ColumnSpec("income", aliases: [], .number(minimum: 0, minimumExclusive: false, maximum: nil),
///                          required: true)]
/// let (table, report) = try TableFile.read(path: "survey.csv", schema: schema)
/// let income = table.column("income")?.numbers
/// ```
public enum TableFile {
    /// The header fields of the file at `path` (a workbook's first sheet row), trimmed of
    /// spaces as the reader matches them to a schema.
    ///
    /// For a CSV file only the first record is decoded; a workbook's sheet is read whole.
    ///
    /// - Parameter encoding: the file's encoding, or `nil` to detect it (not used for a workbook).
    /// - Throws: ``InputError/unreadable(file:reason:)`` when the file cannot be read,
    ///   ``InputError/invalidData(file:errors:total:)`` when it is empty.
    public static func header(path: String, encoding: TextEncoding?) throws(InputError) -> [String] {
        let file = CSVFileReader(path: path)
        let info = try file.inspect(encoding: encoding)
        let header: [String]
        if XLSXSheet.isWorkbook(path: path, info) {
            header = try XLSXSheet.input(path: path).header
        } else {
            guard let fields = try file.header(encoding: info.encoding) else { throw .emptyFile(path) }
            header = fields
        }
        return header.map { $0.trimmingSpaces() }
    }

    /// Reads the columns of `schema` from the file at `path`, checking every cell by its
    /// column's rule; columns of the file that the schema does not name are ignored (with a
    /// note in the report).
    ///
    /// - Returns: the accepted rows' columns and the report of what was read.
    /// - Throws: ``InputError/unreadable(file:reason:)`` when the file cannot be read,
    ///   ``InputError/invalidData(file:errors:total:)`` for a bad header (a required column
    ///   missing, two fields naming one column), or for bad rows under
    ///   ``ReadOptions/ErrorPolicy/stop``.
    /// - Complexity: O(file size); large CSV files are read in two parts at once.
    public static func read(
        path: String, schema: [ColumnSpec], options: ReadOptions = ReadOptions()
    ) throws(InputError) -> (TypedTable, ReadReport) {
        let (columns, line, report) = try TableReader.read(path: path, schema: schema, options: options, uniqueKey: nil)
        return (TypedTable(source: path, schema: schema, columns: columns, line: line), report)
    }
}
