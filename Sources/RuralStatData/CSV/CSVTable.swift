/// Any CSV file as text columns: for commands that take arbitrary data (`regress --data`).
///
/// Read with the same scanner and encoding detection as the households file. Every record
/// must have as many fields as the header.
public struct CSVTable: Sendable {
    /// The file, as given.
    public var source: String
    /// The header fields, trimmed of spaces.
    public var header: [String]
    /// One array per column, one cell text per row (`""` for an empty cell).
    public var columns: [[String]]
    /// The 1-based line on which each row starts.
    public var line: [Int32]

    /// Creates a table from its parts.
    public init(source: String, header: [String], columns: [[String]], line: [Int32]) {
        self.source = source
        self.header = header
        self.columns = columns
        self.line = line
    }

    /// Reads the CSV file at `path`, or the first sheet of the `.xlsx` workbook at `path` (by
    /// its name or its zip signature; sheet row numbers stand for lines, rows shorter than
    /// the header are padded with empty cells).
    ///
    /// - Parameter encoding: the file's encoding, or `nil` to detect it (not used for a workbook).
    /// - Throws: ``InputError/unreadable(file:reason:)`` when the file cannot be read;
    ///   ``InputError/invalidData(file:errors:total:)`` when it is empty, a record has the wrong
    ///   number of fields or a cell is not text in the encoding (the first 50 errors).
    public static func read(path: String, encoding: TextEncoding?) throws(InputError) -> CSVTable {
        var table = CSVTable(source: path, header: [], columns: [], line: [])
        var errors: [CellError] = []
        var errorCount = 0
        var hasHeader = false
        func consume(_ record: CSVRecord) {
            guard hasHeader else {
                hasHeader = true
                table.header = record.strings.map { $0.trimmingSpaces() }
                table.columns = Array(repeating: [], count: record.count)
                return
            }
            var problem: String?
            if record.count != table.header.count {
                problem = "has \(record.count) fields; the header has \(table.header.count)"
            } else if let bad = (0..<record.count).first(where: { String(validating: record.field($0), as: UTF8.self) == nil }) {
                problem = "field \(bad + 1) is not text in the file's encoding"
            }
            if let problem {
                errorCount += 1
                if errors.count < 50 {
                    errors.append(CellError(file: path, line: record.line, column: "", value: "", message: problem))
                }
                return
            }
            for index in 0..<record.count { table.columns[index].append(record.string(index)) }
            table.line.append(Int32(record.line))
        }
        let file = CSVFileReader(path: path)
        if XLSXSheet.isWorkbook(path: path, try file.inspect(encoding: encoding)) {
            try XLSXSheet.forEachInputRecord(path: path, header: { header in
                consume(header)
                return true
            }, consume)
        } else {
            _ = try file.forEachRecord(encoding: encoding, consume)
        }
        guard hasHeader else {
            throw .emptyFile(path)
        }
        guard errorCount == 0 else { throw .invalidData(file: path, errors: errors, total: errorCount) }
        return table
    }
}
