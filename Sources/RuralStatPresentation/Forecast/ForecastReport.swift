import Foundation
import RuralStatCore
import RuralStatForecast
import RuralStatReport
import RuralStatText

/// The document `ruralstat forecast` prints: the group or household forecast table (SPEC
/// §4.1), the back-test's tables, or the series trend, with the settings as JSON facts and the
/// notes for people, in English or Chinese.
///
/// ```swift
/// let design = ForecastDesign(panel)
/// let model = try HouseholdModel(design: design, originYears: 2020...2023)
/// let grouping = try Grouping(panel, by: [.township])
/// let forecast = try IncomeForecaster(design: design, model: model)
///     .forecast(from: 2024, grouping: grouping, settings: ForecastSettings())
/// let report = ForecastReport(.groups(forecast, model: model, dimensions: [.township]))
/// let bytes = try report.document(language: .en).rendered(as: .table, language: .en)
/// ```
public struct ForecastReport: Sendable {
    /// What is reported.
    public enum Content: Sendable {
        /// A forecast by group (`--by`).
        case groups(IncomeForecast, model: HouseholdModel, dimensions: [GroupDimension])
        /// A forecast per household (`--by household_id`): `panel` gives each origin row's id and pci.
        case households(IncomeForecast, model: HouseholdModel, panel: HouseholdPanel)
        /// The back-test by group (`--backtest`).
        case backtest(Backtest, dimensions: [GroupDimension], groupLabels: [[String]])
        /// The trend of an aggregate series (`--series FILE`); `source` names the file.
        case series(SeriesForecast, source: String)
    }

    /// What is reported.
    public let content: Content

    /// A report of `content`.
    public init(_ content: Content) {
        self.content = content
    }

    /// The document in `language`: section `forecast`, or the back-test's `accuracy`,
    /// `households` and `calibration`.
    public func document(language: Language) -> ReportDocument {
        switch content {
        case .groups(let forecast, let model, let dimensions):
            return ReportDocument(
                facts: forecast.facts(model: model, by: dimensions.map(\.rawValue)),
                sections: [.init(key: "forecast", heading: Self.heading(dimensions, byHousehold: false, .en),
                                 chinese: Self.heading(dimensions, byHousehold: false, .zh),
                                 table: forecast.groupTable(dimensions: dimensions))],
                notes: forecast.notes(model: model, language: language))
        case .households(let forecast, let model, let panel):
            let table = forecast.householdTable(householdID: { panel.householdID[$0] ?? "" }, lastPCI: panel.pci)
            return ReportDocument(
                facts: forecast.facts(model: model, by: ["household_id"]),
                sections: [.init(key: "forecast", heading: Self.heading([], byHousehold: true, .en),
                                 chinese: Self.heading([], byHousehold: true, .zh), table: table)],
                notes: forecast.notes(model: model, language: language))
        case .backtest(let test, let dimensions, let groupLabels):
            return test.document(dimensions: dimensions, groupLabels: groupLabels, by: dimensions.map(\.rawValue))
        case .series(let forecast, let source):
            let first = forecast.years[0], last = forecast.years[forecast.years.count - 1]
            return ReportDocument(
                facts: [("series", .string(source)), ("years", .array(forecast.years.map { .number(Double($0)) })),
                        ("trend_growth", .number(exp(forecast.slope) - 1))],
                sections: [.init(key: "forecast", heading: "Series forecast: log-linear trend",
                                 chinese: "序列预测：对数线性趋势", table: forecast.table())],
                notes: [language == .zh
                    ? "对数线性趋势 log y = a + b·年份（\(first)–\(last)），预测区间来自 t 分布"
                    : "log-linear trend log y = a + b·year on \(first)–\(last), t prediction intervals"])
        }
    }

    /// "Income forecast by township" / "分乡镇收入预测".
    static func heading(_ dimensions: [GroupDimension], byHousehold: Bool, _ language: Language) -> String {
        switch language {
        case .en:
            byHousehold ? "Income forecast by household"
                : dimensions.isEmpty ? "Income forecast" : "Income forecast by \(dimensions.map(\.rawValue).joined(separator: ", "))"
        case .zh:
            byHousehold ? "分户收入预测"
                : dimensions.isEmpty ? "收入预测" : "分\(dimensions.map(\.chineseTitle).joined(separator: "、"))收入预测"
        }
    }
}
