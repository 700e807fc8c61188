import RuralStatCore
import RuralStatEmployment
import RuralStatForecast
import RuralStatGuarantees
import RuralStatIncome
import RuralStatReport
import RuralStatRisk
import RuralStatTargets
import RuralStatText

/// The report `ruralstat report` writes for county leaders: the year at a glance, the plan
/// check, income, its growth across the distribution, employment, risk and the watchlist, next
/// year's forecast with the probability of meeting each target, and the back-tests that say how
/// far to trust the last two — every section a table (and, in HTML, a chart) of an analysis the
/// other commands print on their own.
///
/// ```swift
/// let report = try AnalystReport(households: panel, targets: try TargetSet.preset(named: "kazuo-2024"), line: line)
/// let html = try report.document(language: .zh).rendered(as: .html, language: .zh)
/// ```
public struct AnalystReport: Sendable {
    /// What the report covers.
    public struct Settings: Sendable {
        /// The groups of the income, employment and risk sections (`--by`; township by default).
        public var dimensions: [GroupDimension]
        /// The year reported; the latest of the data when `nil`.
        public var year: Int?
        /// The households listed for field visits, the top of each group.
        public var watchlist: Int
        /// The forecast's settings (horizon, draws, seed, levels).
        public var forecast: ForecastSettings
        /// The risk analysis's settings (thresholds; the lines come from the report's line).
        public var risk: RiskSettings
        /// The back-tests run on at most this many households, a deterministic sample drawn by
        /// household id (``BacktestSample``), so that a province file stays within the report's time.
        public var backtestHouseholds: Int

        /// The default report: by township, the latest year, 3 households per township, a
        /// one-year forecast with 200 draws, back-tests on up to 20,000 households.
        public init(
            dimensions: [GroupDimension] = [.township], year: Int? = nil, watchlist: Int = 3,
            forecast: ForecastSettings = ForecastSettings(), risk: RiskSettings = RiskSettings(),
            backtestHouseholds: Int = 20_000
        ) {
            self.dimensions = dimensions
            self.year = year
            self.watchlist = watchlist
            self.forecast = forecast
            self.risk = risk
            self.backtestHouseholds = backtestHouseholds
        }
    }

    /// The settings.
    public let settings: Settings
    /// The year reported.
    public let year: Int
    /// The line, if any.
    public let line: MonitoringLineSource?
    /// The targets checked, if any.
    public let targets: TargetSet?
    /// Income by the report's groups.
    public let income: IncomeAnalysis
    /// Income of the whole file (the glance, the distribution, the incidence, the forecast's history).
    public let county: IncomeAnalysis
    /// The growth incidence of the whole file from its first year to ``year``; `nil` with one year.
    public let incidence: GrowthIncidence?
    /// Employment by the report's groups.
    public let employment: EmploymentAnalysis
    /// Employment of the whole file (the glance).
    public let countyEmployment: EmploymentAnalysis
    /// The "三保障" and safe-water gaps by the report's groups; `nil` when the file has no flag
    /// columns (``unavailable`` says so).
    public let guarantees: GuaranteesAnalysis?
    /// The plan check, when targets are given.
    public let plan: PlanCheckReport?
    /// The risk analysis of the year.
    public let risk: RiskAssessment
    /// The report's groups, for the risk sections.
    public let grouping: Grouping
    /// For each group, its households of the year by risk level, in ``RuralStatRisk/RiskLevel`` order.
    public let riskLevels: [[Int]]
    /// The county's forecast for the years after ``year``, with the targets' probabilities.
    public let forecast: IncomeForecast
    /// The forecast model.
    public let model: HouseholdModel
    /// The forecast back-test on the sample; `nil` when it could not run (too few years).
    public let forecastBacktest: Backtest?
    /// The risk back-test on the sample; `nil` when it could not run.
    public let riskBacktest: RiskBacktest?
    /// What could not be shown and why, in English and Chinese.
    public let unavailable: [(en: String, zh: String)]
    /// The households the back-tests ran on.
    public let sample: BacktestSample

