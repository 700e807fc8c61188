import ArgumentParser
import RuralStat

/// The monitoring line of a command that takes `--line`: shared by `income` and `forecast`.
extension CommonOptions {
    /// The line and where it comes from: `option` (the `--line` text), else the targets' line,
    /// else `lines.json` next to the households file (``LinesFile``); `nil` when there is none.
    ///
    /// - Throws: `ValidationError` (exit 64) for a bad `--line`; exit 65 after a message for a
    ///   bad `lines.json`.
    func monitoringLine(option: String?, targets targetSet: TargetSet?) throws -> IncomeReport.LineSource? {
        do {
            if let text = option { return .init(try MonitoringLine.parse(text), source: "--line") }
        } catch {
            throw ValidationError(error.description)
        }
        if let targetSet, let line = targetSet.line { return .init(line, source: "targets \(targetSet.name)") }
        let path = LinesFile.path(nextTo: try households ?? Self.sampleDirectory() + "/households.csv")
        do {
            return try LinesFile.read(path: path).map { .init($0, source: path) }
        } catch {
            throw ExitStatus.failure(error.exitCode, message: error.description)
        }
    }
}
