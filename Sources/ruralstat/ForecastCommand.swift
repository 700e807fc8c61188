import ArgumentParser
import Foundation
import RuralStat

/// `ruralstat forecast`: household and group income forecasts 1–3 years ahead with
/// simulated intervals, `p_below_line` and `p_meet` (SPEC §3.4, §4.1).
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast household and group income 1–3 years ahead, with intervals and target probabilities.",
        discussion: """
        Fits the household model of next year's log pci on every consecutive-year transition \
        (--formula replaces its right-hand side; the response is log_pci_next), with each \
        household's own spread and township-year shocks, and simulates --draws paths per \
        household (--seed), from the last year of the data (--year Y: from Y, fitting on the \
        transitions that end by Y). --per-household gives one row per household and year, with p_below_line \
        for the first year at its line (--line, else the targets' line, else lines.json next to the \
        households file; per-year lines are extended at their latest growth; a bad lines.json \
        exits 65). Targets (--targets/--preset) give p_meet for growth and level \
        targets.
        """ + "\n" + ExitStatus.summary
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var targetOptions: TargetOptions

    @Option(help: "Years ahead: 1, 2 or 3.")
    var horizon: Int = 1

    @Option(help: "Simulated paths per household.")
    var draws: Int = 200

    @Option(help: "Seed of the simulation (0 to 2^64 − 1).")
    var seed: UInt64 = 1

    @Option(help: "Interval level(s), e.g. 0.9 or 0.8,0.95.")
    var level: String = "0.9"

    @Option(help: "The household model, e.g. \"log_pci_next ~ log_pci + wage_share + C(township)\".")
    var formula: String?

    @Option(help: "Line for p_below_line: 6900 or 2023=7200,2024=7500. Default: the targets' line, else lines.json next to the households file.")
    var line: String?

    @Option(help: "Retransformation from logs: smearing or lognormal.")
    var retransformation: String = "lognormal"

    @Option(help: "Log scale of pci: floor:AMOUNT (log of max(pci, AMOUNT)) or shift:AMOUNT (log of pci + AMOUNT).")
    var transform: String = IncomeTransform.standard.description

    @Flag(name: .customLong("per-household"), help: "One row per household (with p_below_line) instead of per group.")
    var perHousehold = false

    @Flag(help: "Back-test instead: rolling origin, accuracy, interval coverage and p_below_line calibration.")
    var backtest = false

    @Option(help: "Forecast an aggregate yearly series instead (CSV with year and yuan columns, e.g. Datasets/official/*.csv).")
    var series: String?

    func run() throws {
        let settings = try forecastSettings()
        if let series {
            try common.report.write(ForecastReport(.series(try readSeries(series, settings: settings), source: series))
                .document(language: common.report.lang))
            return
        }
        let dimensions = common.dimensions
        guard let scale = IncomeTransform(transform) else {
            throw UsageError(en: "invalid --transform '\(transform)'; use floor:AMOUNT or shift:AMOUNT, e.g. floor:100",
                             zh: "--transform 的值“\(transform)”无效；请用 floor:金额 或 shift:金额，如 floor:100")
        }
        let targetSet = try targetOptions.load(table: .none, format: common.report.format)
        let lineChoice = try common.monitoringLine(line, targets: targetSet)?.line
        let parsedFormula = try formula.map { text in
            do { return try Formula(text) } catch {
                throw UsageError(LocalizedText(en: "invalid --formula: ", zh: "--formula 无效：") + LocalizedText(describing: error))
            }
        }
        let input = try common.loadInput(needsWorkers: false)
        let design = ForecastDesign(input.households, transform: scale)
        guard let lastYear = common.year ?? design.years.last else {
            throw UsageError(en: "the households file has no rows", zh: "住户文件没有数据行")
        }
        guard design.years.contains(lastYear) else { throw UsageError.noRecords(in: lastYear, years: design.years) }
        let grouping: Grouping
        do { grouping = try Grouping(input.households, by: dimensions) } catch { throw UsageError(error) }
        let report: ForecastReport
        do {
            if backtest {
                let lines = try lineChoice.map { try ForecastLines.lines($0, years: design.years) } ?? [:]
                ProgressLine.shared.begin(.forecasting)
                let test = try Backtest(
                    design: design, grouping: grouping, settings: settings, formula: parsedFormula, lines: lines)
                report = ForecastReport(.backtest(test, dimensions: dimensions, groupLabels: grouping.labels))
            } else {
                let model = try HouseholdModel(
                    design: design, originYears: design.years[0]...(lastYear - 1), formula: parsedFormula)
                let years = (1...settings.horizon).map { lastYear + $0 }
                let lines = try lineChoice.map { try ForecastLines.lines($0, years: design.years + years) } ?? [:]
                ProgressLine.shared.begin(.forecasting)
                let forecast = try IncomeForecaster(design: design, model: model).forecast(
                    from: lastYear, grouping: grouping, settings: settings, lines: lines,
                    targets: targetSet?.targets.compactMap(ForecastTarget.init) ?? [], households: perHousehold)
                report = ForecastReport(perHousehold
                    ? .households(forecast, model: model, panel: input.households)
                    : .groups(forecast, model: model, dimensions: dimensions))
            }
        } catch let error as ForecastError {
            throw ExitStatus.failure(
                error.code == .usage ? ExitStatus.usage.rawValue : ExitStatus.dataError.rawValue, error: error)
        } catch {
            throw ExitStatus.failure(ExitStatus.dataError.rawValue, error: error)
        }
        ProgressLine.shared.begin(.writing)
        try common.report.write(report.document(language: common.report.lang))
    }

    /// `--series FILE`: the series read through the typed reader (SPEC §2.3: exit 64 when
    /// unreadable, 65 naming file, line, column and value for a bad cell) and its trend fitted.
    private func readSeries(_ path: String, settings: ForecastSettings) throws -> SeriesForecast {
        let options = try common.readOptions()
        let hint = LocalizedText(en: "check the path of --series", zh: "请检查 --series 的路径")
        do {
            let header = try TableFile.header(path: path, encoding: options.encoding)
            let (table, report) = try TableFile.read(
                path: path, schema: try SeriesForecast.schema(header: header, file: path), options: options)
            try CommonOptions.account(report, rejectsTo: common.rejectsPath, options: options, bom: common.report.bom)
            return try SeriesForecast(columns: table.columns, horizon: settings.horizon, levels: settings.levels)
        } catch let error as InputError {
            throw CommonOptions.failure(error, options: options, unreadableHint: hint)
        } catch {
            throw ExitStatus.failure(ExitStatus.dataError.rawValue, error: error)
        }
    }

    /// The simulation settings from the options (exit 64 for a bad value).
    private func forecastSettings() throws -> ForecastSettings {
        let levels = level.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard let law = Retransformation(rawValue: retransformation) else {
            throw UsageError(en: "invalid --retransformation '\(retransformation)'; use smearing or lognormal",
                             zh: "--retransformation 的值“\(retransformation)”无效；请用 smearing 或 lognormal")
        }
        let settings = ForecastSettings(
            horizon: horizon, draws: draws, seed: seed, levels: levels.map { $0 ?? .nan }, retransformation: law)
        do { try settings.validate() } catch { throw UsageError(error) }
        return settings
    }
}
