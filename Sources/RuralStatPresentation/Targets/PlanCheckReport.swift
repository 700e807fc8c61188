import RuralStatCore
import RuralStatEmployment
import RuralStatForecast
import RuralStatGuarantees
import RuralStatIncome
import RuralStatReport
import RuralStatRisk
import RuralStatTargets
import RuralStatText

/// The document `ruralstat targets check` prints: every target of a plan judged on the data,
/// whichever analysis owns its metric (income, employment, 三保障, risk-elimination readiness) —
/// "are we on plan?" in one table — and the plan itself,
/// target by target, with the plan's sentence and whether it could be judged.
///
/// ```swift
/// let check = try PlanCheckReport(try TargetSet.preset(named: "kazuo-2024"), households: panel)
/// let bytes = try check.document(language: .zh).rendered(as: .table, language: .zh)
/// ```
public struct PlanCheckReport: Sendable {
    /// Whether a target could be judged on the data.
    public enum Status: Sendable, Hashable {
        /// Judged in `rows` county- or group-years, `met` of them met.
        case judged(rows: Int, met: Int)
        /// Not judged, and why (English, Chinese).
        case notJudged(String, chinese: String)
    }

    /// The plan checked.
    public let targets: TargetSet
    /// The line used, if any.
    public let line: MonitoringLineSource?
    /// The report's grouping (`--by`): group-level targets are judged in each group.
    public let dimensions: [GroupDimension]
    /// How growth compares households with the year before.
    public let mode: PanelMode
    /// Only this year's rows, when given.
    public let year: Int?
    /// Every judgement, by year; in a year the county-level rows first, by county, then the
    /// group-level rows, by group; then in the plan's order.
    public let results: [TargetResult]
    /// Each target's status, in the plan's order.
    public let statuses: [Status]
    /// The lines of each year, yuan.
    public let lines: [Int: Double]
    /// The years of the data, ascending.
    public let years: [Int]
    /// `p_meet` of the targets that apply to years after the data (``PlanOutlook``); `nil`
    /// when none does, with `--year`, or when the model could not be fitted (``outlookProblem``).
    public let outlook: PlanOutlook?
    /// Why the outlook could not be computed (English, Chinese), when it could not.
    public let outlookProblem: (String, chinese: String)?

