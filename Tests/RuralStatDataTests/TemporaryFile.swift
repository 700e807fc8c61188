import Foundation

/// A file in a fresh temporary directory holding the given bytes, for reader tests.
struct TemporaryFile {
    let path: String

    init(_ bytes: [UInt8], name: String = "input.csv") throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ruralstat-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    init(_ text: String, name: String = "input.csv") throws {
        try self.init(Array(text.utf8), name: name)
    }
}
