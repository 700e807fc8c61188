import Foundation

/// A program a reference test runs (R, Python with pandas): found on `PATH`, or an error that
/// fails the test loudly — a missing reference is a failure, never a skip.
public enum ExternalTool {
    /// Why a reference program cannot be run.
    public struct Missing: Error, CustomStringConvertible {
        /// The program's name.
        public let name: String
        /// The message: what is missing and how the project installs it.
        public var description: String {
            "\(name) is not on PATH: this reference test needs it (scripts/install-deps.sh installs it)"
        }
    }

    /// The full path of the executable `name` on `PATH`.
    ///
    /// - Throws: ``Missing`` when no directory of `PATH` has it.
    public static func path(_ name: String) throws -> String {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let path = directories.map({ "\($0)/\(name)" }).first(where: FileManager.default.isExecutableFile(atPath:))
        else { throw Missing(name: name) }
        return path
    }
}

extension ExternalTool {
    /// Why a reference program failed: its exit status and what it wrote to standard error.
    public struct Failed: Error, CustomStringConvertible {
        /// The program's name.
        public let name: String
        /// Its exit status.
        public let status: Int32
        /// What it wrote to standard error.
        public let errors: String
        /// The message.
        public var description: String { "\(name) exited with status \(status): \(errors)" }
    }

    /// Runs the executable `name` on `PATH` with `arguments` to the end.
    ///
    /// - Throws: ``Missing`` when `PATH` has no `name`; ``Failed`` when it exits with a
    ///   non-zero status (a reference that cannot run fails the test, never skips it).
    public static func run(_ name: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path(name))
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(name: name, status: process.terminationStatus, errors: message) }
    }
}
