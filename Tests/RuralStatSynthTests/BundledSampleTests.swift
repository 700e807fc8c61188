import Foundation
import RuralStatData
import RuralStatSynth
import RuralStatText
import Testing

/// The sample the commands run on is the committed `Datasets/sample`, regenerated.
@Suite struct BundledSampleTests {
    private static let committed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Datasets/sample")

    @Test func regeneratedFilesEqualTheCommittedOnesByteForByte() throws {
        let files = BundledSample.panel().files(language: .en, encoding: .utf8)
        #expect(files.map(\.name) == ["households.csv", "workers.csv", "lines.json"])
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: Self.committed.appendingPathComponent(file.name)))
            #expect(bytes == file.bytes, "\(file.name) differs from Datasets/sample: run the README's synth command")
        }
        // A new generator must come with new committed files and a new fingerprint.
        #expect(BundledSample.fingerprint(of: files.map(\.bytes)) == BundledSample.fingerprint)
    }

    @Test func fingerprintIsFNV1a() {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the published test vector).
        #expect(BundledSample.fingerprint(of: [Array("a".utf8)]) == 0xaf63_dc4c_8601_ec8c)
        #expect(BundledSample.fingerprint(of: [Array("a".utf8), []]) == BundledSample.fingerprint(of: [[0x61]]))
    }

    @Test func theDirectoryHoldsTheSample() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        setenv("XDG_CACHE_HOME", cache.path, 1)
        defer { unsetenv("XDG_CACHE_HOME") }
        let folder = try BundledSample.directory()
        #expect(folder.hasPrefix(cache.path))
        let households = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent("households.csv"))
        #expect(households == (try Data(contentsOf: Self.committed.appendingPathComponent("households.csv"))))
        #expect(try BundledSample.directory() == folder)   // the second call reuses it
    }
}
