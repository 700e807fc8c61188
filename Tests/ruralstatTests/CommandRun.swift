import Dispatch
import Foundation

/// One finished run of the built `ruralstat` (or another program) as a process: its exit
/// status and both streams.
struct CommandRun {
    /// The built `ruralstat`, next to the test bundle in the build products directory.
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("ruralstat").path

    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs `ruralstat arguments…` in `directory` and waits for it, with `environment` added
    /// to this process's environment.
    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        try self.init(executable: Self.executable, arguments, in: directory, environment: environment)
    }

    /// Runs `executable arguments…` in `directory` and waits for it, with the test's
    /// environment but without `COLUMNS` (terminal tables are fitted to it), plus `environment`.
    ///
    /// Standard error is drained on its own thread while standard output is read here: read
    /// one after the other, a child that fills the other pipe's buffer (64 KiB on Linux)
    /// would block on it forever, and so would the test.
    init(executable: String, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        inherited["COLUMNS"] = nil
        process.environment = inherited.merging(environment) { $1 }
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = Drained(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.wait()
        process.waitUntilExit()
        status = process.terminationStatus
        self.stdout = String(decoding: stdout, as: UTF8.self)
        self.stderr = String(decoding: stderr, as: UTF8.self)
    }

    /// A new temporary directory holding `files` (name → UTF-8 text).
    static func directory(with files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }
}

/// A pipe read to its end on a thread of its own.
private final class Drained: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the reading thread before it signals `done`; read after `wait()`.
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// The bytes, once the writer has closed the pipe.
    func wait() -> Data {
        done.wait()
        return data
    }
}
