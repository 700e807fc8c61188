import RuralStatCore
import RuralStatEmployment
import RuralStatForecast
import RuralStatGuarantees
import RuralStatIncome
import RuralStatReport
import RuralStatRisk
import RuralStatTargets
import RuralStatText

/// The report's sections, in reading order, each the table of an analysis.
extension AnalystReport {
    /// The document in `language`: `glance`, then (with targets) `plan_targets` and `plan`,
    /// `forecast`, `income`, `incidence`, `employment`, `guarantees` (when the file has the flag
    /// columns), `risk_levels`, `watchlist`,
    /// `forecast_backtest`, `risk_backtest`.
    public func document(language: Language) -> ReportDocument {
        let dimensions = settings.dimensions
        var sections: [ReportDocument.Section] = [
            .init(key: "glance", heading: "\(year) at a glance", chinese: "\(year)年概况", table: glanceTable),
        ]
        if let plan {
            let check = plan.document(language: language).sections
            sections.append(check[0].renamed("plan_targets", heading: "Targets in \(year): \(plan.targets.title)",
                                             chinese: "\(year)年目标完成情况：\(plan.targets.title)"))
            sections.append(check[1].renamed("plan", heading: check[1].heading, chinese: check[1].chineseHeading,
                                             table: withForecastProbability(check[1].table)))
        }
        sections.append(.init(key: "forecast", heading: "Next year's income and the chance of meeting each target",
                              chinese: "下一年收入预测与达标概率", table: forecast.groupTable(dimensions: [])))
        sections.append(.init(key: "income", heading: IncomeReport.heading(dimensions, .en) + ", \(year)",
                              chinese: "\(year)年" + IncomeReport.heading(dimensions, .zh),
                              table: income.table(year: year)))
        if let incidence {
            let first = incidence.fromYear
            sections.append(.init(key: "incidence", heading: "Growth incidence \(first)–\(year): growth at each income cut point",
                                  chinese: "\(first)–\(year)年各收入分位点的增长", table: incidence.table(labelledBy: county)))
        }
        sections.append(.init(key: "employment", heading: "Employment by \(Self.names(dimensions, .en)), \(year)",
                              chinese: "\(year)年分\(Self.names(dimensions, .zh))就业情况",
                              table: employment.table.reportTable(dimensions: dimensions, year: year,
                                                                        weighted: employment.households.panel.isWeighted)))
        if let gaps = guarantees {
            sections.append(.init(key: "guarantees", heading: "三保障 and safe water by \(Self.names(dimensions, .en)), \(year)",
                                  chinese: "\(year)年分\(Self.names(dimensions, .zh))“三保障”和饮水安全",
                                  table: gaps.table.reportTable(dimensions: dimensions, year: year)))
        }
        sections.append(.init(key: "risk_levels", heading: "Risk levels by \(Self.names(dimensions, .en)), \(year)",
                              chinese: "\(year)年分\(Self.names(dimensions, .zh))风险等级", table: riskLevelTable))
        let watch = risk.watchlist(top: settings.watchlist, grouping: dimensions.isEmpty ? nil : grouping)
        sections.append(.init(key: "watchlist", heading: "Watchlist: the \(settings.watchlist) highest scores of each group",
                              chinese: "重点走访名单：各组风险最高的 \(settings.watchlist) 户",
                              table: risk.table(watch, grouping: grouping, language: language, compact: true)))
        if let test = forecastBacktest {
            sections.append(.init(key: "forecast_backtest", heading: "How far to trust the forecast: back-test",
                                  chinese: "预测可信度：回测", table: test.accuracyTable(dimensions: [], groupLabels: [["all"]])))
        }
        if let test = riskBacktest {
            sections.append(.init(key: "risk_backtest", heading: "How far to trust the watchlist: back-test",
                                  chinese: "走访名单可信度：回测", table: test.table(events: [.either], pooledOnly: true)))
        }
        let illustrated = sections.map { section in
            ReportDocument.Section(key: section.key, heading: section.heading, chinese: section.chineseHeading,
                                   table: section.table, figures: figures(section.key, language))
        }
        var document = ReportDocument(facts: facts, sections: illustrated, notes: notes(language))
        document.title = "RuralStat report \(year)" + (targets.map { ": \($0.title)" } ?? "")
        document.chineseTitle = "\(year)年巩固拓展脱贫攻坚成果监测报告" + (targets.map { "：\($0.title)" } ?? "")
        return document
    }

