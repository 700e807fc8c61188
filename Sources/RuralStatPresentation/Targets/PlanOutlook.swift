import RuralStatCore
import RuralStatForecast
import RuralStatReport
import RuralStatTargets
import RuralStatText

/// The plan in the years after the data: for every growth target on `growth` and level target on
/// `pci` that applies to such a year, the probability that it is met (`p_meet`), from the
/// household forecasting model (`ruralstat forecast`'s, fitted on every consecutive-year
/// transition of the file).
///
/// Years: from the year after the data to the target's last year, at most three years ahead; a
/// target without a last year is asked up to its year (a level target's `by`) or, without one,
/// for the next year only. Levels as in the judgement of the
/// data (``RuralStatTargets/TargetLevel``): a county target for each county of the file (the
/// whole file without a `county` column), a group target in each `--by` group. Targets whose
/// population is reckoned at the start of the year, and the other kinds, get no `p_meet`
/// (``RuralStatForecast/ForecastTarget/init(_:)``). A model fitted on one origin year gives none
/// either: it cannot say how much the county's growth varies from year to year.
public struct PlanOutlook: Sendable {
    /// One target, place and year ahead.
    public struct Row: Sendable {
        /// The target.
        public let target: Target
        /// The place's name (county or `--by` group), English and Chinese.
        public let place: String, chinesePlace: String
        /// The year ahead.
        public let year: Int
        /// The probability of meeting the target (NaN when the model cannot give one).
        public let pMeet: Double
    }

    /// The last year of the data: the forecast's origin.
    public let lastYear: Int
    /// The rows, in the plan's order, then by year and place.
    public let rows: [Row]
    /// The settings of the simulation.
    public let settings: ForecastSettings

    /// The outlook of `targets` on `households`, or `nil` when no target applies to a year
    /// after the data.
    ///
    /// - Throws: ``RuralStatForecast/ForecastError`` when the file has too few years to fit the
    ///   model; ``RuralStatCore/GroupingError``; ``RuralStatRegression/RegressionError``.
    public init?(
        _ targets: TargetSet, households: HouseholdPanel, by dimensions: [GroupDimension], lines: [Int: Double],
        settings: ForecastSettings = ForecastSettings()
    ) throws {
        let design = ForecastDesign(households)
        guard let lastYear = design.years.last else { return nil }
        let limit = lastYear + 3
        let asked = targets.targets.compactMap { target -> (Target, ForecastTarget, ClosedRange<Int>)? in
            guard let question = ForecastTarget(target) else { return nil }
            let first = max(lastYear + 1, target.firstYear ?? lastYear + 1)
            // Open-ended: a level target up to its year (when that is ahead), any other the next year.
            let last = min(target.lastYear ?? max(target.byYear ?? lastYear + 1, lastYear + 1), limit)
            return first <= last ? (target, question, first...last) : nil
        }
        guard let horizon = asked.map({ $0.2.upperBound - lastYear }).max(), let firstYear = design.years.first,
              firstYear < lastYear else { return nil }
        self.lastYear = lastYear
        var run = settings
        run.horizon = horizon
        self.settings = run
        let model = try HouseholdModel(design: design, originYears: firstYear...(lastYear - 1))
        let forecaster = IncomeForecaster(design: design, model: model)
        let countyDimensions: [GroupDimension] = households.county == nil ? [] : [.county]
        var rows: [Row] = []
        var forecasts: [TargetLevel: (IncomeForecast, [GroupDimension])] = [:]
        for level in TargetLevel.allCases where asked.contains(where: { $0.0.level == level }) {
            let by = level == .county ? countyDimensions : dimensions
            let questions = asked.filter { $0.0.level == level }.map { question in
                var bounded = question.1
                bounded.firstYear = question.2.lowerBound
                bounded.lastYear = question.2.upperBound
                return bounded
            }
            let forecast = try forecaster.forecast(
                from: lastYear, grouping: try Grouping(households, by: by), settings: run, lines: lines, targets: questions)
            forecasts[level] = (forecast, by)
        }
        for (target, _, years) in asked {
            guard let (forecast, by) = forecasts[target.level] else { continue }
            for year in years {
                for answer in forecast.targets where answer.id == target.id && answer.year == year {
                    let labels = forecast.groupLabels[answer.group]
                    rows.append(Row(
                        target: target, place: GroupColumns.name(labels: labels, dimensions: by, language: .en),
                        chinesePlace: GroupColumns.name(labels: labels, dimensions: by, language: .zh), year: year,
                        pMeet: answer.pMeet))
                }
            }
        }
        self.rows = rows
    }

    /// `id, kind, metric, level, population, place, year, threshold, p_meet`.
    public var table: ReportTable {
        var table = ReportTable(columns: TargetEvaluator.labelColumns + [
            ReportColumn("place", title: "Where", chinese: "范围", style: .text, priority: .essential),
            ReportColumn("year", title: "Year", chinese: "年度", style: .year, priority: .essential),
            ReportColumn("threshold", title: "Threshold", chinese: "目标值", style: .decimal(2), priority: .essential),
            ReportColumn("p_meet", title: "P(meet)", chinese: "达标概率", style: .share, priority: .essential),
        ])
        for row in rows {
            table.append(TargetEvaluator.labelCells(row.target) + [
                .label(code: row.place.isEmpty ? "all" : row.place, chinese: row.chinesePlace.isEmpty ? "全部" : row.chinesePlace),
                .integer(row.year),
                row.target.threshold.map { .quantity($0, Metric.named(row.target.metric)?.style ?? .decimal(2)) } ?? .missing,
                .number(row.pMeet),
            ])
        }
        return table
    }

    /// How the probabilities were made, in `language`.
    public func note(_ language: Language) -> String {
        language == .zh
            ? "达标概率：以 \(lastYear) 年为起点的住户收入预测模型（与 ruralstat forecast 相同），每户 \(settings.draws) 条模拟路径（种子 \(settings.seed)），按各目标的层级和对象计算"
            : "p_meet: the household forecasting model of ruralstat forecast from \(lastYear), \(settings.draws) simulated paths per household (seed \(settings.seed)), at each target's level and population"
    }
}
