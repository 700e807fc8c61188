import RuralStatText

/// Streams the records of a CSV file a block at a time, in UTF-8 whatever the file's encoding.
///
/// The file is read in blocks of ``blockSize`` bytes, never whole: memory stays at about two
/// blocks besides what the caller keeps. The encoding is the one given, or detected from the
/// first block (``TextEncoding/detect(_:)``); a UTF-8 byte-order mark is dropped and GB18030 is
/// decoded block by block (``GB18030Decoder``).
///
/// A large file can be read in two parts at once: ``lineStart(after:)`` finds a likely record boundary,
/// and ``forEachRecord(in:firstLine:encoding:estimate:_:)`` reads one byte range. Quote and
/// line-feed bytes (0x22, 0x0A) never occur inside a multi-byte character in UTF-8 or
/// GB18030, so the boundary search works on the raw bytes in either encoding.
package struct CSVFileReader: Sendable {
    /// The path, as given.
    package let path: String
    /// Bytes per read.
    package var blockSize = 1 << 16

    /// Creates a reader of the file at `path`.
    package init(path: String) {
        self.path = path
    }

    /// What the reader learnt about the file.
    package struct FileInfo: Sendable {
        /// The encoding the file is read in: as given, or detected.
        package var encoding: TextEncoding
        /// The file's size in bytes.
        package var size: Int
        /// Whether the file starts with the zip signature `PK\u{3}\u{4}`, as an `.xlsx`
        /// workbook does.
        package var isZipArchive: Bool
        /// Whether the file looks like UTF-16 (Excel's "Unicode text"): a UTF-16 byte-order mark
        /// (FF FE or FE FF), or ASCII interleaved with NUL bytes in its first bytes.
        package var looksUTF16: Bool = false
        /// The file's first bytes (up to 4 KiB) as they are on disk.
        package var start: [UInt8] = []
    }

    /// The file's size and encoding: `encoding`, or detected on the whole input.
    ///
    /// Detection looks at the first block; when that is all ASCII (an English header, ids and
    /// numbers) it goes on to the first byte that is not ASCII, wherever it is, and decides
    /// there (``TextEncoding/detect(_:)`` on the 64 KiB from that byte): a GB18030 file whose
    /// first Chinese text is on line 300,002 is read as GB18030 from its first line, never half
    /// and half. A file that is ASCII throughout is UTF-8.
    ///
    /// - Throws: ``InputError/unreadable(file:reason:)`` when the file cannot be opened or read.
    package func inspect(encoding: TextEncoding?) throws(InputError) -> FileInfo {
        let file = try OpenFile(path: path)
        var block = [UInt8](repeating: 0, count: min(blockSize, max(file.size, 1)))
        let count = try file.read(into: &block, at: 0)
        let first = block.prefix(count)
        var detected = encoding ?? TextEncoding.detect(first)
        if encoding == nil, count < file.size, first.allSatisfy({ $0 < 0x80 }),
           let offset = try firstNonASCII(in: file, from: count) {
            let window = try file.read(into: &block, at: offset)
            // The window ends where it ends: a character cut there is not held against UTF-8.
            detected = TextEncoding.detect(block.prefix(window))
        }
        let nulls = first.prefix(64).filter { $0 == 0 }.count
        return FileInfo(encoding: detected, size: file.size,
                        isZipArchive: first.starts(with: [0x50, 0x4B, 0x03, 0x04]),
                        looksUTF16: first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF])
                            || (count >= 4 && nulls * 3 >= min(count, 64)),
                        start: Array(first.prefix(4096)))
    }

    /// The offset of the first byte ≥ 0x80 at or after `start`, eight bytes at a time.
    private func firstNonASCII(in file: OpenFile, from start: Int) throws(InputError) -> Int? {
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var position = start
        while position < file.size {
            let count = try file.read(into: &block, at: position)
            guard count > 0 else { return nil }
            let found: Int? = block.withUnsafeBytes { raw in
                var index = 0
                while index + 8 <= count {
                    if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
                    index += 8
                }
                while index < count {
                    if raw[index] >= 0x80 { return index }
                    index += 1
                }
                return nil
            }
            if let found { return position + found }
            position += count
        }
        return nil
    }

    /// The fields of the file's first record (its header), read from the first block alone.
    ///
    /// - Returns: `nil` when the file has no record.
    /// - Throws: as ``forEachRecord(encoding:estimate:_:)``.
    package func header(encoding: TextEncoding) throws(InputError) -> [String]? {
        try leadingRecords(encoding: encoding, limit: 1).first?.fields
    }

    /// The first `limit` records (fewer when the file or the first 64 KiB end before), each
    /// with its line: the header and what may stand above it (a title row).
    ///
    /// - Returns: an empty array when the file has no record.
    /// - Throws: as ``forEachRecord(encoding:estimate:_:)``; a header line past its limit.
    package func leadingRecords(encoding: TextEncoding, limit: Int) throws(InputError) -> [(line: Int, fields: [String])] {
        let file = try OpenFile(path: path)
        // The header must end within its limit (and a byte-order mark).
        var block = [UInt8](repeating: 0, count: InputLimits.maximumHeaderBytes + 3)
        let count = try file.read(into: &block, at: 0)
        let isWholeFile = count == file.size
        var text: [UInt8]
        if encoding == .gb18030 {
            text = []
            do {
                try block.prefix(count).withUnsafeBufferPointer { (bytes) throws(Transcoder.Failure) in
                    try GB18030Decoder().decode(bytes, isFinal: isWholeFile, into: &text)
                }
            } catch {
                throw notGB18030(block.prefix(count))
            }
        } else {
            text = Array(block.prefix(count).starts(with: [0xEF, 0xBB, 0xBF]) ? block[3..<count] : block[..<count])
        }
        var scanner = CSVScanner()
        var records: [(line: Int, fields: [String])] = []
        do {
            _ = try text.withUnsafeMutableBufferPointer { (buffer) throws(CSVScanner.UnterminatedQuote) in
                try scanner.scan(buffer, from: 0, to: buffer.count, isFinal: isWholeFile) { record in
                    if records.count < limit { records.append((record.line, record.strings)) }
                }
            }
        } catch {
            // A quote left open after the first record is the data's problem, found when it is read.
            guard records.isEmpty else { return records }
            throw unterminated(error)
        }
        let header = records.first?.fields
        if header == nil, !isWholeFile {
            throw .invalidData(file: path, errors: [CellError.file(path, line: 1, LocalizedText(
                 en: "the header line is longer than \(InputLimits.maximumHeaderBytes) bytes, the limit",
                 zh: "表头行超过 \(InputLimits.maximumHeaderBytes) 字节的上限"))], total: 1)
        }
        if let header, header.count > InputLimits.maximumColumns {
            throw .invalidData(file: path, errors: [CellError.file(path, line: 1,
                 InputLimits.tooManyColumns(header.count))], total: 1)
        }
        return records
    }

    /// Calls `body` with every record of the file, in order (the header first).
    ///
    /// - Parameters:
    ///   - encoding: the file's encoding, or `nil` to detect it.
    ///   - estimate: called once, after the first block, with an estimate of the number of
    ///     records, so that the caller can size its columns once.
    /// - Throws: ``InputError/unreadable(file:reason:)`` when the file cannot be opened or
    ///   read; ``InputError/invalidData(file:errors:total:)`` for an unterminated quoted field
    ///   or bytes that are not text in the encoding.
    package func forEachRecord(
        encoding: TextEncoding?, estimate: (Int) -> Void = { _ in }, _ body: (CSVRecord) -> Void
    ) throws(InputError) -> FileInfo {
        let info = try inspect(encoding: encoding)
        _ = try forEachRecord(in: 0..<info.size, firstLine: 1, encoding: info.encoding, estimate: estimate, body)
        return info
    }

    /// Calls `body` with every record that starts in the byte range `range` of the file.
    ///
    /// - Parameters:
    ///   - range: a range from ``lineStart(after:)``: it starts at the beginning of the file or of a
    ///     record and ends at the end of the file or of a record.
    ///   - firstLine: the line on which `range` starts.
    /// - Returns: the line just after the range; `nil` when the range ends inside a quoted
    ///   field before the end of the file (its end was not a record boundary after all), and
    ///   the records given so far are then not the whole range.
    /// - Throws: as ``forEachRecord(encoding:estimate:_:)``.
    package func forEachRecord(
        in range: Range<Int>, firstLine: Int, encoding: TextEncoding,
        estimate: (Int) -> Void = { _ in }, _ body: (CSVRecord) -> Void
    ) throws(InputError) -> Int? {
        let file = try OpenFile(path: path)
        let endsFile = range.upperBound >= file.size
        // UTF-8 is read straight into the scanner's buffer, after the unconsumed tail of the
        // block before; GB18030 is read into `raw` and decoded into it.
        let text = ScalarBuffer<UInt8>(capacity: 2 * blockSize)
        var raw = encoding == .gb18030 ? [UInt8](repeating: 0, count: blockSize) : []
        var decoded: [UInt8] = []
        var scanner = CSVScanner(firstLine: firstLine)
        let decoder = encoding == .gb18030 ? GB18030Decoder() : nil
        var offset = range.lowerBound
        var isFirstBlock = true
        var mayStartWithBOM = encoding == .utf8 && range.lowerBound == 0
        var isFinal = false
        var records = 0
        var bytesScanned = 0
        while !isFinal {
            let limit = range.upperBound - offset
            // A record cut by the end of the buffer is scanned again from its start once more
            // bytes are in: reading at least as many bytes as are left over makes that
            // rescanning add up to at most the record's length again (linear, not quadratic).
            let readSize = min(max(blockSize, text.count), InputLimits.maximumRecordBytes + blockSize)
            if let decoder {
                if raw.count < readSize { raw = [UInt8](repeating: 0, count: readSize) }
                let count = try file.read(into: &raw, at: offset, limit: min(limit, readSize))
                offset += count
                isFinal = count == 0
                decoded.removeAll(keepingCapacity: true)
                // Bytes that are not GB18030 are marked, and their row refused with its line.
                raw.withUnsafeBufferPointer { bytes in
                    decoder.decodeMarkingInvalid(UnsafeBufferPointer(rebasing: bytes[..<count]), isFinal: isFinal, into: &decoded)
                }
                decoded.withUnsafeBufferPointer { text.append(contentsOf: $0) }
            } else {
                // A record longer than the buffer (a long quoted cell) doubles it.
                if text.count + readSize > text.capacity { text.reserve(max(text.count + readSize, 2 * text.capacity)) }
                let free = UnsafeMutableRawBufferPointer(start: text.base + text.count, count: readSize)
                let count = try file.read(into: free, at: offset, limit: limit)
                text.grow(to: text.capacity, keeping: text.count + count)
                offset += count
                isFinal = count == 0
                if mayStartWithBOM {
                    // The mark may arrive over several (tiny) blocks: wait for three bytes.
                    guard text.count >= 3 || isFinal else { continue }
                    if text.values.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
                    mayStartWithBOM = false
                }
            }
            var consumed = 0
            var longRecord: Int?
            do {
                let buffer = UnsafeMutableBufferPointer(start: text.base, count: text.count)
                consumed = try scanner.scan(buffer, from: 0, to: buffer.count, isFinal: isFinal) { record in
                    guard longRecord == nil else { return }
                    guard record.ends[record.count - 1] - record.starts[0] <= InputLimits.maximumRecordBytes else {
                        return longRecord = record.line
                    }
                    records += 1
                    body(record)
                }
            } catch {
                guard endsFile else { return nil }
                throw unterminated(error)
            }
            if longRecord != nil || text.count - consumed > InputLimits.maximumRecordBytes {
                let limit = InputLimits.maximumRecordBytes >> 20
                throw .invalidData(file: path, errors: [CellError.file(path, line: longRecord ?? scanner.line, LocalizedText(
                     en: "the record starting on this line is longer than \(limit) MiB, the limit (is a quote not closed?)",
                     zh: "从这一行开始的记录超过 \(limit) MiB 的上限（是否有引号没有闭合？）"))], total: 1)
            }
            bytesScanned += consumed
            if isFirstBlock, records > 0, !isFinal {
                estimate(Int(Double(range.count) / (Double(bytesScanned) / Double(records)) * 1.02) + 64)
            }
            text.removeFirst(consumed)
            isFirstBlock = false
        }
        return scanner.line
    }

    /// The error for a header block that is not GB18030, suggesting UTF-8 when its first line is.
    private func notGB18030(_ bytes: ArraySlice<UInt8>) -> InputError {
        let firstLine = bytes.prefix(while: { $0 != 0x0A })
        let suggestion = String(validating: firstLine, as: UTF8.self) != nil
            ? TextEncoding.validUTF8ReadAsGB18030
            : LocalizedText(en: "the header holds bytes not valid in GB18030; is the file in another encoding?",
                            zh: "表头含有 GB18030 中无效的字节；文件是否为其他编码？")
        return .invalidData(file: path, errors: [CellError.file(path, line: 1, suggestion)], total: 1)
    }

    private func unterminated(_ error: CSVScanner.UnterminatedQuote) -> InputError {
        .invalidData(file: path, errors: [CellError.file(path, line: error.line, error.message)], total: 1)
    }

    /// The offset just after the first line feed at or after byte `offset`: a record
    /// boundary unless that line feed lies inside a quoted field; `nil` when there is none
    /// before the end of the file.
    ///
    /// Nothing before `offset` is read, so a second reader can start there at once; whether
    /// it was a record boundary after all is known when the reader of the bytes before it
    /// ends (``forEachRecord(in:firstLine:encoding:estimate:_:)`` returns `nil` otherwise).
    ///
    /// - Complexity: O(distance to the line feed), with `memchr`.
    package func lineStart(after offset: Int) throws(InputError) -> Int? {
        let file = try OpenFile(path: path)
        var block = [UInt8](repeating: 0, count: min(blockSize, 1 << 16))
        var position = offset
        while position < file.size {
            let count = try file.read(into: &block, at: position)
            guard count > 0 else { return nil }
            let found = block.withUnsafeBytes { SystemCalls.firstOffset(of: 0x0A, in: $0.baseAddress!, count: count) }
            if let found {
                let start = position + found + 1
                return start < file.size ? start : nil
            }
            position += count
        }
        return nil
    }
}

