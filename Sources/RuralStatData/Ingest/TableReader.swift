import RuralStatCore
import Dispatch
import RuralStatText

/// Reads records into typed columns by a ``FileSchema``, applying every rule of SPEC §2.1–2.3.
///
/// Fed one data ``CSVRecord`` at a time by any row source: the CSV reader, or a spreadsheet
/// reader laying its cells out the same way. A row is checked whole before any of it is
/// stored, so a rejected row leaves no trace in the columns or their dictionaries.
///
/// A file can be read in parts, one reader per part, and the parts joined with
/// ``joined(_:)``.
///
/// A reader may be told to store only some of the columns (`income` uses thirteen of the
/// households file's twenty-five). SPEC §2.3 makes a value of the wrong type or outside its
/// rule an error whatever the command, and `--on-error skip` leaves such a row out of every
/// analysis, so a column that is not stored is still checked cell by cell, by the same rule
/// and with the same message: only its values are not kept. Its builder holds only the latest
/// values, and a text column that is not stored is checked without its dictionary.
struct TableReader {
    /// Columns that together may appear only once: a text column and the `year` column.
    struct UniqueKey {
        let text: String
        let year: String
    }

    let file: String
    private let schema: [ColumnSpec]
    private let options: ReadOptions
    private let uniqueKeyNames: UniqueKey?
    let headerMap: HeaderMap
    /// ``ReadOptions/missingValues`` as bytes.
    private let missingValues: [[UInt8]]
    /// The encoding of the records: in GB18030 a byte that is not GB18030 arrives marked
    /// (``GB18030Decoder/decodeMarkingInvalid(_:isFinal:into:)``) and is named as such.
    var encoding = TextEncoding.utf8

    /// Per present column: its schema index and its field in the records.
    private let present: [(column: Int, field: Int)]
    /// The positions among the present columns of those stored; the others are only checked.
    private let stored: [Int]
    private let plans: [ColumnPlan]
    private let fieldCount: Int
    private let keyPositions: (text: Int, year: Int)?
    private let builders: [ColumnBuilder]
    /// The positions of the stored text columns among the present ones.
    private let textPositions: [Int]

    private var foundCodes: [UInt32?]
    private var hashes: [UInt64]
    private let keyChainHead = ScalarBuffer<Int32>()
    private let keyChainNext = ScalarBuffer<Int32>()
    private let lines = ScalarBuffer<Int32>()
    private var errors: [CellError] = []
    private var errorCount = 0
    /// Records whose every field is empty, skipped (``ReadReport/emptyRows``).
    private var emptyRows = 0
    /// Records taken since ``ReadOptions/progress`` was last called.
    private var recordsSinceProgress = 0
    /// The header's line (``ReadReport/headerLine``).
    var headerLine = 1
    /// A note about where the header was found, first among the report's notes.
    private let headerNote: LocalizedText?
    private var rejected = RejectedRows()
    /// The columns of a reader joined after this one, and how to recode its text.
    private var tail: (builders: [ColumnBuilder], remaps: [(remap: [UInt32], added: [UInt32])?], lines: ScalarBuffer<Int32>)?

    /// Creates a reader for records laid out as `header`.
    ///
    /// - Parameters:
    ///   - storing: the names of the schema columns to store, `nil` for every one; the others
    ///     are checked as strictly but come out `nil`, as if the file lacked them. The unique
    ///     key's columns must be among them.
    ///   - note: a note about the header for the report (the line it was found on).
    /// - Throws: the header's problems (a required column missing, a column named twice).
    init(
        file: String, header: [String], schema: [ColumnSpec], options: ReadOptions, uniqueKey: UniqueKey?,
        storing: Set<String>? = nil, note: LocalizedText? = nil
    ) throws(InputError) {
        precondition(uniqueKey.map { storing?.isSuperset(of: [$0.text, $0.year]) ?? true } ?? true,
                     "TableReader: the unique key's columns must be stored")
        self.file = file
        self.schema = schema
        self.options = options
        self.uniqueKeyNames = uniqueKey
        missingValues = options.missingValues.map { Array($0.utf8) }
        guard header.count <= InputLimits.maximumColumns else {
            throw .invalidData(file: file, errors: [.file(file, line: 1,
                InputLimits.tooManyColumns(header.count))], total: 1)
        }
        headerMap = try HeaderMap(header: header, schema: schema, file: file)
        headerNote = note
        let present: [(column: Int, field: Int)] = headerMap.fieldOfColumn.enumerated().compactMap { column, field in
            field.map { (column, $0) }
        }
        self.present = present
        let isStored = present.map { storing?.contains(schema[$0.column].name) ?? true }
        let builders = present.indices.map { ColumnBuilder(schema[present[$0].column].type, keepsValues: isStored[$0]) }
        self.builders = builders
        stored = present.indices.filter { isStored[$0] }
        plans = present.indices.map { position in
            ColumnPlan(field: present[position].field, spec: schema[present[position].column],
                       builder: builders[position], isStored: isStored[position])
        }
        fieldCount = header.count
        textPositions = stored.filter { builders[$0].kind == .text }
        foundCodes = [UInt32?](repeating: nil, count: present.count)
        hashes = [UInt64](repeating: 0, count: present.count)
        if let names = uniqueKey,
           let text = present.firstIndex(where: { schema[$0.column].name == names.text }),
           let year = present.firstIndex(where: { schema[$0.column].name == names.year }) {
            keyPositions = (text, year)
        } else {
            keyPositions = nil
        }
    }