    /// Runs every analysis of the report on `households` (and `workers`).
    ///
    /// - Throws: ``RuralStatCore/GroupingError`` for a `--by` column the file lacks,
    ///   ``RuralStatRisk/RiskError`` or ``RuralStatForecast/ForecastError`` when the data have
    ///   too little history for the risk model or the forecast.
    public init(
        households panel: HouseholdPanel, workers: WorkerPanel? = nil, targets: TargetSet? = nil,
        line: MonitoringLineSource? = nil, settings: Settings = Settings()
    ) throws {
        guard let latest = panel.year.max() else { throw ForecastError(.noData, "the households file has no rows", "住户文件没有数据行") }
        let year = settings.year ?? Int(latest)
        self.settings = settings
        self.year = year
        self.line = line
        self.targets = targets
        let dimensions = settings.dimensions
        income = try IncomeAnalysis(panel: panel, by: dimensions, line: line?.line)
        let county = try income.regrouped(by: [])
        self.county = county
        if let first = county.years.first, first < year {
            incidence = GrowthIncidence(county, from: first, to: year)
        } else {
            incidence = nil
        }
        employment = try EmploymentAnalysis(households: panel, workers: workers, by: dimensions)
        countyEmployment = try employment.regrouped(by: [])
        var unavailable: [(en: String, zh: String)] = []
        do {
            guarantees = try GuaranteesAnalysis(households: panel, by: dimensions)
        } catch let error as GuaranteesError {
            guarantees = nil
            unavailable.append(("no 三保障 section: \(error)", "无“三保障”和饮水安全一节：\(error)"))
        }
        plan = try targets.map {
            try PlanCheckReport($0, households: panel, workers: workers, by: dimensions, line: line, year: year)
        }
        var riskSettings = settings.risk
        riskSettings.lines = income.lines
        let riskPanel = RiskPanel(panel, settings: riskSettings)
        risk = try RiskAssessment(riskPanel, year: year)
        let grouping = try Grouping(panel, by: dimensions)
        self.grouping = grouping
        var levels = [[Int]](repeating: [0, 0, 0], count: grouping.count)
        for entry in risk.entries {
            levels[Int(grouping.groupOfRow[entry.row])][RiskLevel.allCases.firstIndex(of: entry.level)!] += 1
        }
        riskLevels = levels

        let design = ForecastDesign(panel)
        guard let first = design.years.first, first < year else {
            throw ForecastError(.noData, "a forecast needs a year before \(year)", "预测需要\(year)年之前的数据")
        }
        model = try HouseholdModel(design: design, originYears: first...(year - 1))
        let forecastYears = (1...settings.forecast.horizon).map { year + $0 }
        let lines = try line.map { try ForecastLines.lines($0.line, years: design.years + forecastYears) } ?? [:]
        forecast = try IncomeForecaster(design: design, model: model).forecast(
            from: year, grouping: try Grouping(panel, by: []), settings: settings.forecast, lines: lines,
            targets: targets?.targets.compactMap(ForecastTarget.init) ?? [])

        sample = BacktestSample(panel, atMost: settings.backtestHouseholds)
        let sampled = sample.panel
        let sampledDesign = sample.isWhole ? design : ForecastDesign(sampled)
        let backtestLines = try line.map { try ForecastLines.lines($0.line, years: sampledDesign.years) } ?? [:]
        let wholeSample = try Grouping(sampled, by: [])
        do {
            forecastBacktest = try Backtest(design: sampledDesign, grouping: wholeSample, settings: settings.forecast, lines: backtestLines)
        } catch let error as ForecastError {
            forecastBacktest = nil
            unavailable.append(("forecast back-test not run: \(error)", "未做预测回测：\(error)"))
        }
        do {
            riskBacktest = try RiskBacktest(sample.isWhole ? riskPanel : RiskPanel(sampled, settings: riskSettings))
        } catch {
            riskBacktest = nil
            unavailable.append(("risk back-test not run: \(error)", "未做风险回测：\(error)"))
        }
        self.unavailable = unavailable
    }
}
