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

    /// Where a command puts the targets it judges.
    enum Table {
        /// A second table: JSON key `targets`, a second table on screen, `--targets-output` with CSV.
        case second
        /// The command's main table (`targets check`).
        case main
        /// None: the targets only give the line or the probabilities to forecast (`risk`, `forecast`, `report`).
        case none
    }

    /// The targets named by `--targets` or `--preset`, or `nil` when neither is given, for a
    /// command that writes them as `table` in `format`.
    ///
    /// - Throws: `ValidationError` (exit 64) for both options at once, an unknown preset, an
    ///   unreadable file, a file that is not a valid targets file, and `--targets-output` where
    ///   it would write nothing or a CSV run that would drop the targets.
    func load(table: Table = .second, format: OutputFormat) throws -> TargetSet? {
        if targetsOutput != nil {
            guard table != .none else {
                throw UsageError(
                    en: "--targets-output is for the commands that print a targets table (income, employment, guarantees, targets check)",
                    zh: "--targets-output 只用于输出目标表的命令（income、employment、guarantees、targets check）")
            }
            guard format == .csv else {
                throw UsageError(
                    en: "--targets-output writes the targets table as CSV and needs --format csv; JSON, Markdown, Excel and the terminal table already include the targets",
                    zh: "--targets-output 以 CSV 写出目标表，需要 --format csv；JSON、Markdown、Excel 和终端表格已包含目标")
            }
        }
        let set = try read()
        if set != nil, table == .second, format == .csv, targetsOutput == nil {
            throw UsageError(
                en: "with --format csv the targets table goes to a file of its own: add --targets-output FILE (or use --format json, which holds both tables)",
                zh: "用 --format csv 时目标表写到单独的文件：请加 --targets-output 文件（或用 --format json，两张表都在其中）")
        }
        return set
    }

    /// The targets of `--targets` or `--preset`.
    private func read() throws -> TargetSet? {
        switch (targets, preset) {
        case (nil, nil):
            return nil
        case (.some, .some):
            throw UsageError(en: "give --targets or --preset, not both", zh: "--targets 和 --preset 只能给一个")
        case (nil, let name?):
            do { return try TargetSet.preset(named: name) } catch { throw UsageError(error) }
        case (let path?, nil):
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw UsageError(en: "cannot read targets file \(path)", zh: "无法读取目标文件 \(path)")
            }
            do {
                return try TargetSet.parse(toml: text, file: path)
            } catch {
                throw UsageError(error)
            }
        }
    }
}

extension TargetOptions {
    /// After a document is built: names on standard error the targets `other` analyses serve
    /// (`command: targets on other analyses' metrics not evaluated here: … (every target: ruralstat targets check)`) and, with
    /// `--format csv`, writes the document's `targets` section to `--targets-output`.
    ///
    /// - Throws: `ExitCode(73)` when the targets file cannot be written.
    func finish(_ document: ReportDocument, other: [Target], command: String, format: OutputFormat) throws {
        if !other.isEmpty {
            let ids = other.map(\.id)
            StandardStreams.printError(LocalizedText(
                en: "\(command): targets on other analyses' metrics not evaluated here: "
                    + ids.joined(separator: ", ") + " (every target: ruralstat targets check)",
                zh: "\(command)：以下目标的指标属于其他分析，此处未评估：" + ids.joined(separator: "、")
                    + "（全部目标请用 ruralstat targets check）"))
        }
        if format == .csv, let path = targetsOutput,
           let targets = document.sections.first(where: { $0.key == "targets" }) {
            try StandardStreams.write(targets.table.csv(), to: path)
        }
    }
}
