import ArgumentParser
import RuralStat

/// Where a command's monitoring line comes from (SPEC §3): `--line`, the targets' line and
/// `lines.json` next to the households file (``LinesFile``). Shared by `income`, `forecast`,
/// `risk` and `targets check`.
///
/// A targets file's line for every year (`line = 6900`, `median:0.6`) is a default: `--line`
/// overrides it, and it overrides `lines.json`. A per-year line (`[line] 2022 = 6900`) is the
/// plan's own line for the years it names and holds there whatever `--line` says; the other
/// years take `--line`, else `lines.json` (Fangcheng's 6,900 is 2022's line, not 2019's).
extension CommonOptions {
    /// The line and where it came from, or `nil` when there is none.
    ///
    /// - Parameters:
    ///   - text: the `--line` value, if given.
    ///   - targetSet: the targets loaded.
    /// - Throws: `ValidationError` (exit 64) for a bad `--line`; the lines file's exit status
    ///   (65 for bad data) after naming the file.
    func monitoringLine(_ text: String?, targets targetSet: TargetSet?) throws -> MonitoringLineSource? {
        var given: MonitoringLineSource?
        do {
            if let text { given = .init(try MonitoringLine.parse(text), source: "--line") }
        } catch {
            throw UsageError(error)
        }
        let planned = targetSet.flatMap { set in set.line.map { MonitoringLineSource($0, source: "targets \(set.name)") } }
        guard let planned, case .perYear(let years) = planned.line else {
            return try given ?? planned ?? linesFile()
        }
        guard let base = try given ?? linesFile() else { return planned }
        let named = years.keys.sorted().map(String.init).joined(separator: ", ")
        return .init(.layered(planned.line, over: base.line),
                     source: "\(planned.source) for \(named), \(base.source) for the other years")
    }

    /// The `lines.json` next to the households file, if there is one.
    private func linesFile() throws -> MonitoringLineSource? {
        let path = LinesFile.path(nextTo: try households ?? Self.sampleDirectory() + "/households.csv")
        do {
            return try LinesFile.read(path: path).map { .init($0, source: path) }
        } catch {
            throw ExitStatus.failure(error.exitCode, message: LocalizedText(describing: error))
        }
    }
}
