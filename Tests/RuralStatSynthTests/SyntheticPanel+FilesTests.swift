import RuralStatText
import Foundation
import RuralStatCore
import RuralStatData
import RuralStatReport
import RuralStatSynth
import Testing

@Suite struct SyntheticPanelFilesTests {
    static let panel = try! SyntheticPanel.generate(SynthConfig(households: 50, firstYear: 2021, lastYear: 2023, seed: 8))

    /// GB18030 files decode (through Transcoder) to exactly the UTF-8 files, whose headers are
    /// the schema's Chinese names.
    @Test func chineseGB18030RoundTrip() throws {
        let utf8 = Self.panel.files(language: .zh, encoding: .utf8)
        let gb = Self.panel.files(language: .zh, encoding: .gb18030)
        for (u, g) in zip(utf8, gb) where u.name.hasSuffix(".csv") {
            #expect(u.bytes != g.bytes)
            #expect(TextEncoding.detect(g.bytes) == .gb18030)
            #expect(try Transcoder.utf8(fromGB18030: g.bytes) == u.bytes)
        }
        let header = String(decoding: utf8[0].bytes.prefix { $0 != 10 }, as: UTF8.self)
        #expect(header.split(separator: ",").map(String.init)
            == FileSchema.households.filter { $0.name != "weight" }.map(\.chineseName))
    }

    /// lines.json for 2021–2023 is, by the table, 6000, 6900 and 7200.
    @Test func linesJSON() {
        let json = String(decoding: SyntheticPanel.linesJSON(Self.panel.lines), as: UTF8.self)
        #expect(json == "{\n  \"2021\": 6000,\n  \"2022\": 6900,\n  \"2023\": 7200\n}\n")
    }

    @Test func writesTheThreeFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("synth-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let written = try Self.panel.write(to: directory + "/nested")
        #expect(written.map { ($0.path as NSString).lastPathComponent } == ["households.csv", "workers.csv", "lines.json"])
        for file in written {
            let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int
            #expect(size == file.bytes)
        }
        #expect(written[0].rows == Self.panel.households.count)
    }

    @Test func unwritableDirectoryIsAnError() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("synth-file-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
        defer { try? FileManager.default.removeItem(atPath: blocker) }
        let error = #expect(throws: SyntheticPanel.WriteError.self) { try Self.panel.write(to: blocker + "/out") }
        #expect(error?.path == blocker + "/out")
    }
}
