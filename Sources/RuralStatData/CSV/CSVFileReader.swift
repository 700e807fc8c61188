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
public struct CSVFileReader {
    /// The path, as given.
    public let path: String
    /// Bytes per read.
    public var blockSize = 1 << 22

    /// Creates a reader of the file at `path`.
    public init(path: String) {
        self.path = path
    }

    /// What the reader learnt about the file.
    public struct FileInfo: Sendable {
        /// The encoding the file was read in.
        public var encoding: TextEncoding
        /// The file's size in bytes.
        public var size: Int
    }

    /// Calls `body` with every record of the file, in order (the header first).
    ///
    /// - Parameters:
    ///   - encoding: the file's encoding, or `nil` to detect it.
    ///   - estimate: called once, after the first block, with an estimate of the number of
    ///     records in the file (from the first block's bytes per record), so that the caller
    ///     can size its columns once.
    /// - Throws: ``InputError/unreadable(file:reason:)`` when the file cannot be opened or
    ///   read; ``InputError/invalidData(file:errors:total:)`` for an unterminated quoted field
    ///   or bytes that are not GB18030.
    public func forEachRecord(
        encoding: TextEncoding?, estimate: (Int) -> Void = { _ in }, _ body: (CSVRecord) -> Void
    ) throws(InputError) -> FileInfo {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(file: path, reason: Self.systemError()) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .unreadable(file: path, reason: Self.systemError()) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw .unreadable(file: path, reason: "is a directory") }
        let size = Int(status.st_size)

        var raw = [UInt8](repeating: 0, count: blockSize)
        var text: [UInt8] = []
        text.reserveCapacity(blockSize * 2)
        var scanner = CSVScanner()
        var decoder: GB18030Decoder?
        var fileEncoding = TextEncoding.utf8
        var isFirstBlock = true
        var isFinal = false
        var recordsSoFar = 0
        var textBytesSoFar = 0
        while !isFinal {
            let count = try read(fd, into: &raw)
            isFinal = count == 0
            let block = raw.prefix(count)
            if isFirstBlock {
                fileEncoding = encoding ?? TextEncoding.detect(block)
                if fileEncoding == .gb18030 { decoder = GB18030Decoder() }
            }
            if let decoder {
                do {
                    try block.withUnsafeBufferPointer { (bytes) throws(Transcoder.Failure) in
                        try decoder.decode(bytes, isFinal: isFinal, into: &text)
                    }
                } catch {
                    let line = scanner.line + text.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
                    throw .invalidData(file: path, errors: [CellError(
                        file: path, line: line, column: "", value: "",
                        message: "\(error); is the file in another encoding?")], total: 1)
                }
            } else {
                let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
                text.append(contentsOf: isFirstBlock && block.starts(with: bom) ? block.dropFirst(3) : block[...])
            }
            var consumed = 0
            do {
                consumed = try text.withUnsafeMutableBufferPointer { (buffer) throws(CSVScanner.UnterminatedQuote) in
                    try scanner.scan(buffer, from: 0, to: buffer.count, isFinal: isFinal) { record in
                        recordsSoFar += 1
                        body(record)
                    }
                }
            } catch {
                throw .invalidData(file: path, errors: [CellError(
                    file: path, line: error.line, column: "", value: "", message: error.description)], total: 1)
            }
            textBytesSoFar += consumed
            if isFirstBlock, recordsSoFar > 0, !isFinal {
                let bytesPerRecord = Double(textBytesSoFar) / Double(recordsSoFar)
                estimate(Int(Double(size) / bytesPerRecord * 1.05) + 16)
            }
            text.removeFirst(consumed)
            isFirstBlock = false
        }
        return FileInfo(encoding: fileEncoding, size: size)
    }

    /// Reads up to `buffer.count` bytes, retrying after interrupts; 0 means end of file.
    private func read(_ fd: Int32, into buffer: inout [UInt8]) throws(InputError) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: Self.systemError())
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// The corresponding C routine is `read(2)`.
    private func systemRead(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, pointer, count)
        #else
        Darwin.read(fd, pointer, count)
        #endif
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
