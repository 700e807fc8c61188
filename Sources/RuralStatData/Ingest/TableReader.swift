/// Reads records into typed columns by a ``FileSchema``, applying every rule of SPEC §2.1–2.3.
///
/// Fed one ``CSVRecord`` at a time (the header first) by any row source: the CSV reader, or a
/// spreadsheet reader laying its cells out the same way. A row is checked whole before any of
/// it is stored, so a rejected row leaves no trace in the columns or their dictionaries.
struct TableReader {
    /// Columns that together may appear only once: a text column and the `year` column.
    struct UniqueKey {
        let text: String
        let year: String
    }

    private let file: String
    private let schema: [ColumnSpec]
    private let options: ReadOptions
    private let uniqueKeyNames: UniqueKey?

    private var headerMap: HeaderMap?
    private var fatal: InputError?
    /// Per present column: its schema index and its field in the records.
    private var present: [(column: Int, field: Int)] = []
    /// Per present column: its type and whether it is required (copied out of the schema so
    /// the row loop touches no reference-counted values).
    private var types: [ColumnSpec.ValueType] = []
    private var isRequired: [Bool] = []
    private var fieldCount = 0
    private var builders: [ColumnBuilder] = []
    private var scratch: [CellValue] = []
    private var foundCodes: [UInt32?] = []
    private var hashes: [UInt64] = []
    private var keyPositions: (text: Int, year: Int)?
    private var keyChainHead: [Int32] = []
    private let keyChainNext = ScalarBuffer<Int32>()
    private let lines = ScalarBuffer<Int32>()
    private var errors: [CellError] = []
    private var errorCount = 0
    private var rejected: [ReadReport.RejectedRow] = []
    private var reservation = 0

    init(file: String, schema: [ColumnSpec], options: ReadOptions, uniqueKey: UniqueKey?) {
        self.file = file
        self.schema = schema
        self.options = options
        self.uniqueKeyNames = uniqueKey
    }

    /// Reads the file at `path` through ``CSVFileReader``.
    static func read(
        path: String, schema: [ColumnSpec], options: ReadOptions, uniqueKey: UniqueKey?
    ) throws(InputError) -> (columns: [ColumnData?], line: [Int32], report: ReadReport) {
        var reader = TableReader(file: path, schema: schema, options: options, uniqueKey: uniqueKey)
        let info = try CSVFileReader(path: path).forEachRecord(encoding: options.encoding, estimate: { reader.reserve($0) }) {
            reader.consume($0)
        }
        return try reader.finish(encoding: info.encoding)
    }

    /// Sizes the columns for about `rows` rows, so they do not grow by doubling.
    mutating func reserve(_ rows: Int) {
        reservation = rows
        guard headerMap != nil else { return }
        for builder in builders { builder.reserve(rows) }
        lines.reserve(rows)
        if keyPositions != nil { keyChainNext.reserve(rows) }
    }

    /// Takes the next record of the file.
    mutating func consume(_ record: CSVRecord) {
        guard fatal == nil else { return }
        guard headerMap != nil else { return readHeader(record) }
        var problems: [CellError] = []
        if record.count != fieldCount {
            problems.append(CellError(file: file, line: record.line, column: "", value: "",
                                      message: "has \(record.count) fields; the header has \(fieldCount)"))
        } else {
            for position in 0..<present.count {
                let field = present[position].field
                let bytes = record.field(field)
                do {
                    scratch[position] = try types[position].parse(bytes, required: isRequired[position])
                    if case .text = scratch[position] { try lookUp(bytes.trimmingSpaces(), at: position) }
                } catch {
                    problems.append(CellError(file: file, line: record.line, column: headerMap!.header[field],
                                              value: String(decoding: bytes, as: UTF8.self), message: error.message))
                }
            }
            if problems.isEmpty, let duplicate = duplicateLine() {
                let (textPosition, yearPosition) = keyPositions!
                let field = present[textPosition].field
                problems.append(CellError(
                    file: file, line: record.line, column: headerMap!.header[field], value: record.string(field),
                    message: "duplicate (\(uniqueKeyNames!.text), \(uniqueKeyNames!.year)) = (\(record.string(field)), "
                        + "\(record.string(present[yearPosition].field).trimmingSpaces())): the same pair is on line \(duplicate)"))
            }
        }
        guard problems.isEmpty else { return reject(record, problems) }
        commit(record.field, line: record.line)
    }

