import RuralStatText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output files of one command, written all or none (issue 14: outputs written in place
/// were truncated by a full disk or an interruption, and could overwrite an input).
///
/// ``stage(_:to:)`` writes each file to a temporary file beside its target (same folder, so
/// the rename cannot cross file systems), flushes it to the disk (`fsync`) and keeps the
/// target's permissions; ``commit()`` renames every one into place and flushes the folders,
/// only once all are complete. A target that exists and is not a regular file (`/dev/full`,
/// `/dev/stdout`, a pipe) cannot be replaced by a rename: it is written directly at commit,
/// and standard output (a `nil` path) likewise. Until the commit no target is touched, and
/// ``abort()`` (or the transaction's end) removes the temporary files.
///
/// A path that is one of the inputs (``addInputs(_:)``: the same file by device and inode,
/// however it is written) is refused before anything is staged, and so are two outputs that
/// are one file (``checkOutputs(_:)``) and an output that is a folder.
public final class OutputTransaction {
    /// Why an output could not be written, or may not be.
    public struct Failure: Error, Equatable, LocalizedMessage {
        /// The output's path as given, or `standard output` (`标准输出`).
        public let path: LocalizedText
        /// The system's message, or why the path is refused.
        public let reason: LocalizedText
        /// 73 (EX_CANTCREAT) for a write that failed, 64 (EX_USAGE) for an output that is an input.
        public let exitCode: Int32

        init(path: String, reason: LocalizedText, exitCode: Int32) {
            self.init(path: .verbatim(path), reason: reason, exitCode: exitCode)
        }

        init(path: LocalizedText, reason: LocalizedText, exitCode: Int32) {
            self.path = path
            self.reason = reason
            self.exitCode = exitCode
        }

        /// `cannot write PATH: REASON`, or the refusal of an output that is an input.
        public var message: LocalizedText {
            exitCode == 64 ? LocalizedText(en: "\(path.en): \(reason.en)", zh: "\(path.zh)：\(reason.zh)")
                : LocalizedText(en: "cannot write \(path.en): \(reason.en)", zh: "无法写入 \(path.zh)：\(reason.zh)")
        }

        /// ``message`` in `language`.
        public func text(_ language: Language) -> String { message.text(language) }
    }

    private enum Entry {
        /// A temporary file to rename onto `target`.
        case renamed(temporary: String, target: String)
        /// Bytes written at commit to a target that is not a regular file, or to standard output.
        case direct(bytes: [UInt8], target: String?)
    }

    private var entries: [Entry] = []
    private var inputs: [(path: String, device: UInt64, inode: UInt64)] = []
    private var counter = 0

    /// An empty transaction.
    public init() {}

    deinit { abort() }

    /// Registers input files: a later output that is one of them is refused.
    public func addInputs(_ paths: [String]) {
        for path in paths {
            if let (device, inode) = Self.identity(path) { inputs.append((path, device, inode)) }
        }
    }

    /// Refuses `path` as an output when it is one of the registered inputs.
    ///
    /// - Parameter option: the option that names it (`--output`), shown before the path.
    /// - Throws: ``Failure`` with exit status 64, naming the input.
    public func checkNotAnInput(_ path: String, option: String? = nil) throws(Failure) {
        guard let (device, inode) = Self.identity(path),
              let input = inputs.first(where: { $0.device == device && $0.inode == inode }) else { return }
        let same = input.path == path ? "" : " (\(input.path))"
        throw Failure(path: option.map { "\($0) \(path)" } ?? path, reason: LocalizedText(
            en: "is also an input file\(same); write the output to another file",
            zh: "同时是输入文件\(same.isEmpty ? "" : "（\(input.path)）")；请把输出写到另一个文件"), exitCode: 64)
    }

    /// Refuses, before anything is read or staged, outputs that are inputs and two outputs
    /// that are one file (whichever was committed last would be the only one left).
    ///
    /// - Parameter outputs: each output path with the option that names it.
    /// - Throws: ``Failure`` with exit status 64 naming the options and the path.
    public func checkOutputs(_ outputs: [(option: String, path: String)]) throws(Failure) {
        for (index, output) in outputs.enumerated() {
            try checkNotAnInput(output.path, option: output.option)
            if let other = outputs[..<index].first(where: { Self.isSameFile($0.path, output.path) }) {
                let first = "\(other.option) \(other.path)", second = "\(output.option) \(output.path)"
                throw Failure(path: second, reason: LocalizedText(
                    en: "is the same file as \(first); give each output a file of its own",
                    zh: "与 \(first) 是同一个文件；请为每个输出指定各自的文件"), exitCode: 64)
            }
        }
    }

    /// Whether two paths name one file: the same regular file by device and inode, or two
    /// files yet to be made with the same name in the same folder (folders resolved, so
    /// `./a.csv` and `a.csv` agree). Devices such as `/dev/null` may take several outputs.
    private static func isSameFile(_ path: String, _ other: String) -> Bool {
        var status = stat()
        switch (stat(path, &status) == 0, stat(other, &status) == 0) {
        case (true, true):
            guard let one = identity(path), let two = identity(other) else { return false }
            return one == two
        case (false, false):
            return resolved(path) == resolved(other)
        default:
            return false
        }
    }

    /// `path` with its folder's real path (`realpath(3)`) when the folder exists.
    private static func resolved(_ path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let real = realpath(folder.isEmpty ? "/" : folder, nil) else { return path }
        defer { free(real) }
        return String(cString: real) + "/" + name
    }

    /// Stages `bytes` for `path` (`nil`: standard output).
    ///
    /// - Throws: ``Failure``: exit status 64 for an output that is an input, 73 when the
    ///   temporary file cannot be made, written or flushed (its message names `path`).
    public func stage(_ bytes: [UInt8], to path: String?) throws(Failure) {
        guard let path else { return entries.append(.direct(bytes: bytes, target: nil)) }
        try checkNotAnInput(path)
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(path: path, reason: .systemError(EISDIR), exitCode: 73)
        }
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            return entries.append(.direct(bytes: bytes, target: path))
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        counter += 1
        let temporary = "\(folder.isEmpty ? "" : folder)/.\(name).\(getpid()).\(counter).tmp"
        let mode = stat(path, &status) == 0 ? mode_t(status.st_mode & 0o7777) : 0o644
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(path: path, reason: Self.systemError(), exitCode: 73) }
        entries.append(.renamed(temporary: temporary, target: path))
        if let reason = Self.writeAll(bytes, to: fd) ?? (fchmod(fd, mode) == 0 && fsync(fd) == 0 ? nil : Self.systemError()) {
            close(fd)
            throw Failure(path: path, reason: reason, exitCode: 73)
        }
        guard close(fd) == 0 else { throw Failure(path: path, reason: Self.systemError(), exitCode: 73) }
    }

    /// Puts every staged output in place: the renames, then the direct writes, then the
    /// folders flushed.
    ///
    /// - Throws: ``Failure`` (exit status 73) at the first that fails; the temporary files
    ///   not yet renamed are removed.
    public func commit() throws(Failure) {
        defer { abort() }
        var folders: Set<String> = []
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .renamed(let temporary, let target):
                guard rename(temporary, target) == 0 else { throw Failure(path: target, reason: Self.systemError(), exitCode: 73) }
                entries[index] = .direct(bytes: [], target: nil)
                folders.insert(target.lastIndex(of: "/").map { String(target[..<$0]) } ?? ".")
            case .direct(let bytes, let target):
                try Self.writeDirectly(bytes, to: target)
            }
        }
        entries.removeAll()
        for folder in folders {
            let fd = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                fsync(fd)
                close(fd)
            }
        }
    }

    /// Removes the temporary files of everything staged and not committed.
    public func abort() {
        for case .renamed(let temporary, _) in entries { unlink(temporary) }
        entries.removeAll()
    }

    private static func writeDirectly(_ bytes: [UInt8], to target: String?) throws(Failure) {
        guard let target else {
            if let reason = writeAll(bytes, to: 1) {
                throw Failure(path: LocalizedText(en: "standard output", zh: "标准输出"), reason: reason, exitCode: 73)
            }
            return
        }
        let fd = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: target, reason: systemError(), exitCode: 73) }
        defer { close(fd) }
        if let reason = writeAll(bytes, to: fd) { throw Failure(path: target, reason: reason, exitCode: 73) }
    }

    /// Writes every byte, retrying after interrupts; the system's message on failure.
    /// The corresponding C routine is `write(2)`.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> LocalizedText? {
        bytes.withUnsafeBytes { buffer -> LocalizedText? in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                let written = Darwin.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    return written == 0 ? LocalizedText(en: "nothing was written", zh: "没有写入任何内容") : systemError()
                }
                offset += written
            }
            return nil
        }
    }

    /// The device and inode of the regular file at `path`, when there is one (devices such as
    /// `/dev/null` may be input and output at once).
    private static func identity(_ path: String) -> (UInt64, UInt64)? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (UInt64(status.st_dev), UInt64(status.st_ino))
    }

    private static func systemError() -> LocalizedText {
        .systemError(errno)
    }
}
