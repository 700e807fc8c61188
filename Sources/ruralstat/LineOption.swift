import ArgumentParser
import RuralStat

/// Where a command's monitoring line comes from (SPEC §3): `--line`, else the targets' line,
/// else `lines.json` next to the households file (``LinesFile``). Shared by `income`, `forecast` and `risk`.
extension CommonOptions {
    /// The line and where it came from, or `nil` when there is none.
    ///
    /// - Parameters:
    ///   - text: the `--line` value, if given.
    ///   - targetSet: the targets loaded, whose line comes second.
    /// - Throws: `ValidationError` (exit 64) for a bad `--line`; the lines file's exit status
    ///   (65 for bad data) after naming the file.
    func monitoringLine(_ text: String?, targets targetSet: TargetSet?) throws -> MonitoringLineSource? {
        do {
            if let text { return .init(try MonitoringLine.parse(text), source: "--line") }
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
