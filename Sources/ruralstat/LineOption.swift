import ArgumentParser
import Foundation
import RuralStat

/// Where a command's monitoring line comes from (SPEC §3): `--line`, else the targets' line,
/// else `lines.json` next to the households file.
extension CommonOptions {
    /// The line and a description of its source, or `nil` when there is none.
    ///
    /// - Parameters:
    ///   - text: the `--line` value, if given.
    ///   - targetSet: the targets loaded, whose line comes second.
    /// - Throws: `ValidationError` (exit 64) for a bad `--line`; `ExitCode(65)` for a bad lines.json.
    func monitoringLine(_ text: String?, targets targetSet: TargetSet?) throws -> (line: MonitoringLine, source: String)? {
        do {
            if let text { return (try MonitoringLine.parse(text), "--line") }
        } catch {
            throw ValidationError(error.description)
        }
        if let targetSet, let line = targetSet.line { return (line, "targets \(targetSet.name)") }
        return try linesFileNextToHouseholds()
    }

    /// The lines of `lines.json` next to the households file (year → yuan, as `ruralstat synth`
    /// writes it and the peers read it), or `nil` when there is no such file.
    ///
    /// - Throws: `ExitCode(65)` after naming the file when it is not such an object.
    private func linesFileNextToHouseholds() throws -> (line: MonitoringLine, source: String)? {
        let households = households ?? Self.sampleDirectory + "/households.csv"
        let path = URL(fileURLWithPath: households).deletingLastPathComponent().appendingPathComponent("lines.json").path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var lines: [Int: Double] = [:]
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            StandardStreams.printError("\(path): expected a JSON object of year: line, e.g. {\"2022\": 6900}")
            throw ExitCode(65)
        }
        for (key, value) in object {
            guard let year = Int(key), let amount = (value as? NSNumber)?.doubleValue, amount >= 0 else {
                StandardStreams.printError("\(path): '\(key)': expected a year and a non-negative amount of yuan")
                throw ExitCode(65)
            }
            lines[year] = amount
        }
        return (.perYear(lines), path)
    }
}
