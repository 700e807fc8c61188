import RuralStatCore
import RuralStatIncome
import RuralStatReport
import RuralStatRisk
import RuralStatText

/// The document `ruralstat risk` prints: the household table, the watchlist, or the
/// out-of-time back-test, with the settings as JSON facts and the thresholds and line as notes.
public struct RiskReport: Sendable {
    /// What the report shows.
    public enum Content: Sendable, Hashable {
        /// One row per household of `year` (default: the latest), highest score first; only the
        /// `top` highest (per group when grouped) when given: the watchlist for field visits.
        case assessment(year: Int?, top: Int?)
        /// The out-of-time back-test, with precision and recall in the top `capacity`.
        case backtest(capacity: Int)
    }

    /// The panel prepared for risk analysis, its settings' lines from ``line``.
    public let risk: RiskPanel
    /// The line the analysis used, if any.
    public let line: MonitoringLineSource?
    /// The grouping of the table's group columns and of the per-group watchlist.
    public let grouping: Grouping
    /// What the report shows.
    public let content: Content
    /// Whether the household table has the short columns of terminal and Markdown tables.
    public let compact: Bool

    /// A report of `panel` with `settings`, the lines of `line` (``RuralStatIncome/IncomeAnalysis/lines(_:for:)``)
    /// replacing the settings' lines when given.
    ///
    /// - Throws: ``RuralStatCore/GroupingError`` when `dimensions` cannot group the panel.
    public init(
        _ panel: HouseholdPanel, settings: RiskSettings = RiskSettings(), line: MonitoringLineSource? = nil,
        by dimensions: [GroupDimension] = [], content: Content = .assessment(year: nil, top: nil), compact: Bool = false
    ) throws(GroupingError) {
        var settings = settings
        if let line { settings.lines = IncomeAnalysis.lines(line.line, for: panel) }
        risk = RiskPanel(panel, settings: settings)
        grouping = try Grouping(panel, by: dimensions)
        self.line = line
        self.content = content
        self.compact = compact
    }

    /// The document in `language`: section `rows` (households or back-test), and `calibration`
    /// for the back-test.
    ///
    /// - Throws: ``RuralStatRisk/RiskError`` for a year without records or too little history.
    public func document(language: Language) throws(RiskError) -> ReportDocument {
        switch content {
        case let .assessment(year, top):
            let assessment = try RiskAssessment(risk, year: year)
            let entries = top.map { assessment.watchlist(top: $0, grouping: grouping.dimensions.isEmpty ? nil : grouping) }
                ?? assessment.entries
            let table = assessment.table(entries, grouping: grouping, language: language, compact: compact)
            let heading = top == nil ? "Risk of sudden income drop, \(assessment.year)" : "Watchlist, \(assessment.year)"
            let chinese = top == nil ? "\(assessment.year)年收入骤减风险" : "\(assessment.year)年重点走访名单"
            let facts = facts + [
                ("year", .integer(assessment.year)),
                ("training_transitions", .integer(assessment.model.trainingTransitions)),
                ("base_rate", .number(assessment.model.baseRate)),
            ]
            return ReportDocument(facts: facts, sections: [.init(key: "rows", heading: heading, chinese: chinese, table: table)],
                                  notes: notes(language))
        case let .backtest(capacity):
            let backtest = try RiskBacktest(risk, capacity: capacity)
            return ReportDocument(facts: facts + [("capacity", .integer(capacity))], sections: [
                .init(key: "rows", heading: "Out-of-time back-test", chinese: "样本外回测", table: backtest.table()),
                .init(key: "calibration", heading: "Calibration", chinese: "校准", table: backtest.calibrationTable()),
            ], notes: notes(language))
        }
    }

    /// The settings shown with every output.
    private var facts: [(String, JSONValue)] {
        let s = risk.settings
        return [
            ("drop", .number(s.drop)), ("near", .number(s.near)), ("rigid", .number(s.rigid)),
            ("low_income", .number(s.lowIncome)),
            ("line", line.map { .string($0.line.description) } ?? .null),
            ("lines", .object(s.lines.keys.sorted().map { (String($0), .number(s.lines[$0]!)) })),
            ("medical_push", .array([.number(s.medicalPushAlleviated), .number(s.medicalPushOther)])),
            ("education_push", .number(s.educationPush)),
            ("levels", .object([("high", .number(s.highScore)), ("medium", .number(s.mediumScore))])),
            ("penalty", .number(s.penalty)),
        ]
    }

    /// Notes under the tables: the thresholds and the line.
    private func notes(_ language: Language) -> [String] {
        let s = risk.settings
        let zh = language == .zh
        let lines = s.lines.keys.sorted().map { "\($0): \(NumberFormatting.grouped(s.lines[$0]!, decimals: 0))" }
            .joined(separator: ", ")
        let pct = { (v: Double) in NumberFormatting.grouped(100 * v, decimals: 0) + "%" }
        let low = NumberFormatting.grouped(s.lowIncome, decimals: 0)
        return [
            zh ? "阈值：骤减 ≤ −\(pct(s.drop))，接近监测线 < \(s.near)×监测线，刚性支出 ≥ \(pct(s.rigid))，低收入 < \(low) 元；风险等级 高 ≥ \(s.highScore)，中 ≥ \(s.mediumScore)"
                : "thresholds: drop ≤ −\(pct(s.drop)), near < \(s.near) × line, rigid ≥ \(pct(s.rigid)), low income < \(low) yuan; levels high ≥ \(s.highScore), medium ≥ \(s.mediumScore)",
            line.map { (zh ? "监测线（元，来自 \($0.source)）：" : "line (yuan, from \($0.source)): ") + lines }
                ?? (zh ? "未给出监测线：below_line 与 near_line 为空" : "no line given: below_line and near_line are empty"),
        ]
    }
}
