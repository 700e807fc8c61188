#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams the records of a CSV file a block at a time, in UTF-8 whatever the file's encoding.
///
/// The file is read in blocks of ``blockSize`` bytes, never whole: memory stays at about two
/// blocks besides what the caller keeps. The encoding is the one given, or detected from the
/// first block (``TextEncoding/detect(_:)``); a UTF-8 byte-order mark is dropped and GB18030 is
/// decoded block by block (``GB18030Decoder``).
///
/// A large file can be read in two parts at once: ``split(near:)`` finds a record boundary,
/// and ``forEachRecord(in:firstLine:encoding:estimate:_:)`` reads one byte range. Quote and
/// line-feed bytes (0x22, 0x0A) never occur inside a multi-byte character in UTF-8 or
/// GB18030, so the boundary search works on the raw bytes in either encoding.
public struct CSVFileReader: Sendable {
    /// The path, as given.
    public let path: String
    /// Bytes per read.
    public var blockSize = 1 << 19

    /// Creates a reader of the file at `path`.
    public init(path: String) {
        self.path = path
    }

    /// What the reader learnt about the file.
    public struct FileInfo: Sendable {
        /// The encoding the file is read in: as given, or detected.
        public var encoding: TextEncoding
        /// The file's size in bytes.
        public var size: Int
    }

    /// The file's size and encoding (`encoding`, or detected from the first block).
    ///
    /// - Throws: ``InputError/unreadable(file:reason:)`` when the file cannot be opened or read.
    public func inspect(encoding: TextEncoding?) throws(InputError) -> FileInfo {
        let file = try OpenFile(path: path)
        var block = [UInt8](repeating: 0, count: min(blockSize, max(file.size, 1)))
        let count = try file.read(into: &block, at: 0)
        return FileInfo(encoding: encoding ?? TextEncoding.detect(block.prefix(count)), size: file.size)
    }

    /// The fields of the file's first record (its header), read from the first block alone.
    ///
    /// - Returns: `nil` when the file has no record.
    /// - Throws: as ``forEachRecord(encoding:estimate:_:)``.
    public func header(encoding: TextEncoding) throws(InputError) -> [String]? {
        let file = try OpenFile(path: path)
        var block = [UInt8](repeating: 0, count: blockSize)
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
                throw notGB18030(line: 1)
            }
        } else {
            text = Array(block.prefix(count).starts(with: [0xEF, 0xBB, 0xBF]) ? block[3..<count] : block[..<count])
        }
        var scanner = CSVScanner()
        var header: [String]?
        do {
            _ = try text.withUnsafeMutableBufferPointer { (buffer) throws(CSVScanner.UnterminatedQuote) in
                try scanner.scan(buffer, from: 0, to: buffer.count, isFinal: isWholeFile) { record in
                    if header == nil { header = record.strings }
                }
            }
        } catch {
            throw unterminated(error)
        }
        return header
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
    public func forEachRecord(
        encoding: TextEncoding?, estimate: (Int) -> Void = { _ in }, _ body: (CSVRecord) -> Void
    ) throws(InputError) -> FileInfo {
        let info = try inspect(encoding: encoding)
        _ = try forEachRecord(in: 0..<info.size, firstLine: 1, encoding: info.encoding, estimate: estimate, body)
        return info
    }

    /// Calls `body` with every record that starts in the byte range `range` of the file.
    ///
    /// - Parameters:
    ///   - range: a range from ``split(near:)``: it starts at the beginning of the file or of a
    ///     record and ends at the end of the file or of a record.
    ///   - firstLine: the line on which `range` starts.
    /// - Returns: `false` when the range ends inside a quoted field before the end of the file
    ///   (the boundary was not a record boundary after all); the records given so far are then
    ///   not the whole range.
    /// - Throws: as ``forEachRecord(encoding:estimate:_:)``.
    public func forEachRecord(
        in range: Range<Int>, firstLine: Int, encoding: TextEncoding,
        estimate: (Int) -> Void = { _ in }, _ body: (CSVRecord) -> Void
    ) throws(InputError) -> Bool {
        let file = try OpenFile(path: path)
        let endsFile = range.upperBound >= file.size
        var raw = [UInt8](repeating: 0, count: blockSize)
        var text: [UInt8] = []
        text.reserveCapacity(blockSize + blockSize / 2)
        var scanner = CSVScanner(firstLine: firstLine)
        let decoder = encoding == .gb18030 ? GB18030Decoder() : nil
        var offset = range.lowerBound
        var isFirstBlock = true
        var mayStartWithBOM = encoding == .utf8 && range.lowerBound == 0
        var isFinal = false
        var records = 0
        var bytesScanned = 0
        while !isFinal {
            let count = try file.read(into: &raw, at: offset, limit: range.upperBound - offset)
            offset += count
            isFinal = count == 0
            let block = raw.prefix(count)
            if let decoder {
                do {
                    try block.withUnsafeBufferPointer { (bytes) throws(Transcoder.Failure) in
                        try decoder.decode(bytes, isFinal: isFinal, into: &text)
                    }
                } catch {
                    throw notGB18030(line: scanner.line + text.reduce(0) { $0 + ($1 == 10 ? 1 : 0) })
                }
            } else {
                text.append(contentsOf: block)
                if mayStartWithBOM {
                    // The mark may arrive over several (tiny) blocks: wait for three bytes.
                    guard text.count >= 3 || isFinal else { continue }
                    if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
                    mayStartWithBOM = false
                }
            }
            var consumed = 0
            do {
                consumed = try text.withUnsafeMutableBufferPointer { (buffer) throws(CSVScanner.UnterminatedQuote) in
                    try scanner.scan(buffer, from: 0, to: buffer.count, isFinal: isFinal) { record in
                        records += 1
                        body(record)
                    }
                }
            } catch {
                guard endsFile else { return false }
                throw unterminated(error)
            }
            bytesScanned += consumed
            if isFirstBlock, records > 0, !isFinal {
                estimate(Int(Double(range.count) / (Double(bytesScanned) / Double(records)) * 1.02) + 64)
            }
            text.removeFirst(consumed)
            isFirstBlock = false
        }
        return true
    }

    private func notGB18030(line: Int) -> InputError {
        .invalidData(file: path, errors: [CellError(file: path, line: line, column: "", value: "",
            message: "bytes not valid in GB18030; is the file in another encoding?")], total: 1)
    }

    private func unterminated(_ error: CSVScanner.UnterminatedQuote) -> InputError {
        .invalidData(file: path, errors: [CellError(file: path, line: error.line, column: "", value: "",
                                                    message: error.description)], total: 1)
    }

    /// A record boundary at or after byte `offset`: the byte after the first line feed that
    /// is outside quotes, and the line that starts there; `nil` if there is none.
    ///
    /// Whether a byte is inside quotes is decided by the parity of the quotes before it, so
    /// this reads the file up to the boundary once. A quote inside an unquoted field (which
    /// the scanner keeps as text) can mislead it; readers of the parts detect that through the
    /// `false` of ``forEachRecord(in:firstLine:encoding:estimate:_:)``.
    ///
    /// - Complexity: O(offset), a tight loop over the bytes.
    public func split(near offset: Int) throws(InputError) -> (offset: Int, line: Int)? {
        let file = try OpenFile(path: path)
        var block = [UInt8](repeating: 0, count: blockSize)
        var position = 0
        var quotes = 0
        var breaks = BreakCount()
        while position < file.size {
            let count = try file.read(into: &block, at: position)
            guard count > 0 else { return nil }
            let boundary: Int? = block.withUnsafeBufferPointer { bytes in
                // Bytes before `offset` only need counting, eight at a time.
                let counted = max(0, min(count, offset - position))
                quotes &+= breaks.add(UnsafeBufferPointer(rebasing: bytes[..<counted]))
                for index in counted..<count {
                    if bytes[index] == 0x22 {
                        quotes &+= 1
                    } else if bytes[index] == 0x0A, quotes & 1 == 0 {
                        _ = breaks.add(UnsafeBufferPointer(rebasing: bytes[counted...index]))
                        return index
                    }
                }
                _ = breaks.add(UnsafeBufferPointer(rebasing: bytes[counted..<count]))
                return nil
            }
            if let boundary {
                let split = position + boundary + 1
                return split < file.size ? (split, breaks.lines + 1) : nil
            }
            position += count
        }
        return nil
    }
}

