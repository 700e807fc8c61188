import Foundation
import RuralStatCore
import RuralStatData
import RuralStatText

extension SyntheticPanel {
    /// A file ``write(to:language:encoding:)`` wrote.
    public struct WrittenFile: Sendable, Equatable {
        /// The file's path.
        public let path: String
        /// Data rows (the header not counted; for `lines.json`, the number of years).
        public let rows: Int
        /// The file's size in bytes.
        public let bytes: Int
    }

    /// Why the files could not be written.
    public struct WriteError: Error, Equatable, LocalizedMessage {
        /// The path that could not be created or written.
        public let path: String
        /// What went wrong.
        public let reason: LocalizedText

        init(path: String, reason: String, _ chinese: String) {
            self.path = path
            self.reason = LocalizedText(en: reason, zh: chinese)
        }

        /// `cannot write PATH: REASON` in `language`.
        public func text(_ language: Language) -> String {
            language == .zh ? "无法写入 \(path)：\(reason.zh)" : "cannot write \(path): \(reason.en)"
        }
    }

    /// The three files as bytes: `households.csv`, `workers.csv` (in `encoding`) and
    /// `lines.json` (always UTF-8, plain ASCII).
    ///
    /// GB18030 output is the UTF-8 text re-encoded by `Transcoder/gb18030(fromUTF8:)`.
    public func files(language: Language, encoding: TextEncoding) -> [(name: String, rows: Int, bytes: [UInt8])] {
        [
            ("households.csv", households.count, encoded(PanelCSV.households(households, language: language), encoding)),
            ("workers.csv", workers.count, encoded(PanelCSV.workers(workers, language: language), encoding)),
            ("lines.json", lines.count, Self.linesJSON(lines)),
        ]
    }

    /// Writes `households.csv`, `workers.csv` and `lines.json` into `directory`, creating it
    /// when needed.
    ///
    /// - Throws: ``WriteError`` naming the path that could not be written.
    @discardableResult
    public func write(
        to directory: String, language: Language = .en, encoding: TextEncoding = .utf8
    ) throws(WriteError) -> [WrittenFile] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: directory, reason: "cannot create the directory", "无法创建文件夹")
        }
        var written: [WrittenFile] = []
        for file in files(language: language, encoding: encoding) {
            let path = (directory as NSString).appendingPathComponent(file.name)
            guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes)) else {
                throw WriteError(path: path, reason: "the file could not be created", "无法创建文件")
            }
            written.append(WrittenFile(path: path, rows: file.rows, bytes: file.bytes.count))
        }
        return written
    }

    /// The lines as JSON, one year per line in ascending order: `{"2019": 5000, …}`.
    public static func linesJSON(_ lines: [Int: Double]) -> [UInt8] {
        let body = lines.keys.sorted().map { "  \"\($0)\": \(PanelCSV.number(lines[$0]!))" }
        return Array(("{\n" + body.joined(separator: ",\n") + "\n}\n").utf8)
    }

    private func encoded(_ utf8: [UInt8], _ encoding: TextEncoding) -> [UInt8] {
        switch encoding {
        case .utf8:
            return utf8
        case .gb18030:
            do {
                return try Transcoder.gb18030(fromUTF8: utf8)
            } catch {
                preconditionFailure("PanelCSV wrote invalid UTF-8: \(error)")
            }
        }
    }
}