    /// Sizes the columns for about `rows` rows, so they do not grow by doubling.
    func reserve(_ rows: Int) {
        for position in stored { builders[position].reserve(rows) }
        lines.reserve(rows)
        if keyPositions != nil { keyChainNext.reserve(rows) }
    }

    /// Takes the next data record.
    ///
    /// Cells go straight into their columns; a bad row is then cut off again (text is only
    /// looked up until the whole row is known to be good, so dictionaries stay clean).
    mutating func consume(_ record: CSVRecord) {
        if let progress = options.progress {
            recordsSinceProgress += 1
            if recordsSinceProgress == ReadOptions.progressInterval {
                progress(recordsSinceProgress)
                recordsSinceProgress = 0
            }
        }
        if record.field(0).trimmingSpaces().isEmpty, Self.isEmpty(record) { return emptyRows += 1 }
        guard record.count == fieldCount else {
            return reject(record, [CellError(
                file: file, line: record.line, column: "", value: "",
                message: LocalizedText(en: "has \(record.count) fields; the header has \(fieldCount)",
                                       zh: "有 \(record.count) 个字段，表头有 \(fieldCount) 个"))])
        }
        let row = lines.count
        var isGood = true
        let missingValues = missingValues
        plans.withUnsafeBufferPointer { plans in
            foundCodes.withUnsafeMutableBufferPointer { foundCodes in
                hashes.withUnsafeMutableBufferPointer { hashes in
                    for position in plans.indices {
                        let plan = plans[position]
                        let field = record.field(plan.field)
                        if plan.storeUsualCell(field) { continue }
                        let bytes = Self.marksMissing(field, missingValues) ? Self.emptyCell : field
                        if plan.isText {
                            // Text is stored once the row is known to be good: here it is only looked up.
                            let trimmed = bytes.trimmingSpaces()
                            if trimmed.isEmpty {
                                if plan.emptyIsError { isGood = false }
                                foundCodes[position] = TextColumn.missing
                                continue
                            }
                            guard plan.isStored else {
                                if trimmed.textProblem != nil { isGood = false }
                                continue
                            }
                            let (code, hash) = plan.builder._withUnsafeGuaranteedRef { $0.interner.find(trimmed) }
                            hashes[position] = hash
                            foundCodes[position] = code
                            if code == nil, trimmed.textProblem != nil { isGood = false }
                        } else if let value = try? plan.type.parse(bytes, required: plan.isRequired) {
                            plan.builder._withUnsafeGuaranteedRef { $0.append(value) }
                        } else {
                            isGood = false
                        }
                    }
                }
            }
        }
        var duplicateOf: Int32?
        if isGood, let (textPosition, yearPosition) = keyPositions, let code = foundCodes[textPosition] {
            duplicateOf = lineOfKey(code: code, year: plans[yearPosition].builder._withUnsafeGuaranteedRef { $0.integers[row] })
        }
        guard isGood, duplicateOf == nil else {
            for builder in builders { builder.truncate(to: row) }
            return reject(record, problems(record, duplicateOf: duplicateOf))
        }
        for position in textPositions {
            let plan = plans[position]
            let code = plan.builder._withUnsafeGuaranteedRef { builder in
                let code = foundCodes[position] ?? builder.interner.insert(
                    record.field(plan.field).trimmingSpaces(), hash: hashes[position])
                builder.textCodes.append(code)
                return code
            }
            if let (textPosition, _) = keyPositions, textPosition == position { link(row: row, code: code) }
        }
        lines.append(Int32(record.line))
    }