    /// Judges every target of `targets` on `households` (and `workers`) grouped by `dimensions`.
    ///
    /// Each analysis runs only when a target needs one of its metrics. A target whose analysis
    /// cannot run on the file (no 三保障 flag columns) is reported as not judged, with the reason.
    /// - Throws: ``RuralStatCore/GroupingError`` when the file lacks a `--by` column, and
    ///   ``RuralStatCore/MetricError`` when a served target cannot be evaluated.
    public init(
        _ targets: TargetSet, households: HouseholdPanel, workers: WorkerPanel? = nil,
        by dimensions: [GroupDimension] = [], mode: PanelMode = .balanced, line: MonitoringLineSource? = nil,
        year: Int? = nil
    ) throws {
        self.targets = targets
        self.line = line
        self.dimensions = dimensions
        self.mode = mode
        self.year = year
        let income = try IncomeAnalysis(panel: households, by: dimensions, mode: mode, line: line?.line)
        lines = income.lines
        let owners = Set(targets.targets.compactMap { Metric.named($0.metric)?.owner })
        var sources: [(owner: Metric.Owner, source: any MetricSource)] = []
        var unavailable: [Metric.Owner: (String, String)] = [:]
        for owner in Metric.Owner.allCases where owners.contains(owner) {
            switch owner {
            case .income:
                sources.append((owner, IncomeMetricSource(income)))
            case .employment:
                let employment = try EmploymentAnalysis(households: households, workers: workers, by: dimensions)
                sources.append((owner, EmploymentMetricSource(employment)))
            case .guarantees:
                do {
                    let guarantees = try GuaranteesAnalysis(households: households, by: dimensions)
                    sources.append((owner, GuaranteesMetricSource(guarantees)))
                } catch let error as GuaranteesError {
                    unavailable[owner] = (error.description, "住户文件没有“三保障”和饮水安全列（education_ok、medical_ok、housing_ok、water_ok）")
                }
            case .risk:
                // Readiness with the plan's lines, the same as the income analysis's (no model is fitted).
                let risk = try RiskMetricSource(panel: households, line: nil, settings: RiskSettings(lines: income.lines), by: dimensions)
                sources.append((owner, risk))
            }
        }
        var results: [TargetResult] = []
        // Each target is judged once, by the analysis that owns its metric (employment also
        // serves income's wage share).
        for (owner, source) in sources {
            results += try TargetEvaluator.evaluate(targets.targets.filter { Metric.named($0.metric)?.owner == owner }, on: source)
        }
        let order = Dictionary(uniqueKeysWithValues: targets.targets.enumerated().map { ($0.element.id, $0.offset) })
        results.sort { a, b in
            (a.year, a.level == .county ? 0 : 1, a.group, order[a.id]!) < (b.year, b.level == .county ? 0 : 1, b.group, order[b.id]!)
        }
        if year == nil {
            do {
                outlook = try PlanOutlook(targets, households: households, by: dimensions, lines: income.lines)
                outlookProblem = nil
            } catch {
                // The judgement of the data stands without the forecast; the note says why it is missing.
                let reason = (error as? any LocalizedMessage).map { ($0.text(.en), $0.text(.zh)) } ?? ("\(error)", "\(error)")
                outlook = nil
                outlookProblem = ("no p_meet for the years ahead: \(reason.0)", chinese: "未给出未来年度达标概率：\(reason.1)")
            }
        } else {
            outlook = nil
            outlookProblem = nil
        }
        let shown = results.filter { year == nil || $0.year == year }
        self.results = shown
        let years = income.years
        self.years = years
        statuses = targets.targets.map { target in
            let owner = Metric.named(target.metric)!.owner
            if let (reason, chinese) = unavailable[owner] { return .notJudged(reason, chinese: chinese) }
            let rows = shown.filter { $0.id == target.id }
            guard rows.isEmpty else { return .judged(rows: rows.count, met: rows.filter { $0.met == true }.count) }
            let span = Self.span(target)
            let data = years.map(String.init).joined(separator: ", ")
            return .notJudged("no value in \(span) (the data has \(data))", chinese: "\(span)无数据（数据年度：\(data)）")
        }
    }

    /// The document in `language`: sections `targets` (every judgement), `outlook` (`p_meet` in
    /// the years after the data, when a target applies to one) and `plan` (every target).
    public func document(language: Language) -> ReportDocument {
        var sections: [ReportDocument.Section] = [
            .init(key: "targets", heading: "Targets: \(targets.name)", chinese: "目标：\(targets.name)",
                  table: TargetEvaluator.table(results, dimensions: dimensions)),
        ]
        if let outlook, !outlook.rows.isEmpty {
            sections.append(.init(
                key: "outlook", heading: "The years ahead: will the targets be met?", chinese: "未来年度：能否达标",
                table: outlook.table))
        }
        sections.append(.init(key: "plan", heading: "The plan: \(targets.title)", chinese: "规划：\(targets.title)", table: planTable))
        return ReportDocument(facts: facts, sections: sections, notes: notes(language))
    }

