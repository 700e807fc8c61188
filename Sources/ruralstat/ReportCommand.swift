import ArgumentParser
import RuralStat

/// `ruralstat report`: the whole picture for county leaders in one document (issue 13).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "One report for county leaders: the year at a glance, the plan, income, employment, risk, forecast.",
        discussion: """
        Sections, in order: the year at a glance (households, persons, PCI and growth, share below \\
        the line, workers, coverage, monitoring objects and how many are ready for risk \\
        elimination, high-risk households); with --preset or --targets, the plan check for the \\
        year and the plan; next year's county forecast with the probability of meeting each growth \\
        and level target (p_meet); income and employment by group; the growth incidence from the \\
        first year; risk levels by group and the watchlist (the --top highest scores of each group, \\
        with reasons); and the back-tests of the forecast and of the watchlist, so a reader knows \\
        how far to trust them. Groups: --by (default township, when the file has one). The year: \\
        --year (default the latest). Back-tests run on a deterministic sample of at most \\
        --backtest-households households, drawn by household id. --output report.html writes one \\
        self-contained page with a chart per section (no script, no font or file fetched: it opens \\
        offline); --format markdown, json, xlsx (one sheet per section) or table.
        """ + "\n" + ExitStatus.summary
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var targetOptions: TargetOptions

    @Option(help: "Line: 6900, 2021=6000,2022=6900 or median:0.6, for the years the targets' line does not name.")
    var line: String?

    @Option(help: "Watchlist: the N highest scores of each group.")
    var top: Int = 3

    @Option(help: "Forecast: simulated paths per household.")
    var draws: Int = 200

    @Option(help: "Forecast: the seed of the simulation (the same seed gives the same report).")
    var seed: UInt64 = 1

    @Option(name: .customLong("backtest-households"), help: "Run the back-tests on at most this many households (a sample drawn by household id).")
    var backtestHouseholds: Int = 20_000

    func run() throws {
        guard top >= 1, draws >= 1, backtestHouseholds >= 1 else {
            throw UsageError(en: "--top, --draws and --backtest-households must be at least 1",
                             zh: "--top、--draws 和 --backtest-households 必须不小于1")
        }
        let targetSet = try targetOptions.load(table: .none, format: common.report.format)
        let line = try common.monitoringLine(self.line, targets: targetSet)
        let input = try common.loadInput(needsWorkers: false)
        let panel = input.households
        if let year = common.year, !panel.year.contains(Int32(year)) {
            throw UsageError.noRecords(in: year, years: Set(panel.year).sorted().map(Int.init))
        }
        let dimensions = common.grouping.dimensions ?? (panel.township == nil ? [] : [.township])
        let settings = AnalystReport.Settings(
            dimensions: dimensions, year: common.year, watchlist: top,
            forecast: ForecastSettings(draws: draws, seed: seed), backtestHouseholds: backtestHouseholds)
        let report: AnalystReport
        do {
            report = try AnalystReport(households: panel, workers: input.workers, targets: targetSet, line: line,
                                       settings: settings)
        } catch let error as GroupingError {
            throw UsageError(error)
        } catch {
            throw ExitStatus.failure(ExitStatus.dataError.rawValue, error: error)
        }
        ProgressLine.shared.begin(.writing)
        try common.report.write(report.document(language: common.report.lang))
    }
}
