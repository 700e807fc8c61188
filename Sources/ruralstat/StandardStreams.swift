#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// Writing to standard error and to output files without Foundation: the one file of the
/// command that calls the C library (`open`, `write`, `isatty`, `strerror`).
enum StandardStreams {
    /// Whether standard error is a terminal (progress lines are shown only then).
    static var errorIsTerminal: Bool { isatty(2) == 1 }

    /// Writes `text` and a newline to standard error.
    static func printError(_ text: String) {
        writeAll(Array((text + "\n").utf8), to: 2)
    }

    /// Writes `bytes` to the file at `path` (created or truncated), or to standard output when
    /// `path` is `nil`.
    ///
    /// - Throws: `ExitCode(73)` (EX_CANTCREAT) after a message when the file cannot be written.
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else { return writeAll(bytes, to: 1) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw ExitStatus.failure(ExitStatus.cannotWrite.rawValue,
                                     message: "error: cannot write \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        writeAll(bytes, to: fd)
    }

    /// The corresponding C routine is `write(2)`, retried until every byte is written.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    private static func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, pointer, count)
        #else
        Darwin.write(fd, pointer, count)
        #endif
    }
}