    /// One row per target: how it reads and whether it was judged (a narrow terminal keeps the
    /// id, the counts and the status).
    private var planTable: ReportTable {
        var table = ReportTable(columns: TargetEvaluator.labelColumns + [
            ReportColumn("years", title: "Years", chinese: "年度", style: .text),
            ReportColumn("rows", title: "Judged", chinese: "评价数", style: .count, priority: .essential),
            ReportColumn("met", title: "Met", chinese: "达标数", style: .count, priority: .essential),
            ReportColumn("status", title: "Status", chinese: "状态", style: .text, priority: .essential),
            ReportColumn("source", title: "Plan's words", chinese: "规划原文", style: .text),
            ReportColumn("note", title: "Reading", chinese: "说明", style: .text),
        ])
        for (target, status) in zip(targets.targets, statuses) {
            let counts: [ReportCell]
            let state: ReportCell
            switch status {
            case .judged(let rows, let met):
                counts = [.integer(rows), .integer(met)]
                state = .label(code: "judged", chinese: "已评价")
            case .notJudged(let reason, let chinese):
                counts = [.integer(0), .integer(0)]
                state = .label(code: "not judged: \(reason)", chinese: "未评价：\(chinese)")
            }
            table.append([.text(target.id)] + TargetEvaluator.labelCells(target).dropFirst() + [Self.spanCell(target)]
                + counts + [state, .text(target.source),
                            .label(code: target.note, chinese: target.chineseNote.isEmpty ? target.note : target.chineseNote)])
        }
        return table
    }

    /// The years a target applies to, e.g. `2022`, `2024–2025`, `2022–`, `all`.
    static func span(_ target: Target) -> String {
        switch (target.firstYear, target.lastYear) {
        case let (first?, last?) where first == last: "\(first)"
        case let (first?, last?): "\(first)–\(last)"
        case let (first?, nil): "\(first)–"
        case let (nil, last?): "–\(last)"
        case (nil, nil): "all"
        }
    }

    /// The span as a cell: `all` is 全部 in Chinese tables.
    private static func spanCell(_ target: Target) -> ReportCell {
        let span = span(target)
        return span == "all" ? .label(code: span, chinese: "全部") : .text(span)
    }

    /// The settings, at the top of the JSON object.
    private var facts: [(String, JSONValue)] {
        [
            ("name", .string(targets.name)),
            ("title", .string(targets.title)),
            ("source", .string(targets.source)),
            ("panel", .string(mode.rawValue)),
            ("by", .array(dimensions.map { .string($0.rawValue) })),
            ("line", line.map { .string($0.line.description) } ?? .null),
            ("lines", .object(lines.keys.sorted().map { (String($0), .number(lines[$0]!)) })),
        ]
    }

    /// How to read the tables: levels, growth, on_track, the line.
    private func notes(_ language: Language) -> [String] {
        let zh = language == .zh
        var notes = [
            zh ? "层级：“全县”目标按每个县的全部对象评价（不受 --by 影响），“分组”目标按 --by 的每个分组评价"
                : "level: county targets are judged on each county's whole population whatever --by is; group targets in each --by group",
            mode == .balanced
                ? (zh ? "增长率：两年均有记录的农户（平衡面板）；收入水平目标的“当年增长”与“所需年增长”用同一口径"
                    : "growth: households present in both years (balanced panel); a level target's growth and growth needed use this one definition")
                : (zh ? "增长率：各年全部记录（截面）；收入水平目标的“当年增长”与“所需年增长”用同一口径"
                    : "growth: all records of each year (cross-section); a level target's growth and growth needed use this one definition"),
            zh ? "收入水平目标：达标 = 当年人均纯收入不低于目标值；目标年之前，进度达标 = 当年增长不低于此后每年所需增长"
                : "level targets: met = pci at or above the level; before the target year, on_track = this year's growth reached the growth needed each year from now",
        ]
        if let outlook, !outlook.rows.isEmpty { notes.append(outlook.note(language)) }
        if let (problem, chinese) = outlookProblem { notes.append(zh ? chinese : problem) }
        if let line {
            let years = lines.keys.sorted().map { "\($0): \(NumberFormatting.grouped(lines[$0]!, decimals: 0))" }
            notes.append((zh ? "监测线（元，来自 \(line.source)）：" : "line (yuan, from \(line.source)): ")
                + years.joined(separator: ", "))
        }
        return notes
    }
}
