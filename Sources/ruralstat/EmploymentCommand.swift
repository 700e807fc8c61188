import ArgumentParser
import RuralStat

/// `ruralstat employment`: employment stability of households and workers (SPEC §3.3, §4.1).
struct EmploymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "employment",
        abstract: "Employment stability by group and year: workers, coverage, months, stable work, targets.",
        discussion: """
        The table has the SPEC §4.1 columns year, <by…>, households, labor, workers, \
        workers_change, zero_employment_households, coverage, mean_months, stable_share, \
        wage_share, wage_share_change, out_of_province_workers, public_welfare_jobs; CSV, JSON, \
        Excel and --wide tables add counts, rates, the stability index and worker-level columns. \
        With --workers, worker rows give stable_share and the counts by location and job type, \
        and the two files are checked against each other (warnings name the lines). \
        --list households lists every household-year with its indicators and stability index; \
        --list zero-employment lists the households with labour and no worker (零就业家庭) by village.
        """
    )

    /// What the command lists.
    enum Listing: String, ExpressibleByArgument, CaseIterable {
        case groups, households
        case zeroEmployment = "zero-employment"
    }

    @OptionGroup var common: CommonOptions
    @OptionGroup var targetOptions: TargetOptions

    @Option(help: "What to list: groups (the group-year table), households, or zero-employment.")
    var list: Listing = .groups

    @Flag(help: "Show every column in terminal and Markdown tables.")
    var wide = false

    @Option(name: .customLong("stable-months"), help: "Months in the year from which a worker is stably employed.")
    var stableMonths: Double = 6

    @Option(name: .customLong("warnings-output"), help: "Write the warnings where the files disagree to this CSV file.")
    var warningsOutput: String?

    /// How many warnings a table or Markdown output shows; JSON, the workbook and
    /// --warnings-output have all.
    static let warningsShown = 20

    func run() throws {
        let format = common.report.format
        let language = common.report.lang
        guard stableMonths >= 0, stableMonths <= 12 else {
            throw ValidationError("--stable-months must be between 0 and 12, not \(stableMonths)")
        }
        let dimensions: [GroupDimension]
        do { dimensions = try GroupDimension.parseList(common.by) } catch { throw ValidationError(error.description) }
        let targetSet = try targetOptions.load()
        let input = try common.loadInput()
        let analysis: EmploymentAnalysis
        do {
            analysis = try EmploymentAnalysis(households: input.households, workers: input.workers, by: dimensions,
                                              settings: EmploymentSettings(stableMonths: stableMonths))
        } catch {
            throw ValidationError(error.description)
        }
        if !analysis.warnings.isEmpty {
            let count = analysis.warnings.count
            StandardStreams.printError(
                "employment: \(count) warning\(count == 1 ? "" : "s") where the households and workers files disagree")
        }
        if let warningsOutput {
            try StandardStreams.write(EmploymentWarning.table(analysis.warnings).csv(), to: warningsOutput)
        }
        var document = try self.document(analysis, dimensions: analysis.grouping.dimensions, targets: targetSet, format: format,
                                         language: language)
        if format == .csv, let path = targetOptions.targetsOutput,
           let targets = document.sections.first(where: { $0.key == "targets" }) {
            try StandardStreams.write(targets.table.csv(), to: path)
        }
        if format != .json, format != .xlsx, analysis.warnings.count > Self.warningsShown {
            let more = analysis.warnings.count - Self.warningsShown
            document.notes.append(language == .zh ? "另有 \(more) 条不一致提示：见 --format json 或 --warnings-output FILE"
                : "\(more) more warnings: see --format json or --warnings-output FILE")
        }
        try common.report.write(document)
    }

    /// The output: the listing asked for, then the targets and the warnings.
    private func document(
        _ analysis: EmploymentAnalysis, dimensions: [GroupDimension], targets: TargetSet?, format: OutputFormat,
        language: Language
    ) throws -> ReportDocument {
        var sections: [ReportDocument.Section]
        switch list {
        case .groups:
            sections = [.init(key: "rows", heading: "Employment stability", chinese: "就业稳定情况",
                              table: analysis.table.reportTable(
                                  dimensions: dimensions, year: common.year,
                                  extras: wide || ![.table, .markdown].contains(format)))]
        case .households:
            sections = [.init(key: "households", heading: "Households", chinese: "农户就业指标",
                              table: analysis.households.householdsTable(
                                  grouping: analysis.grouping, linkage: analysis.linkage, year: common.year))]
        case .zeroEmployment:
            sections = [.init(key: "zero_employment", heading: "Zero-employment households", chinese: "零就业家庭",
                              table: analysis.households.zeroEmploymentTable(year: common.year))]
        }
        if let targets {
            let source = EmploymentMetricSource(analysis)
            let served = TargetEvaluator.targets(targets.targets, servedBy: source)
            let results: [TargetResult]
            do { results = try TargetEvaluator.evaluate(served.served, on: source) } catch {
                throw ValidationError(error.description)
            }
            let shown = results.filter { common.year == nil || $0.year == common.year }
            sections.append(.init(key: "targets", heading: "Targets: \(targets.name)", chinese: "目标：\(targets.name)",
                                  table: TargetEvaluator.table(shown, dimensions: dimensions)))
            if !served.other.isEmpty {
                StandardStreams.printError("employment: targets on other analyses' metrics not evaluated here: "
                    + served.other.map(\.id).joined(separator: ", "))
            }
        }
        if analysis.linkage != nil, format == .json || !analysis.warnings.isEmpty {
            let shown = format == .json || format == .xlsx ? analysis.warnings
                : Array(analysis.warnings.prefix(Self.warningsShown))
            sections.append(.init(key: "warnings", heading: "Where the files disagree", chinese: "两表不一致之处",
                                  table: EmploymentWarning.table(shown)))
        }
        let settings = analysis.households.settings
        let facts: [(String, JSONValue)] = [
            ("stable_months", .number(settings.stableMonths)),
            ("stability_index_weights", .object([
                ("coverage", .number(settings.stabilityIndex.coverageWeight)),
                ("months", .number(settings.stabilityIndex.monthsWeight)),
                ("persistence", .number(settings.stabilityIndex.persistenceWeight)),
            ])),
            ("warnings_count", .integer(analysis.warnings.count)),
        ]
        let whole = settings.stableMonths == settings.stableMonths.rounded()
        let months = NumberFormatting.grouped(settings.stableMonths, decimals: whole ? 0 : 1)
        let notes = [language == .zh ? "稳定就业：年务工 \(months) 个月及以上" : "stable work: at least \(months) months in the year"]
        return ReportDocument(facts: facts, sections: sections, notes: notes)
    }
}
