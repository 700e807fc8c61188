import RuralStatCore
import RuralStatIncome
import RuralStatReport
import RuralStatTargets
import RuralStatText

/// The document `ruralstat income` prints: the income table (or the growth incidence), the
/// targets evaluated on it, the settings as JSON facts and the notes for people, in English
/// or Chinese.
///
/// ```swift
/// let analysis = try IncomeAnalysis(panel: panel, by: [.category], line: .fixed(6900))
/// let report = IncomeReport(analysis, line: .init(.fixed(6900), source: "--line"))
/// let bytes = try report.document(language: .en).rendered(as: .table, language: .en)
/// ```
public struct IncomeReport: Sendable {
    /// The analysis reported.
    public let analysis: IncomeAnalysis
    /// The line the analysis used, if any.
    public let line: MonitoringLineSource?
    /// The targets to evaluate, if any.
    public let targets: TargetSet?
    /// Only this year's rows and targets, when given.
    public let year: Int?
    /// The growth incidence between two years instead of the income table, when given.
    public let incidence: (from: Int, to: Int)?

    /// A report of `analysis`.
    public init(
        _ analysis: IncomeAnalysis, line: MonitoringLineSource? = nil, targets: TargetSet? = nil, year: Int? = nil,
        incidence: (from: Int, to: Int)? = nil
    ) {
        self.analysis = analysis
        self.line = line
        self.targets = targets
        self.year = year
        self.incidence = incidence
    }

    /// The targets the income analysis does not serve (all are judged by `ruralstat targets check`).
    public var otherTargets: [Target] {
        targets?.targets(notServedBy: IncomeMetricSource(analysis)) ?? []
    }

    /// The document in `language`: sections `rows` and `targets`, or `incidence`.
    ///
    /// - Throws: ``RuralStatCore/MetricError`` when a served target cannot be evaluated.
    public func document(language: Language) throws(MetricError) -> ReportDocument {
        if let incidence {
            let curve = GrowthIncidence(analysis, from: incidence.from, to: incidence.to)
            return ReportDocument(facts: facts, sections: [
                .init(key: "incidence", heading: "Growth incidence \(incidence.from)–\(incidence.to): pci cut points P10–P90",
                      chinese: "\(incidence.from)–\(incidence.to)年收入增长发生曲线（人均纯收入分位点 P10–P90）",
                      table: curve.table(labelledBy: analysis)),
            ], notes: Self.incidenceNotes(curve, analysis: analysis, language))
        }
        var document = ReportDocument(facts: facts, sections: [
            .init(key: "rows", heading: Self.heading(analysis.grouping.dimensions, .en),
                  chinese: Self.heading(analysis.grouping.dimensions, .zh),
                  table: analysis.table(year: year)),
        ], notes: notes(language))
        if let targets {
            document.sections.append(try targets.section(
                evaluatedOn: IncomeMetricSource(analysis), dimensions: analysis.grouping.dimensions, year: year))
            let other = otherTargets
            if !other.isEmpty {
                let ids = other.map(\.id).joined(separator: ", ")
                document.notes.append(language == .zh ? "非收入目标（全部目标见 `ruralstat targets check`）：\(ids)"
                    : "not income targets (every target of the plan: `ruralstat targets check`): \(ids)")
            }
        }
        return document
    }

    /// Which households the curve compares, and the groups it leaves out with the reason.
    static func incidenceNotes(_ curve: GrowthIncidence, analysis: IncomeAnalysis, _ language: Language) -> [String] {
        let zh = language == .zh
        var notes = [curve.mode == .balanced
            ? (zh ? "比较两年均有记录的农户（平衡面板），分组以后一年的记录为准" : "compares the households with records in both years (balanced panel), grouped by the later record")
            : (zh ? "比较两年的全部记录（截面）" : "compares every record of each year (cross-section)")]
        for group in curve.leftOut {
            let name = GroupColumns.name(labels: analysis.grouping.labels[group.group],
                                         dimensions: analysis.grouping.dimensions, language: language)
            notes.append((zh ? "未列入 " : "left out: ") + name + (zh ? "：" : ": ") + group.reason.text(language))
        }
        return notes
    }

    /// The heading of the income table, e.g. "Income by township, category and year".
    static func heading(_ dimensions: [GroupDimension], _ language: Language) -> String {
        switch language {
        case .en:
            dimensions.isEmpty ? "Income by year"
                : "Income by \(dimensions.map(\.rawValue).joined(separator: ", ")) and year"
        case .zh:
            dimensions.isEmpty ? "各年度收入" : "分\(dimensions.map(\.chineseTitle).joined(separator: "、"))各年度收入"
        }
    }

    /// The settings, at the top of the JSON object.
    private var facts: [(String, JSONValue)] {
        var facts: [(String, JSONValue)] = [
            ("panel", .string(analysis.mode.rawValue)),
            ("by", .array(analysis.grouping.dimensions.map { .string($0.rawValue) })),
            ("line", line.map { .string($0.line.description) } ?? .null),
            ("lines", .object(analysis.lines.keys.sorted().map { (String($0), .number(analysis.lines[$0]!)) })),
        ]
        if let growthRate = analysis.growthRate { facts.append(("growth_rate", .number(growthRate))) }
        return facts
    }

    /// Lines for people under the table: what growth compares and which line FGT uses.
    private func notes(_ language: Language) -> [String] {
        let zh = language == .zh
        var notes = [analysis.mode == .balanced
            ? (zh ? "增长率 = 同户当年 / 同户上年 − 1：两年均有记录的农户（平衡面板）的人均纯收入，分组以当年记录为准"
                : "growth = matched t / matched t−1 − 1: the PCI of the households present in both years "
                    + "(balanced panel), grouped by this year's record")
            : (zh ? "增长率 = 人均纯收入 / 上年人均纯收入 − 1：各年全部记录（截面）"
                : "growth = PCI / PCI t−1 − 1: all records of each year (cross-section)")]
        if let line {
            let years = analysis.lines.keys.sorted()
                .map { "\($0): \(NumberFormatting.grouped(analysis.lines[$0]!, decimals: 0))" }
            let rule = if case .medianShare = line.line { " \(line.line)" } else { "" }
            notes.append((zh ? "监测线\(rule)（元，来自 \(line.source)）：" : "line\(rule) (yuan, from \(line.source)): ")
                + years.joined(separator: ", "))
        } else {
            notes.append(zh ? "未给出监测线（--line 或目标文件）：FGT 列为空"
                : "no line given (--line or a targets file): FGT columns are empty")
        }
        return notes
    }
}