/// Counts line breaks as ``CSVScanner`` does (LF, CRLF and a lone CR each end a line), and
/// quotes, eight bytes at a time.
private struct BreakCount {
    private(set) var lines = 0
    private var lastWasCR = false

    /// Counts the breaks in `bytes`, which follow the bytes counted before.
    ///
    /// - Returns: the number of quote bytes in `bytes`.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress, let last = bytes.last else { return 0 }
        var quotes = 0, feeds = 0, returns = 0
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            quotes &+= Self.zeroBytes(word ^ 0x2222_2222_2222_2222)
            feeds &+= Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            returns &+= Self.zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
            index += 8
        }
        for byte in bytes[index...] {
            quotes &+= byte == 0x22 ? 1 : 0
            feeds &+= byte == 0x0A ? 1 : 0
            returns &+= byte == 0x0D ? 1 : 0
        }
        var pairs = 0
        if returns > 0 {
            for index in 1..<max(bytes.count, 1) where bytes[index - 1] == 0x0D && bytes[index] == 0x0A { pairs += 1 }
        }
        if lastWasCR, bytes[0] == 0x0A { pairs += 1 }
        lines += feeds + returns - pairs
        lastWasCR = last == 0x0D
        return quotes
    }

    /// The number of zero bytes in `x`: the high bit of `~(((x & 0x7F…) + 0x7F…) | x | 0x7F…)`
    /// is set in exactly the zero bytes (no carry crosses bytes).
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> Int {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return (~(((x & low) &+ low) | x | low)).nonzeroBitCount
    }
}

/// An open file descriptor, closed when the value goes away.
private final class OpenFile {
    let path: String
    let fd: Int32
    let size: Int

    init(path: String) throws(InputError) {
        self.path = path
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(file: path, reason: Self.systemError()) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            close(fd)
            throw .unreadable(file: path, reason: Self.systemError())
        }
        guard (status.st_mode & S_IFMT) != S_IFDIR else {
            close(fd)
            throw .unreadable(file: path, reason: "is a directory")
        }
        size = Int(status.st_size)
    }

    deinit { close(fd) }

    /// Reads up to `min(buffer.count, limit)` bytes at `offset`, retrying after interrupts;
    /// 0 means end of file. The corresponding C routine is `pread(2)`.
    func read(into buffer: inout [UInt8], at offset: Int, limit: Int = .max) throws(InputError) -> Int {
        let wanted = min(buffer.count, limit)
        var filled = 0
        while filled < wanted {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, wanted - filled, off_t(offset + filled)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: Self.systemError())
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
