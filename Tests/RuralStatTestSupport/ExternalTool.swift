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
