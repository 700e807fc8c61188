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
        """ + "\n" + ExitStatus.summary
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var targetOptions: TargetOptions

    @Option(help: "What to list: groups (the group-year table), households, or zero-employment.")
    var list: EmploymentReport.Listing = .groups

    @Option(name: .customLong("stable-months"), help: "Months in the year from which a worker is stably employed.")
    var stableMonths: Double = 6

    @Option(name: .customLong("warnings-output"), help: "Write the warnings where the files disagree to this CSV file.")
    var warningsOutput: String?

    /// How many warnings a table or Markdown output shows; JSON, the workbook and
    /// --warnings-output have all.
    static let warningsShown = 20

    func run() throws {
        let format = common.report.format
        guard stableMonths >= 0, stableMonths <= 12 else {
            throw UsageError(en: "--stable-months must be between 0 and 12, not \(stableMonths)",
                             zh: "--stable-months 必须在0到12之间，不是 \(stableMonths)")
        }
        let targetSet = try targetOptions.load(format: common.report.format)
        let input = try common.loadInput(householdColumns: EmploymentAnalysis.householdColumns,
                                         workerColumns: EmploymentAnalysis.workerColumns)
        let analysis: EmploymentAnalysis
        do {
            analysis = try EmploymentAnalysis(households: input.households, workers: input.workers, by: common.dimensions,
                                              settings: EmploymentSettings(stableMonths: stableMonths))
        } catch {
            throw UsageError(error)
        }
        if !analysis.warnings.isEmpty {
            let count = analysis.warnings.count
            StandardStreams.printError(LocalizedText(
                en: "employment: \(count) warning\(count == 1 ? "" : "s") where the households and workers files disagree",
                zh: "employment：住户文件与务工人员文件有 \(count) 处不一致"))
        }
        if let warningsOutput {
            try StandardStreams.write(EmploymentWarning.table(analysis.warnings).csv(), to: warningsOutput)
        }
        let allWarnings = format == .json || format == .xlsx
        let report = EmploymentReport(
            analysis, listing: list, targets: targetSet, year: common.year,
            warningsShown: allWarnings ? nil : Self.warningsShown)
        let document: ReportDocument
        do { document = try report.document(language: common.report.lang, alwaysWarnings: format == .json) } catch {
            throw UsageError(error)
        }
        try targetOptions.finish(document, other: report.otherTargets, command: "employment", format: format)
        ProgressLine.shared.begin(.writing)
        try common.report.write(document)
    }
}
