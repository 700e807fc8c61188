import RuralStatCore
import Dispatch

/// Reading a whole file through ``CSVFileReader``, in two parts at once when it is large, or
/// through ``XLSXSheet`` for a workbook.
extension TableReader {
    /// Files at least this large are read in two parts on two threads.
    static let parallelThreshold = 8 << 20

    /// Reads the file at `path`: CSV, or the first sheet of an `.xlsx` workbook (by its name
    /// or its zip signature), whose sheet row numbers stand for lines.
    ///
    /// A file of `parallelAbove` bytes or more is cut after the first line feed past its
    /// middle and each part read by its own ``TableReader`` on its own thread, both at once;
    /// the second is then joined to the first. The second part's line numbers are known only
    /// when the first part is read: its reader counts from 1 and its lines are shifted after;
    /// should it have found bad rows (whose messages quote lines) it reads its part again
    /// with the right first line. Should the cut prove not to be a record boundary (a line
    /// feed inside a quoted field), or a (household, year) key span the parts, the file is read
    /// again in one part. The result is the same either way.
    ///
    /// - Parameters:
    ///   - storing: the names of the columns to store, `nil` for every one; the others are
    ///     checked all the same (``TableReader``).
    ///   - parallelAbove: the size from which to read in two parts (tests lower it).
    static func read(
        path: String, schema: [ColumnSpec], options: ReadOptions, uniqueKey: UniqueKey?,
        storing: Set<String>? = nil, parallelAbove: Int = parallelThreshold
    ) throws(InputError) -> (columns: [ColumnData?], line: [Int32], report: ReadReport) {
        let file = CSVFileReader(path: path)
        let info = try file.inspect(encoding: options.encoding)
        var result = try read(file, info, schema: schema, options: options, uniqueKey: uniqueKey, storing: storing,
                              parallelAbove: parallelAbove)
        result.report.hadByteOrderMark = info.start.starts(with: [0xEF, 0xBB, 0xBF])
        return result
    }

    /// ``read(path:schema:options:uniqueKey:storing:parallelAbove:)`` once the file is inspected.
    private static func read(
        _ file: CSVFileReader, _ info: CSVFileReader.FileInfo, schema: [ColumnSpec], options: ReadOptions,
        uniqueKey: UniqueKey?, storing: Set<String>?, parallelAbove: Int
    ) throws(InputError) -> (columns: [ColumnData?], line: [Int32], report: ReadReport) {
        let path = file.path
        if XLSXSheet.isWorkbook(path: path, info) {
            let leading = try XLSXSheet.leadingRecords(path: path, limit: HeaderChoice.searchedRecords)
            guard !leading.isEmpty else { throw .emptyFile(path) }
            let choice = try HeaderChoice(records: leading, schema: schema, file: path, encoding: .utf8, rawStart: [])
            var reader: TableReader?
            var failure: InputError?
            var rows = 0
            try XLSXSheet.forEachInputRecord(path: path, recordsBeforeHeader: choice.index, estimate: { rows = $0 },
                                             header: { header in
                do throws(InputError) {
                    reader = try TableReader(file: path, header: header.strings, schema: schema, options: options,
                                             uniqueKey: uniqueKey, storing: storing, note: choice.note)
                    reader?.headerLine = header.line
                    reader?.reserve(rows)
                    return true
                } catch {
                    failure = error
                    return false
                }
            }) { record in
                reader!.consume(record)
            }
            if let failure { throw failure }
            return try reader!.finish(encoding: .utf8)
        }
        if info.looksUTF16 { throw HeaderChoice.utf16(path) }
        let leading = try file.leadingRecords(encoding: info.encoding, limit: HeaderChoice.searchedRecords)
        guard !leading.isEmpty else { throw .emptyFile(path) }
        let choice = try HeaderChoice(records: leading, schema: schema, file: path, encoding: info.encoding,
                                      rawStart: info.start)
        let make = { () throws(InputError) in
            var reader = try TableReader(file: path, header: choice.header, schema: schema, options: options,
                                         uniqueKey: uniqueKey, storing: storing, note: choice.note)
            reader.headerLine = leading[choice.index].line
            return reader
        }
        let skipped = choice.index + 1
        if info.size >= parallelAbove, let cut = try file.lineStart(after: info.size / 2) {
            let parts = [0..<cut, cut..<info.size]
            var readers = [try make(), try make()]
            var outcomes = [Result<Int?, InputError>](repeating: .success(nil), count: 2)
            readers.withUnsafeMutableBufferPointer { readers in
                outcomes.withUnsafeMutableBufferPointer { outcomes in
                    nonisolated(unsafe) let readers = readers, outcomes = outcomes
                    DispatchQueue.concurrentPerform(iterations: 2) { part in
                        outcomes[part] = Result { () throws(InputError) in
                            try readers[part].readRecords(of: file, in: parts[part], firstLine: 1,
                                                          encoding: info.encoding, skipping: part == 0 ? skipped : 0)
                        }
                    }
                }
            }
            if let secondLine = try outcomes[0].get() {
                let secondIsRead = if case .success(.some) = outcomes[1] { true } else { false }
                if !secondIsRead || !readers[1].shiftLines(by: secondLine - 1) {
                    readers[1] = try make()
                    _ = try readers[1].readRecords(of: file, in: parts[1], firstLine: secondLine,
                                                   encoding: info.encoding, skipping: 0)
                }
                if readers[0].join(readers[1]) { return try readers[0].finish(encoding: info.encoding) }
            }
        }
        var reader = try make()
        _ = try reader.readRecords(of: file, in: 0..<info.size, firstLine: 1, encoding: info.encoding, skipping: skipped)
        return try reader.finish(encoding: info.encoding)
    }

    /// Consumes the data records of one byte range of `file`, after the first `skipping`
    /// records (the header and any title rows above it).
    ///
    /// - Returns: the line after the range; `nil` when the range did not end at a record
    ///   boundary.
    private mutating func readRecords(
        of file: CSVFileReader, in range: Range<Int>, firstLine: Int, encoding: TextEncoding, skipping: Int
    ) throws(InputError) -> Int? {
        var skipped = 0
        self.encoding = encoding
        return try file.forEachRecord(in: range, firstLine: firstLine, encoding: encoding, estimate: reserve) { record in
            guard skipped == skipping else { return skipped += 1 }
            consume(record)
        }
    }
}
