import RuralStatText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The module's one door to the C library, as swift-system does it: every C routine
/// RuralStatData calls is wrapped here, once, and no other file imports Glibc or Darwin.
///
/// Each wrapper is thin (no policy: retries and messages stay with the caller), names the C
/// function it calls, and reports a failure as the `errno` captured right after the call.
/// Wrappers on hot paths (`pread`, `memchr`, `memcmp`, `strtod`) are `@inline(__always)`.
enum SystemCalls {
    /// A C library failure: the `errno` captured right after the failing call.
    struct Errno: Error, Equatable {
        /// The `errno` value.
        let code: Int32

        /// Captures the current `errno`.
        @inline(__always) static var current: Errno { Errno(code: errno) }

        /// Whether a signal interrupted the call (`EINTR`); it may be retried.
        var isInterrupted: Bool { code == EINTR }
        /// Whether the call stopped at an incomplete multi-byte sequence (`EINVAL` from `iconv`).
        var isIncompleteInput: Bool { code == EINVAL }
        /// The system's message for the error, from `strerror(3)`, in both languages.
        var message: LocalizedText { .systemError(code) }
    }

    // MARK: Files

    /// Opens `path` for reading: `open(2)` with `O_RDONLY`; the file descriptor.
    static func openForReading(_ path: String) throws(Errno) -> Int32 {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .current }
        return fd
    }

    /// The size of the open file `fd` and whether it is a directory: `fstat(2)`.
    static func status(of fd: Int32) throws(Errno) -> (size: Int, isDirectory: Bool) {
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .current }
        return (Int(status.st_size), (status.st_mode & S_IFMT) == S_IFDIR)
    }

    /// Closes `fd`: `close(2)`.
    static func close(_ fd: Int32) {
        _ = closeDescriptor(fd)
    }

    /// Reads up to `count` bytes of `fd` at `offset` into `buffer`, once: `pread(2)`; the
    /// number of bytes read, 0 at end of file.
    @inline(__always)
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(Errno) -> Int {
        let read = pread(fd, buffer, count, off_t(offset))
        guard read >= 0 else { throw .current }
        return read
    }

    // MARK: Memory

    /// The system's page size: `sysconf(3)` with `_SC_PAGESIZE`.
    static var pageSize: Int { Int(sysconf(Int32(_SC_PAGESIZE))) }

    /// `bytes` of fresh zeroed read-write memory: `mmap(2)`, private and anonymous.
    static func mapMemory(_ bytes: Int) throws(Errno) -> UnsafeMutableRawPointer {
        let mapped = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let mapped, mapped != UnsafeMutableRawPointer(bitPattern: -1) else { throw .current }
        return mapped
    }

    /// Gives back `bytes` of mapped memory at `start`: `munmap(2)`.
    static func unmapMemory(_ start: UnsafeMutableRawPointer, _ bytes: Int) {
        _ = munmap(start, bytes)
    }

    /// Gives the `bytes` of mapped memory at `start` (page-aligned, a whole number of pages)
    /// back to the system, keeping the mapping: `madvise(2)` with `MADV_DONTNEED`, after which
    /// they read as zero. A failure leaves them as they are.
    static func discardPages(_ start: UnsafeMutableRawPointer, _ bytes: Int) {
        _ = madvise(start, bytes, MADV_DONTNEED)
    }

    /// Asks Linux to back `bytes` at `start` with huge pages: `madvise(2)` with
    /// `MADV_HUGEPAGE`. Only a hint: a failure, and other systems, leave the memory as it is.
    static func adviseHugePages(_ start: UnsafeMutableRawPointer, _ bytes: Int) {
        #if os(Linux)
        _ = madvise(start, bytes, MADV_HUGEPAGE)
        #endif
    }

    // MARK: Bytes

    /// The offset of the first `byte` in the `count` bytes at `base`, or `nil`: `memchr(3)`.
    @inline(__always)
    static func firstOffset(of byte: UInt8, in base: UnsafeRawPointer, count: Int) -> Int? {
        memchr(base, Int32(byte), count).map { base.distance(to: UnsafeRawPointer($0)) }
    }

    /// Whether the `count` bytes at `left` and `right` are equal: `memcmp(3)`.
    @inline(__always)
    static func bytesEqual(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
        memcmp(left, right, count) == 0
    }

    /// Copies `count` bytes from `source` to `destination`, which may overlap: `memmove(3)`.
    @inline(__always)
    static func moveBytes(_ destination: UnsafeMutableRawPointer, from source: UnsafeRawPointer, count: Int) {
        _ = memmove(destination, source, count)
    }

    /// The number at the start of the NUL-terminated `text`: `strtod(3)`.
    @inline(__always)
    static func parseDouble(_ text: UnsafePointer<CChar>) -> Double {
        strtod(text, nil)
    }

    // MARK: Text conversion

    /// A converter from the encoding named `source` to `target`: `iconv_open(3)`; `nil` when
    /// the system cannot convert between them.
    static func openConverter(to target: String, from source: String) -> UnsafeMutableRawPointer? {
        let handle = iconv_open(target, source)
        guard Int(bitPattern: handle) != -1 else { return nil }
        return handle
    }

    /// Converts from `input` (`inputLeft` bytes) to `output` (`outputLeft` bytes free),
    /// advancing both: `iconv(3)`. Throws when it stopped before the end of the input.
    static func convert(
        _ converter: UnsafeMutableRawPointer,
        _ input: inout UnsafeMutablePointer<CChar>?, _ inputLeft: inout Int,
        _ output: inout UnsafeMutablePointer<CChar>?, _ outputLeft: inout Int
    ) throws(Errno) {
        guard iconv(converter, &input, &inputLeft, &output, &outputLeft) != -1 else { throw .current }
    }

    /// Frees a converter: `iconv_close(3)`.
    static func closeConverter(_ converter: UnsafeMutableRawPointer) {
        _ = iconv_close(converter)
    }
}

/// `close(2)`, outside ``SystemCalls`` whose own `close` would shadow it.
private func closeDescriptor(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(fd)
    #else
    Darwin.close(fd)
    #endif
}