    /// `measure, value`: households, persons, PCI, growth, share below the line, workers,
    /// coverage, monitoring objects and how many are ready for risk elimination, high-risk households.
    var glanceTable: ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("measure", title: "Measure", chinese: "指标", style: .text),
            ReportColumn("value", title: "Value", chinese: "数值", style: .decimal(2)),
        ])
        let cell = county.cell(year: year, group: 0)
        let work = countyEmployment.table.metrics(group: 0, year: year)
        let monitored = risk.entries.filter { $0.readiness != nil }
        let measures: [(String, String, Double?, ColumnStyle)] = [
            ("households", "户数", cell.map { Double($0.households) }, .count),
            ("persons", "人数", cell?.persons, .count),
            ("pci", "人均纯收入（元）", cell?.pci, .money),
            ("growth", "增长率", cell?.growth, .signedShare),
            ("share_below_line", "低于监测线人口占比", cell?.poverty?.headcount, .share),
            ("workers", "务工人数", work?.workers, .count),
            ("coverage", "就业覆盖率", work?.coverage, .share),
            ("monitoring_objects", "监测对象户数", Double(monitored.count), .count),
            ("elimination_ready", "具备风险消除条件户数", Double(monitored.filter { $0.readiness?.isReady == true }.count), .count),
            ("high_risk", "高风险户数", Double(risk.entries.filter { $0.level == .high }.count), .count),
        ]
        for (key, chinese, value, style) in measures {
            table.append([.label(code: key, chinese: chinese), value.map { .quantity($0, style) } ?? .missing])
        }
        return table
    }

    /// `<by…>, households, high, medium, low` for the year's households.
    var riskLevelTable: ReportTable {
        var table = ReportTable(columns: GroupColumns.columns(for: settings.dimensions) + [
            ReportColumn("households", title: "Households", chinese: "户数", style: .count),
            ReportColumn("high", title: "High", chinese: "高", style: .count),
            ReportColumn("medium", title: "Medium", chinese: "中", style: .count),
            ReportColumn("low", title: "Low", chinese: "低", style: .count),
        ])
        for (group, levels) in riskLevels.enumerated() where levels.reduce(0, +) > 0 {
            table.append(GroupColumns.cells(labels: grouping.labels[group], dimensions: settings.dimensions)
                + [.integer(levels.reduce(0, +))] + levels.map(ReportCell.integer))
        }
        return table
    }

    /// The settings, at the top of the JSON object.
    private var facts: [(String, JSONValue)] {
        [
            ("year", .integer(year)),
            ("by", .array(settings.dimensions.map { .string($0.rawValue) })),
            ("targets", targets.map { .string($0.name) } ?? .null),
            ("line", line.map { .string($0.line.description) } ?? .null),
            ("lines", .object(income.lines.keys.sorted().map { (String($0), .number(income.lines[$0]!)) })),
            ("forecast_draws", .integer(settings.forecast.draws)),
            ("forecast_seed", .string(String(settings.forecast.seed))),
            ("backtest_households", .integer(sample.households)),
            ("households_total", .integer(sample.totalHouseholds)),
        ]
    }

    /// What a reader needs to read the tables: the line, the growth, the sample, what did not run.
    private func notes(_ language: Language) -> [String] {
        let zh = language == .zh
        var notes = [zh ? "增长率：两年均有记录的农户（平衡面板）" : "growth: households present in both years (balanced panel)"]
        if let line {
            let years = income.lines.keys.sorted().map { "\($0): \(NumberFormatting.grouped(income.lines[$0]!, decimals: 0))" }
            notes.append((zh ? "监测线（元，来自 \(line.source)）：" : "line (yuan, from \(line.source)): ") + years.joined(separator: ", "))
        }
        notes.append(zh
            ? "预测：\(settings.forecast.draws) 次模拟，随机种子 \(settings.forecast.seed)；区间为 \(Self.levels(settings.forecast.levels)) 预测区间"
            : "forecast: \(settings.forecast.draws) simulated paths, seed \(settings.forecast.seed); \(Self.levels(settings.forecast.levels)) prediction intervals")
        if !sample.isWhole {
            notes.append(zh
                ? "回测在按户编号抽取的 \(sample.households) 户（共 \(sample.totalHouseholds) 户）上运行"
                : "back-tests ran on \(sample.households) of the \(sample.totalHouseholds) households, drawn by household id")
        }
        notes += unavailable.map { zh ? $0.zh : $0.en }
        return notes
    }

    /// `township and village`, `乡镇、行政村`; `all` / `全部` without dimensions.
    static func names(_ dimensions: [GroupDimension], _ language: Language) -> String {
        if dimensions.isEmpty { return language == .zh ? "全部" : "all" }
        return language == .zh ? dimensions.map(\.chineseTitle).joined(separator: "、")
            : dimensions.map(\.rawValue).joined(separator: " and ")
    }

    /// `90%`, `80% and 95%`.
    static func levels(_ levels: [Double]) -> String {
        levels.map { NumberFormatting.grouped(100 * $0, decimals: 0) + "%" }.joined(separator: ", ")
    }
}

extension AnalystReport {
    /// The plan table with `p_meet`: the probability, from the county's forecast, that each
    /// growth or level target is met next year (empty for the other kinds).
    func withForecastProbability(_ plan: ReportTable) -> ReportTable {
        var table = ReportTable(columns: plan.columns + [
            ReportColumn("p_meet", title: "P(meet) \(year + 1)", chinese: "\(year + 1)年达标概率", style: .share),
        ])
        let next = forecast.targets.filter { $0.year == year + 1 }
        for (target, row) in zip(targets?.targets ?? [], plan.rows) {
            table.append(row + [.number(next.first { $0.id == target.id }?.pMeet)])
        }
        return table
    }
}

extension ReportDocument.Section {
    /// The same section under another key and heading, with `table` instead when given.
    func renamed(_ key: String, heading: String, chinese: String, table: ReportTable? = nil) -> ReportDocument.Section {
        ReportDocument.Section(key: key, heading: heading, chinese: chinese, table: table ?? self.table)
    }
}
