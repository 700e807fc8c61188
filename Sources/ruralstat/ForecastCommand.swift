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
        transitions that end by Y). --by household_id gives one row per household with p_below_line \
        at the next years' lines (--line, else the targets' line; per-year lines are extended \
        at their latest growth). Targets (--targets/--preset) give p_meet for growth and level \
        targets.
        Exit status: 0 success, 64 usage error, 65 bad input data, 73 cannot write.
        """
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

    @Option(help: "Line for p_below_line: 6900 or 2023=7200,2024=7500. Default: the targets' line.")
    var line: String?

    @Option(help: "Retransformation from logs: smearing or lognormal.")
    var retransformation: String = "lognormal"

    @Option(help: "Log scale of pci: floor:AMOUNT (log of max(pci, AMOUNT)) or shift:AMOUNT (log of pci + AMOUNT).")
    var transform: String = IncomeTransform.standard.description

    @Flag(help: "Back-test instead: rolling origin, accuracy, interval coverage and p_below_line calibration.")
    var backtest = false

    @Option(help: "Forecast an aggregate yearly series instead (CSV with year and yuan columns, e.g. Datasets/official/*.csv).")
    var series: String?

    func run() throws {
        let settings = try forecastSettings()
        if let series {
            try forecastSeries(series, settings: settings)
            return
        }
        let byHousehold = common.by.lowercased() == "household_id"
        let dimensions: [GroupDimension]
        do { dimensions = byHousehold ? [] : try GroupDimension.parseList(common.by) } catch {
            throw ValidationError(error.description)
        }
        guard let scale = IncomeTransform(transform) else {
            throw ValidationError("invalid --transform '\(transform)'; use floor:AMOUNT or shift:AMOUNT, e.g. floor:100")
        }
        let targetSet = try targetOptions.load()
        let lineChoice = try monitoringLine(targetSet)
        let parsedFormula = try formula.map { text in
            do { return try Formula(text) } catch { throw ValidationError("invalid --formula: \(error)") }
        }
        let input = try common.loadInput(needsWorkers: false)
        let design = ForecastDesign(input.households, transform: scale)
        guard let lastYear = common.year ?? design.years.last else { throw ValidationError("the households file has no rows") }
        guard design.years.contains(lastYear) else {
            throw ValidationError("no records in \(lastYear); the data has \(design.years.map(String.init).joined(separator: ", "))")
        }
        let grouping: Grouping
        do { grouping = try Grouping(input.households, by: dimensions) } catch { throw ValidationError(error.description) }
        if backtest {
            let years = design.years
            do {
                let lines = try lineChoice.map { try ForecastLines.lines($0, years: years) } ?? [:]
                let test = try Backtest(
                    design: design, grouping: grouping, settings: settings, formula: parsedFormula, lines: lines)
                try write(test.document(
                    dimensions: dimensions, groupLabels: grouping.labels, by: dimensions.map(\.rawValue)))
            } catch let error as ForecastError {
                StandardStreams.printError("error: \(error)")
                throw ExitCode(error.code == .usage ? 64 : 65)
            }
            return
        }
        let forecast: IncomeForecast
        let model: HouseholdModel
        do {
            model = try HouseholdModel(design: design, originYears: design.years[0]...(lastYear - 1), formula: parsedFormula)
            let years = (1...settings.horizon).map { lastYear + $0 }
            let lines = try lineChoice.map { try ForecastLines.lines($0, years: years) } ?? [:]
            forecast = try IncomeForecaster(design: design, model: model).forecast(
                from: lastYear, grouping: grouping, settings: settings, lines: lines,
                targets: targetSet?.targets ?? [], households: byHousehold)
        } catch let error as ForecastError {
            StandardStreams.printError("error: \(error)")
            throw ExitCode(error.code == .usage ? 64 : 65)
        } catch {
            StandardStreams.printError("error: \(error)")
            throw ExitCode(65)
        }
        let panel = input.households
        let table = byHousehold
            ? forecast.householdTable(householdID: { panel.householdID[$0] ?? "" }, lastPCI: panel.pci)
            : forecast.groupTable(dimensions: dimensions)
        let document = ReportDocument(
            facts: forecast.facts(model: model, by: byHousehold ? ["household_id"] : dimensions.map(\.rawValue)),
            sections: [.init(
                key: "forecast", heading: ForecastReport.heading(dimensions, byHousehold: byHousehold, .en),
                chinese: ForecastReport.heading(dimensions, byHousehold: byHousehold, .zh), table: table)],
            notes: forecast.notes(model: model, language: common.report.lang))
        try write(document)
    }

    /// `--series FILE`: the log-linear trend forecast of an aggregate series.
    private func forecastSeries(_ path: String, settings: ForecastSettings) throws {
        let table: CSVTable
        do { table = try CSVTable.read(path: path, encoding: common.encoding) } catch {
            StandardStreams.printError("error: \(error)")
            throw ExitCode(64)
        }
        let forecast: SeriesForecast
        do { forecast = try SeriesForecast(table: table, horizon: settings.horizon, levels: settings.levels) } catch {
            StandardStreams.printError("error: \(error)")
            throw ExitCode(65)
        }
        try write(ReportDocument(
            facts: [("series", .string(path)), ("years", .array(forecast.years.map { .number(Double($0)) })),
                    ("trend_growth", .number(exp(forecast.slope) - 1))],
            sections: [.init(key: "forecast", heading: "Series forecast: log-linear trend", chinese: "序列预测：对数线性趋势",
                             table: forecast.table())],
            notes: [common.report.lang == .zh
                ? "对数线性趋势 log y = a + b·年份（\(forecast.years.first!)–\(forecast.years.last!)），预测区间来自 t 分布"
                : "log-linear trend log y = a + b·year on \(forecast.years.first!)–\(forecast.years.last!), t prediction intervals"]))
    }

    /// Renders and writes the document (exit 73 when the workbook cannot be built).
    private func write(_ document: ReportDocument) throws {
        let bytes: [UInt8]
        do { bytes = try document.rendered(as: common.report.format, language: common.report.lang) } catch {
            StandardStreams.printError("error: \(error)")
            throw ExitCode(73)
        }
        try StandardStreams.write(bytes, to: common.report.output)
    }

    /// The simulation settings from the options (exit 64 for a bad value).
    private func forecastSettings() throws -> ForecastSettings {
        let levels = level.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard let law = Retransformation(rawValue: retransformation) else {
            throw ValidationError("invalid --retransformation '\(retransformation)'; use smearing or lognormal")
        }
        let settings = ForecastSettings(
            horizon: horizon, draws: draws, seed: seed, levels: levels.map { $0 ?? .nan }, retransformation: law)
        do { try settings.validate() } catch { throw ValidationError(error.description) }
        return settings
    }

    /// `--line`, else the targets' line, else none.
    private func monitoringLine(_ targetSet: TargetSet?) throws -> MonitoringLine? {
        if let line {
            do { return try MonitoringLine.parse(line) } catch { throw ValidationError(error.description) }
        }
        return targetSet?.line
    }
}
