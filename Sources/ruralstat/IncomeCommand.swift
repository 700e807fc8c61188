import ArgumentParser
import Foundation
import RuralStat

/// `ruralstat income`: income level, growth, distribution and poverty by group and year
/// (SPEC §3, §4.1), with targets evaluated on them (SPEC §3.1).
struct IncomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "income",
        abstract: "Per-capita income, growth, distribution and poverty by group and year, against targets.",
        discussion: """
        One row per group and year: households, persons, PCI, growth (balanced panel by default), \
        median and deciles, Gini, FGT0–2 at the year's line, wage share and per-capita components. \
        Terminal and Markdown tables show the main columns (--wide: all); CSV and JSON give all. \
        Targets (--targets FILE or --preset NAME) come in a second table: JSON key `targets`, \
        CSV file --targets-output. --incidence FROM:TO reports the growth of each pci decile instead. \
        The line for FGT: --line, else the targets' line, else lines.json next to the households \
        file (year → yuan, as `ruralstat synth` writes it); a bad lines.json exits 65.
        """
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var targetOptions: TargetOptions

    @Option(help: "Growth comparison: balanced (households present in both years) or cross-section.")
    var panel: String = "balanced"

    @Option(help: "Line for FGT: 6900, 2021=6000,2022=6900 or median:0.6. Default: the targets' line, else lines.json next to the households file.")
    var line: String?

    @Option(name: .customLong("growth-rate"), help: "Add share_met_growth: the share of households whose own growth reached this rate (e.g. 0.12).")
    var growthRate: Double?

    @Option(help: "Growth incidence between two years, FROM:TO (e.g. 2020:2024): the growth of each pci decile.")
    var incidence: String?

    @Flag(help: "Show every column in terminal and Markdown tables.")
    var wide = false

    func run() throws {
        let format = common.report.format
        let language = common.report.lang
        guard let mode = PanelMode(rawValue: panel) else {
            throw ValidationError("unknown --panel '\(panel)'; use balanced or cross-section")
        }
        let dimensions: [GroupDimension]
        do { dimensions = try GroupDimension.parseList(common.by) } catch { throw ValidationError(error.description) }
        let span = try incidence.map(Self.parseSpan)
        let targetSet = try targetOptions.load()
        let line = try common.monitoringLine(self.line, targets: targetSet)
        let input = try common.loadInput(needsWorkers: false)
        let analysis: IncomeAnalysis
        do {
            analysis = try IncomeAnalysis(
                panel: input.households, by: dimensions, mode: mode, line: line?.line, growthRate: growthRate
            )
        } catch {
            throw ValidationError(error.description)
        }
        for year in [common.year, span?.from, span?.to].compactMap({ $0 }) where !analysis.years.contains(year) {
            throw ValidationError("no records in \(year); the data has \(analysis.years.map(String.init).joined(separator: ", "))")
        }

        var document: ReportDocument
        if let span {
            let table = GrowthIncidence(analysis, from: span.from, to: span.to).table(labelledBy: analysis)
            document = ReportDocument(facts: facts(analysis, line?.line), sections: [
                .init(key: "incidence", heading: "Growth incidence \(span.from)–\(span.to): pci deciles",
                      chinese: "\(span.from)–\(span.to)年收入增长发生曲线（人均纯收入十分位）", table: table),
            ])
        } else {
            let full = wide || format == .csv || format == .json
            document = ReportDocument(facts: facts(analysis, line?.line), sections: [
                .init(key: "rows", heading: Self.heading(analysis.grouping.dimensions, .en),
                      chinese: Self.heading(analysis.grouping.dimensions, .zh),
                      table: analysis.table(year: common.year, columns: full ? .full : .summary)),
            ], notes: notes(analysis, line, language))
            if let targetSet { try addTargets(targetSet, of: analysis, to: &document, format: format, language: language) }
        }
        let bytes: [UInt8]
        do { bytes = try document.rendered(as: format, language: language) } catch {
            StandardStreams.printError("error: \(error)")
            throw ExitCode(73)
        }
        try StandardStreams.write(bytes, to: common.report.output)
    }

    /// Evaluates the income targets of `targetSet` and adds their table (and a note on the
    /// targets other analyses evaluate); writes the table to --targets-output for CSV.
    private func addTargets(
        _ targetSet: TargetSet, of analysis: IncomeAnalysis, to document: inout ReportDocument,
        format: OutputFormat, language: Language
    ) throws {
        let source = IncomeMetricSource(analysis)
        let (served, other) = TargetEvaluator.targets(targetSet.targets, servedBy: source)
        var results: [TargetResult]
        do { results = try TargetEvaluator.evaluate(served, on: source) } catch {
            throw ValidationError(error.description)
        }
        if let year = common.year { results = results.filter { $0.year == year } }
        let table = TargetEvaluator.table(results, dimensions: analysis.grouping.dimensions)
        document.sections.append(.init(
            key: "targets", heading: "Targets: \(targetSet.name)", chinese: "目标：\(targetSet.name)", table: table))
        if !other.isEmpty {
            let ids = other.map(\.id).joined(separator: ", ")
            document.notes.append(language == .zh ? "非收入目标（见 `ruralstat employment`）：\(ids)"
                : "not income targets (see `ruralstat employment`): \(ids)")
        }
        if format == .csv, let path = targetOptions.targetsOutput {
            try StandardStreams.write(table.csv(), to: path)
        }
    }

    /// The heading of the income table, e.g. "Income by township, category and year".
    private static func heading(_ dimensions: [GroupDimension], _ language: Language) -> String {
        switch language {
        case .en:
            dimensions.isEmpty ? "Income by year"
                : "Income by \(dimensions.map(\.rawValue).joined(separator: ", ")) and year"
        case .zh:
            dimensions.isEmpty ? "各年度收入" : "分\(dimensions.map(\.chineseTitle).joined(separator: "、"))各年度收入"
        }
    }

    /// The settings, at the top of the JSON object.
    private func facts(_ analysis: IncomeAnalysis, _ line: MonitoringLine?) -> [(String, JSONValue)] {
        var facts: [(String, JSONValue)] = [
            ("panel", .string(analysis.mode.rawValue)),
            ("by", .array(analysis.grouping.dimensions.map { .string($0.rawValue) })),
            ("line", line.map { .string($0.description) } ?? .null),
            ("lines", .object(analysis.lines.keys.sorted().map { (String($0), .number(analysis.lines[$0]!)) })),
        ]
        if let growthRate { facts.append(("growth_rate", .number(growthRate))) }
        return facts
    }

    /// Lines for people under the table: what growth compares and which line FGT uses.
    private func notes(
        _ analysis: IncomeAnalysis, _ line: (MonitoringLine, source: String)?, _ language: Language
    ) -> [String] {
        let zh = language == .zh
        var notes = [analysis.mode == .balanced
            ? (zh ? "增长率：两年均有记录的农户（平衡面板），分组以当年记录为准"
                : "growth: households present in both years (balanced panel), grouped by this year's record")
            : (zh ? "增长率：各年全部记录（截面）" : "growth: all records of each year (cross-section)")]
        if let line {
            let years = analysis.lines.keys.sorted()
                .map { "\($0): \(NumberFormatting.grouped(analysis.lines[$0]!, decimals: 0))" }
            let rule = if case .medianShare = line.0 { " \(line.0)" } else { "" }
            notes.append((zh ? "监测线\(rule)（元，来自 \(line.source)）：" : "line\(rule) (yuan, from \(line.source)): ")
                + years.joined(separator: ", "))
        } else {
            notes.append(zh ? "未给出监测线（--line 或目标文件）：FGT 列为空"
                : "no line given (--line or a targets file): FGT columns are empty")
        }
        return notes
    }

    /// Reads `FROM:TO` with FROM < TO.
    private static func parseSpan(_ text: String) throws -> (from: Int, to: Int) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let from = Int(parts[0]), let to = Int(parts[1]), from < to else {
            throw ValidationError("invalid --incidence '\(text)'; expected FROM:TO with FROM < TO, e.g. 2020:2024")
        }
        return (from, to)
    }
}
