import Foundation

/// One temporary file per fuzzing process, rewritten with each input, for the readers that
/// take a path.
public enum FuzzFile {
    private static let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Writes `bytes` to the process's file named `name` and returns its path.
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, name: String) -> String {
        let url = directory.appendingPathComponent(name)
        guard (try? Data(buffer: bytes).write(to: url)) != nil else { fatalError("cannot write \(url.path)") }
        return url.path
    }

    /// ``write(_:name:)`` for an array.
    public static func write(_ bytes: [UInt8], name: String) -> String {
        bytes.withUnsafeBufferPointer { write($0, name: name) }
    }
}