/// An open file descriptor, closed when the value goes away.
private final class OpenFile {
    let path: String
    let fd: Int32
    let size: Int

    init(path: String) throws(InputError) {
        self.path = path
        do { fd = try SystemCalls.openForReading(path) } catch {
            throw .unreadable(file: path, reason: error.message)
        }
        let status: (size: Int, isDirectory: Bool)
        do { status = try SystemCalls.status(of: fd) } catch {
            SystemCalls.close(fd)
            throw .unreadable(file: path, reason: error.message)
        }
        guard !status.isDirectory else {
            SystemCalls.close(fd)
            throw .unreadable(file: path, reason: LocalizedText(en: "is a directory", zh: "是一个文件夹"))
        }
        size = status.size
    }

    deinit { SystemCalls.close(fd) }

    /// Reads up to `min(buffer.count, limit)` bytes at `offset`, retrying after interrupts;
    /// 0 means end of file (``SystemCalls/read(_:into:count:at:)``, `pread(2)`).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int, limit: Int = .max) throws(InputError) -> Int {
        let wanted = min(buffer.count, limit)
        var filled = 0
        while filled < wanted {
            let count: Int
            do { count = try SystemCalls.read(fd, into: buffer.baseAddress! + filled, count: wanted - filled, at: offset + filled) } catch {
                if error.isInterrupted { continue }
                throw .unreadable(file: path, reason: error.message)
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// ``read(into:at:limit:)`` into an array.
    func read(into buffer: inout [UInt8], at offset: Int, limit: Int = .max) throws(InputError) -> Int {
        // `withUnsafeMutableBytes` rethrows untyped errors: carry the typed one out.
        let result = buffer.withUnsafeMutableBytes { buffer in
            Result { () throws(InputError) in try read(into: buffer, at: offset, limit: limit) }
        }
        return try result.get()
    }
}