    /// The finished columns (by schema index, `nil` for columns the file lacks), the line of
    /// each row, and the report.
    ///
    /// - Throws: the header's problems, or under ``ReadOptions/ErrorPolicy/stop`` the errors
    ///   of the rows.
    consuming func finish(encoding: TextEncoding) throws(InputError) -> (columns: [ColumnData?], line: [Int32], report: ReadReport) {
        if let fatal { throw fatal }
        guard let headerMap else {
            throw .emptyFile(file)
        }
        if errorCount > 0 { throw .invalidData(file: file, errors: errors, total: errorCount) }
        var columns = [ColumnData?](repeating: nil, count: schema.count)
        for (position, (column, _)) in present.enumerated() {
            columns[column] = builders[position].finish()
        }
        let report = ReadReport(source: file, encoding: encoding, header: headerMap.header, accepted: lines.count,
                                rejected: rejected, notes: headerMap.notes)
        return (columns, lines.finish(), report)
    }

    private mutating func readHeader(_ record: CSVRecord) {
        do {
            let map = try HeaderMap(header: record.strings, schema: schema, file: file)
            headerMap = map
            present = map.fieldOfColumn.enumerated().compactMap { column, field in field.map { (column, $0) } }
            builders = present.map { ColumnBuilder(schema[$0.column].type) }
            types = present.map { schema[$0.column].type }
            isRequired = present.map { schema[$0.column].isRequired }
            fieldCount = map.header.count
            scratch = [CellValue](repeating: .missing, count: present.count)
            foundCodes = [UInt32?](repeating: nil, count: present.count)
            hashes = [UInt64](repeating: 0, count: present.count)
            if let names = uniqueKeyNames,
               let text = present.firstIndex(where: { schema[$0.column].name == names.text }),
               let year = present.firstIndex(where: { schema[$0.column].name == names.year }) {
                keyPositions = (text, year)
            }
            if reservation > 0 { reserve(reservation) }
        } catch {
            fatal = error
        }
    }

    /// Finds a text cell in its column's dictionary; a value seen for the first time must be
    /// valid UTF-8.
    private mutating func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) throws(CellProblem) {
        let hash = ByteInterner.hash(bytes)
        hashes[position] = hash
        foundCodes[position] = builders[position].interner.find(bytes, hash: hash)
        if foundCodes[position] == nil, String(validating: bytes, as: UTF8.self) == nil {
            throw CellProblem(message: "is not UTF-8 text; if the file is GB18030, say --encoding gb18030")
        }
    }

    /// The line of an accepted row with the same unique key as the row in `scratch`.
    private func duplicateLine() -> Int32? {
        guard let (textPosition, yearPosition) = keyPositions,
              let code = foundCodes[textPosition], case .integer(let year) = scratch[yearPosition]
        else { return nil }
        let years = builders[yearPosition].integers
        var row = keyChainHead[Int(code)]
        while row >= 0 {
            if years[Int(row)] == year { return lines[Int(row)] }
            row = keyChainNext[Int(row)]
        }
        return nil
    }

    private mutating func commit(_ field: (Int) -> UnsafeBufferPointer<UInt8>, line: Int) {
        let row = Int32(lines.count)
        for position in present.indices {
            guard case .text = scratch[position] else {
                builders[position].append(scratch[position])
                continue
            }
            let code = foundCodes[position] ?? builders[position].interner.insert(
                field(present[position].field).trimmingSpaces(), hash: hashes[position])
            builders[position].textCodes.append(code)
            if let (textPosition, _) = keyPositions, textPosition == position {
                if Int(code) == keyChainHead.count { keyChainHead.append(-1) }
                keyChainNext.append(keyChainHead[Int(code)])
                keyChainHead[Int(code)] = row
            }
        }
        lines.append(Int32(line))
    }

    private mutating func reject(_ record: CSVRecord, _ problems: [CellError]) {
        switch options.onError {
        case .stop:
            errorCount += problems.count
            errors.append(contentsOf: problems.prefix(max(0, options.errorLimit - errors.count)))
        case .skip:
            rejected.append(ReadReport.RejectedRow(line: record.line, fields: record.strings, reasons: problems.map(\.reason)))
        }
    }
}
