import ArgumentParser
import Foundation
import RuralStat

/// The targets options of the analysis commands (SPEC §3.1, §4): a TOML file or a preset, and
/// where CSV output writes the targets table.
struct TargetOptions: ParsableArguments {
    @Option(help: "Targets file (TOML) to evaluate. See `ruralstat targets show NAME` for the format.")
    var targets: String?

    @Option(help: "Built-in targets preset: \(TargetSet.presetNames.joined(separator: ", ")).")
    var preset: String?

    @Option(name: .customLong("targets-output"), help: "With --format csv, write the targets table to this CSV file.")
    var targetsOutput: String?

    /// The targets named by `--targets` or `--preset`, or `nil` when neither is given.
    ///
    /// - Throws: `ValidationError` (exit 64) for both options at once, an unknown preset, an
    ///   unreadable file, or a file that is not a valid targets file.
    func load() throws -> TargetSet? {
        switch (targets, preset) {
        case (nil, nil):
            return nil
        case (.some, .some):
            throw ValidationError("give --targets or --preset, not both")
        case (nil, let name?):
            do { return try TargetSet.preset(named: name) } catch { throw ValidationError(error.description) }
        case (let path?, nil):
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ValidationError("cannot read targets file \(path)")
            }
            do {
                return try TargetSet.parse(toml: text, file: path)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }
}

extension TargetOptions {
    /// Evaluates the targets of `set` whose metrics `source` serves, in the document's `targets`
    /// section (only `year`'s results when one is given); names the other targets on standard
    /// error, as left to the analyses that serve them.
    ///
    /// - Parameter command: the command's name, which starts the standard-error line.
    /// - Throws: `ValidationError` when a target cannot be evaluated.
    func section(
        _ set: TargetSet, on source: some MetricSource, dimensions: [GroupDimension], year: Int?, command: String
    ) throws -> ReportDocument.Section {
        let (served, other) = TargetEvaluator.targets(set.targets, servedBy: source)
        let results: [TargetResult]
        do { results = try TargetEvaluator.evaluate(served, on: source) } catch { throw ValidationError(error.description) }
        if !other.isEmpty {
            StandardStreams.printError("\(command): targets on other analyses' metrics not evaluated here: "
                + other.map(\.id).joined(separator: ", "))
        }
        return ReportDocument.Section(
            key: "targets", heading: "Targets: \(set.name)", chinese: "目标：\(set.name)",
            table: TargetEvaluator.table(results.filter { year == nil || $0.year == year }, dimensions: dimensions))
    }
}