    /// Whether every field of `record` is empty or spaces.
    private static func isEmpty(_ record: CSVRecord) -> Bool {
        (0..<record.count).allSatisfy { record.field($0).trimmingSpaces().isEmpty }
    }

    /// Every problem of a bad row, found by checking it again cell by cell.
    private func problems(_ record: CSVRecord, duplicateOf: Int32?) -> [CellError] {
        var problems: [CellError] = []
        for (position, (_, field)) in present.enumerated() {
            let bytes = Self.marksMissing(record.field(field), missingValues) ? Self.emptyCell : record.field(field)
            do throws(CellProblem) {
                if encoding == .gb18030, let marker = bytes.firstIndex(of: GB18030Decoder.invalidMarker), marker + 1 < bytes.count {
                    let byte = String(bytes[marker + 1], radix: 16, uppercase: true)
                    throw CellProblem(message: LocalizedText(
                        en: "holds byte 0x\(byte), which is not GB18030 here; is the file in another encoding?",
                        zh: "含有字节 0x\(byte)，在此处不是有效的 GB18030 编码；文件是否为其他编码？"))
                }
                if case .text = try plans[position].type.parse(bytes, required: plans[position].isRequired),
                   let problem = bytes.trimmingSpaces().textProblem {
                    throw problem
                }
            } catch {
                problems.append(CellError(file: file, line: record.line, column: headerMap.header[field],
                                          value: bytes.quoted, message: error.message))
            }
        }
        if let duplicateOf, let (textPosition, yearPosition) = keyPositions {
            // The key as stored (text trimmed, year as a number): the two-part reader's words.
            let year = record.field(present[yearPosition].field).trimmingSpaces()
            problems.append(duplicate(line: record.line, text: record.field(present[textPosition].field).trimmingSpaces().quoted,
                                      year: DecimalParser.integer(year).map(String.init) ?? String(decoding: year, as: UTF8.self),
                                      firstLine: duplicateOf))
        }
        return problems
    }

