import Foundation
import RuralStatCore
import RuralStatText

/// Reads `lines.json`: the monitoring line per year, `{"2022": 6900, …}`, as `ruralstat synth`
/// writes it next to the households file and the peers read it.
public enum LinesFile {
    /// Why a lines file could not be used; bad data, exit status 65.
    public struct InvalidFile: Error, Sendable, Equatable, LocalizedMessage {
        /// The file.
        public let file: String
        /// What is wrong, with the offending key when there is one.
        public let reason: LocalizedText

        /// `file: reason` in `language`.
        public func text(_ language: Language) -> String {
            language == .zh ? "\(file)：\(reason.zh)" : "\(file): \(reason.en)"
        }

        /// The process exit status: 65 (EX_DATAERR).
        public var exitCode: Int32 { 65 }
    }

    /// The path of `lines.json` in the folder of `householdsPath`.
    public static func path(nextTo householdsPath: String) -> String {
        URL(fileURLWithPath: householdsPath).deletingLastPathComponent().appendingPathComponent("lines.json").path
    }

    /// The lines of the file at `path`, or `nil` when there is no such file.
    ///
    /// - Throws: ``InvalidFile`` when the file is not a JSON object of year: non-negative yuan.
    public static func read(path: String) throws(InvalidFile) -> MonitoringLine? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try parse(data, file: path)
    }

    /// The lines of a `lines.json` document; `file` names it in errors.
    ///
    /// - Throws: ``InvalidFile`` when the bytes are not a JSON object of year: non-negative yuan.
    public static func parse(_ data: Data, file: String) throws(InvalidFile) -> MonitoringLine {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw InvalidFile(file: file, reason: LocalizedText(
                en: "expected a JSON object of year: line, e.g. {\"2022\": 6900}",
                zh: "应为“年份: 监测线”的 JSON 对象，如 {\"2022\": 6900}"))
        }
        var lines: [Int: Double] = [:]
        for (key, value) in object {
            guard let year = Int(key), let amount = (value as? NSNumber)?.doubleValue, amount >= 0 else {
                throw InvalidFile(file: file, reason: LocalizedText(
                    en: "'\(key)': expected a year and a non-negative amount of yuan",
                    zh: "“\(key)”：应为年份和不小于0的元数"))
            }
            lines[year] = amount
        }
        return .perYear(lines)
    }
}