    private static var emptyCell: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }

    /// Whether `bytes`, trimmed, is one of `missingValues` (``ReadOptions/missingValues``).
    @inline(__always)
    private static func marksMissing(_ bytes: UnsafeBufferPointer<UInt8>, _ missingValues: [[UInt8]]) -> Bool {
        guard !missingValues.isEmpty else { return false }
        let trimmed = bytes.trimmingSpaces()
        return missingValues.contains { $0.count == trimmed.count && $0.elementsEqual(trimmed) }
    }

    /// Adds `delta` to the line of every row read, for a part whose first line was not known
    /// when it was read.
    ///
    /// - Returns: `false`, changing nothing, when the part has errors or rejected rows: their
    ///   messages quote lines, so the part must be read again from its right first line.
    mutating func shiftLines(by delta: Int) -> Bool {
        guard errorCount == 0, rejected.isEmpty else { return false }
        let delta = Int32(delta)
        for row in 0..<lines.count { lines[row] += delta }
        return true
    }

    /// The finished columns (by schema index, `nil` for columns the file lacks and those not
    /// stored), the line of each row, and the report.
    ///
    /// - Throws: under ``ReadOptions/ErrorPolicy/stop``, the errors of the rows.
    func finish(encoding: TextEncoding) throws(InputError) -> (columns: [ColumnData?], line: [Int32], report: ReadReport) {
        if errorCount > 0 {
            let shown = errors.sorted { $0.line < $1.line }.prefix(options.errorLimit)
            throw .invalidData(file: file, errors: Array(shown), total: errorCount)
        }
        keyChainNext.release()
        keyChainHead.release()
        // The columns are finished two at a time (each copy into its array, with its page
        // faults, is independent of the others); the lines go last.
        var finished = [ColumnData?](repeating: nil, count: stored.count)
        var line: [Int32] = []
        finished.withUnsafeMutableBufferPointer { finished in
            withUnsafeMutablePointer(to: &line) { line in
                nonisolated(unsafe) let finished = finished, line = line
                nonisolated(unsafe) let builders = builders, stored = stored, tail = tail, lines = lines
                DispatchQueue.concurrentPerform(iterations: stored.count + 1) { index in
                    guard index < stored.count else { return line.pointee = lines.finish(then: tail?.lines) }
                    let position = stored[index]
                    finished[index] = builders[position].finish(then: tail?.builders[position],
                                                                 joined: tail?.remaps[position] ?? nil)
                }
            }
        }
        var columns = [ColumnData?](repeating: nil, count: schema.count)
        for (index, position) in stored.enumerated() { columns[present[position].column] = finished[index] }
        var report = ReadReport(source: file, encoding: encoding, header: headerMap.header, accepted: line.count,
                                rejected: rejected, notes: (headerNote.map { [$0] } ?? []) + headerMap.notes)
        report.emptyRows = emptyRows
        report.headerLine = headerLine
        return (columns, line, report)
    }

    /// Joins `next`, a reader of the records that follow this one's, checking the unique key
    /// across the two; ``finish(encoding:)`` then gives the rows of both. Call nothing else
    /// in between.
    ///
    /// - Returns: `false`, leaving this reader unusable, when a row of `next` repeats a key of
    ///   this reader's rows: its original fields are gone and `next`'s messages may cite it,
    ///   so the file must be read again in one part.
    mutating func join(_ next: TableReader) -> Bool {
        let remaps = next.builders.indices.map { position in
            plans[position].isText && plans[position].isStored
                ? builders[position].interner.codes(of: next.builders[position].interner) : nil
        }
        defer {
            // A text column's interner is released when its strings are made (finish).
            for builder in next.builders where builder.kind != .text { builder.interner.release() }
            next.keyChainNext.release()
            next.keyChainHead.release()
        }
        if let (textPosition, yearPosition) = keyPositions {
            let codes = next.builders[textPosition].textCodes, years = next.builders[yearPosition].integers
            let remap = remaps[textPosition]!.remap
            // A key of `next` that repeats one of these rows: the file is read again in one
            // part, so that every duplicate cites the line the serial reader cites (a row
            // `next` accepted may itself be a duplicate, cited by `next`'s own messages).
            for row in 0..<codes.count where lineOfKey(code: remap[Int(codes[row])], year: years[row]) != nil {
                return false
            }
        }
        tail = (next.builders, remaps, next.lines)
        errors += next.errors
        errorCount += next.errorCount
        emptyRows += next.emptyRows
        rejected.append(contentsOf: next.rejected)
        return true
    }

    /// The line of an accepted row with key (`code`, `year`), if any.
    private func lineOfKey(code: UInt32, year: Int32) -> Int32? {
        guard let (_, yearPosition) = keyPositions, Int(code) < keyChainHead.count else { return nil }
        return plans[yearPosition].builder._withUnsafeGuaranteedRef { builder in
            var row = keyChainHead[Int(code)]
            while row >= 0 {
                if builder.integers[Int(row)] == year { return lines[Int(row)] }
                row = keyChainNext[Int(row)]
            }
            return nil
        }
    }

    private func duplicate(line: Int, text: String, year: String, firstLine: Int32) -> CellError {
        let names = uniqueKeyNames!
        return CellError(file: file, line: line, column: names.text, value: text,
                         message: LocalizedText(
                             en: "duplicate (\(names.text), \(names.year)) = (\(text), \(year)): the same pair is on line \(firstLine)",
                             zh: "（\(names.text)，\(names.year)）=（\(text)，\(year)）重复：第\(firstLine)行已有同一组合"))
    }

    /// Adds `row` to the chain of rows of its key's text `code`.
    private func link(row: Int, code: UInt32) {
        while Int(code) >= keyChainHead.count { keyChainHead.append(-1) }
        keyChainNext.append(keyChainHead[Int(code)])
        keyChainHead[Int(code)] = Int32(row)
    }

    private mutating func reject(_ record: CSVRecord, _ problems: [CellError]) {
        switch options.onError {
        case .stop:
            errorCount += problems.count
            errors.append(contentsOf: problems.prefix(max(0, options.errorLimit - errors.count)))
        case .skip:
            rejected.append(record, reasons: problems.map { $0.reason(.en) })
        }
    }
}
