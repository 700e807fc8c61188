import RuralStatCharts
import RuralStatCore
import RuralStatEmployment
import RuralStatForecast
import RuralStatGuarantees
import RuralStatIncome
import RuralStatReport
import RuralStatRisk
import RuralStatTargets
import RuralStatText

/// The charts of the report's sections (HTML and Markdown show them above their tables).
///
/// Every chart draws numbers of the table beside it: the plan's group-level targets (bars by
/// group with the threshold drawn in), PCI and growth by group, the growth incidence curve, the
/// income distribution with the line, coverage and workers against last year, risk levels, the
/// county's income with the forecast fan, and the back-tests against their naive benchmarks.
extension AnalystReport {
    /// The figures of the section with `key`, in `language`.
    func figures(_ key: String, _ language: Language) -> [ReportFigure] {
        let zh = language == .zh
        func figure(_ svg: String, _ en: String, _ chinese: String) -> ReportFigure {
            ReportFigure(svg: svg, caption: en, chinese: chinese)
        }
        func options(_ id: String, _ en: String, _ chinese: String, format: ValueFormat, x: String = "", y: String = "")
            -> ChartOptions {
            ChartOptions(title: zh ? chinese : en, xTitle: x, yTitle: y, format: format, language: language, id: "fig-\(id)")
        }
        let groups = groupNames(language)
        switch key {
        case "plan_targets":
            return planFigures(language)
        case "income":
            let cells = (0..<income.grouping.count).map { income.cell(year: year, group: $0) }
            let pci = BarChart(
                categories: groups, series: [
                    .init(name: zh ? "\(year)年" : "\(year)", values: cells.map { $0?.pciBalanced ?? $0?.pci }),
                    .init(name: zh ? "\(year - 1)年（同一批农户）" : "\(year - 1) (same households)", values: cells.map { $0?.pciPrevious }),
                ], options: options("income-pci", "PCI by group, \(year) and the year before", "\(year)年与上年分组人均纯收入",
                                    format: .yuan))
            let growth = BarChart(categories: groups, series: [.init(name: zh ? "增长率" : "growth", values: cells.map { $0?.growth })],
                                  valueLabels: true,
                                  options: options("income-growth", "Growth of PCI by group, \(year)", "\(year)年分组人均纯收入增长率", format: .percent))
            var result = [
                figure(pci.svg(), "Per-capita net income of the households present in both years", "两年均有记录农户的人均纯收入"),
                figure(growth.svg(), "Balanced growth of per-capita net income", "人均纯收入增长率（平衡面板）"),
            ]
            if let sample = county.sample(year: year, group: 0) {
                let line = income.lines[year].map { ReferenceLine(value: $0, label: zh ? "监测线" : "line") }
                let histogram = Histogram(values: sample.values, weights: sample.weights, binCount: 24, marker: line, xFormat: .yuan,
                                          options: options("income-distribution", "How incomes are spread, \(year)", "\(year)年人均纯收入分布",
                                                           format: .percent, x: zh ? "人均纯收入（元）" : "PCI (yuan)",
                                                           y: zh ? "人口占比" : "share of persons"))
                result.append(figure(histogram.svg(), "Share of persons by per-capita net income, with the monitoring line",
                                     "按人均纯收入分组的人口占比与监测线"))
            }
            return result
        case "incidence":
            guard let curve = incidence else { return [] }
            let first = curve.fromYear
            let chart = LineChart(
                series: [.init(name: zh ? "年均增长" : "yearly growth",
                               points: curve.points.map { .init(x: Double($0.decile * 10), y: $0.annualGrowth) })],
                xFormat: .number,
                options: options("incidence", "Yearly growth at each income cut point, \(first)–\(year)",
                                 "\(first)–\(year)年各收入分位点的年均增长", format: .percent,
                                 x: zh ? "分位点（%）" : "cut point (percent of persons)"))
            return [figure(chart.svg(), "A falling curve means the poorer grew faster", "曲线向右下倾斜表示低收入者增长更快")]
        case "employment":
            let rows = (0..<grouping.count).map { employment.table.metrics(group: $0, year: year) }
            let coverage = BarChart(categories: groups, series: [.init(name: zh ? "就业覆盖率" : "coverage", values: rows.map { $0?.coverage })],
                                    target: ReferenceLine(value: 1, label: zh ? "户户有就业" : "every household"), valueLabels: true,
                                    options: options("employment-coverage", "Households with labour and a worker, \(year)",
                                                     "\(year)年有劳动力家庭的就业覆盖率", format: .percent))
            let workers = BarChart(categories: groups, series: [
                .init(name: zh ? "\(year)年" : "\(year)", values: rows.map { $0?.workers }),
                .init(name: zh ? "\(year - 1)年" : "\(year - 1)", values: rows.map { row in
                    row.flatMap { r in r.workers.flatMap { w in r.workersChange.map { w - $0 } } }
                }),
            ], options: options("employment-workers", "Workers against last year, \(year)", "\(year)年务工人数与上年比较", format: .number))
            return [figure(coverage.svg(), "Employment coverage by group", "分组就业覆盖率"),
                    figure(workers.svg(), "Workers this year and last year", "本年与上年务工人数")]
        case "guarantees":
            guard let gaps = guarantees else { return [] }
            let rows = (0..<gaps.grouping.count).map { gaps.table.metrics(group: $0, year: year) }
            let chart = BarChart(categories: groups,
                                 series: [.init(name: zh ? "问题户" : "households with a gap", values: rows.map { $0?.anyGap })],
                                 target: ReferenceLine(value: 0, label: zh ? "动态清零" : "cleared"), valueLabels: true,
                                 options: options("guarantees", "Households with a 三保障 or water gap, \(year)",
                                                  "\(year)年“三保障”和饮水安全问题户", format: .number))
            return [figure(chart.svg(), "Any of education, medical care, housing or water not assured", "义务教育、基本医疗、住房安全或饮水安全任一未保障")]
        case "risk_levels":
            let names = zh ? ["高", "中", "低"] : ["high", "medium", "low"]
            let chart = BarChart(categories: groups, series: (0..<3).map { level in
                .init(name: names[level], values: riskLevels.map { Double($0[level]) })
            }, arrangement: .stacked, options: options("risk-levels", "Households by risk level, \(year)", "\(year)年各风险等级户数",
                                                       format: .number))
            return [figure(chart.svg(), "Risk levels of the year's households by group", "分组各风险等级户数")]
        case "forecast":
            return forecastFigure(language).map { [$0] } ?? []
        case "forecast_backtest":
            guard let test = forecastBacktest else { return [] }
            let horizons = Set(test.groups.map(\.horizon)).sorted()
            let accuracy = horizons.map { horizon in Backtest.Accuracy(test.groups.filter { $0.horizon == horizon }) }
            let ahead = horizons.map { zh ? "提前\($0)年" : "\($0) year\($0 == 1 ? "" : "s") ahead" }
            let errors = BarChart(categories: ahead, series: [
                .init(name: zh ? "模型" : "model", values: accuracy.map(\.mape)),
                .init(name: zh ? "朴素：上年值" : "naive: last value", values: accuracy.map(\.mapeNaiveLast)),
                .init(name: zh ? "朴素：上年增速" : "naive: last growth", values: accuracy.map(\.mapeNaiveGrowth)),
            ], valueLabels: true, options: options("forecast-backtest", "Forecast error against naive forecasts (MAPE)",
                                                   "预测误差与朴素预测比较（MAPE）", format: .percent))
            let nominal = settings.forecast.levels.first ?? 0.9
            let coverage = BarChart(categories: ahead, series: [.init(name: zh ? "区间覆盖率" : "coverage", values: accuracy.map { let c = $0.coverage(0); return c.isNaN ? nil : c })],
                                    target: ReferenceLine(value: nominal, label: zh ? "名义水平" : "nominal"), valueLabels: true,
                                    options: options("forecast-coverage", "How often the interval held what happened",
                                                     "预测区间覆盖实际值的比例", format: .percent))
            return [figure(errors.svg(), "Lower is better; the model should beat the naive forecasts", "越低越好；模型应优于朴素预测"),
                    figure(coverage.svg(), "An honest interval covers about its nominal level", "可信的区间覆盖率应接近名义水平")]
        case "risk_backtest":
            guard let test = riskBacktest else { return [] }
            let methods = RiskBacktest.Method.allCases
            let either = RiskBacktest.Event.allCases.firstIndex(of: .either)!
            let measures = methods.map { test.measures($0)[either] }
            let base = measures.first.map { Double($0.events) / Double(max($0.households, 1)) }
            let chart = BarChart(categories: methods.map(\.rawValue), series: [
                .init(name: zh ? "前10%精确率" : "precision in the top 10%", values: measures.map(\.top10.precision)),
            ], target: base.map { ReferenceLine(value: $0, label: zh ? "随机走访" : "visiting at random") }, orientation: .horizontal,
               valueLabels: true, options: options("risk-backtest", "What a visit to the top 10% finds, next year",
                                                   "走访前10%的户次年出现风险的比例", format: .percent))
            return [figure(chart.svg(), "Each method's precision against the base rate", "各方法的精确率与基础发生率")]
        default:
            return []
        }
    }

    /// One chart per group-level target judged in the year: its value by group, the threshold drawn in.
    private func planFigures(_ language: Language) -> [ReportFigure] {
        guard let plan, let targets else { return [] }
        let zh = language == .zh
        var figures: [ReportFigure] = []
        for target in targets.targets where target.level == .group {
            let rows = plan.results.filter { $0.id == target.id && $0.year == year }
            guard !rows.isEmpty, let metric = Metric.named(target.metric) else { continue }
            let format: ValueFormat = switch metric.unit {
            case .yuan: .yuan
            case .share, .rate: .percent
            case .count: .number
            }
            let thresholds = Set(rows.compactMap(\.threshold))
            let line = thresholds.count == 1 ? thresholds.first.map { ReferenceLine(value: $0, label: zh ? "目标" : "target") } : nil
            let name = zh && !target.source.isEmpty ? target.source : target.id
            let chart = BarChart(
                categories: rows.map { GroupColumns.name(labels: $0.groupLabels, dimensions: settings.dimensions, language: language) },
                series: [.init(name: zh ? metric.chineseTitle : metric.title, values: rows.map(\.value))],
                reference: thresholds.count > 1 ? .init(name: zh ? "目标" : "target", values: rows.map(\.threshold)) : nil,
                target: line, valueLabels: true,
                options: ChartOptions(title: name, format: format, language: language, id: "fig-plan-\(target.id)"))
            figures.append(ReportFigure(svg: chart.svg(), caption: "\(target.id): \(target.population)",
                                        chinese: "\(target.source)（\(target.population.chineseDescription)）"))
        }
        return figures
    }

    /// The county's PCI over the data's years and the forecast after them, with its intervals.
    private func forecastFigure(_ language: Language) -> ReportFigure? {
        guard let group = forecast.groups.first else { return nil }
        let zh = language == .zh
        let history = county.years.compactMap { y in county.cell(year: y, group: 0).map { LineChart.Point(x: Double(y), y: $0.pci) } }
        let ahead = forecast.groups.filter { $0.group == group.group }
        let points = history + ahead.map { .init(x: Double($0.year), y: $0.pci) }
        let bands = settings.forecast.levels.indices.reversed().map { l in
            LineChart.Band(
                name: zh ? "\(Self.levels([settings.forecast.levels[l]]))预测区间" : "\(Self.levels([settings.forecast.levels[l]])) interval",
                points: [(x: Double(year), lower: group.lastPCI, upper: group.lastPCI)]
                    + ahead.map { (x: Double($0.year), lower: $0.intervals[l].lower, upper: $0.intervals[l].upper) })
        }
        let chart = LineChart(
            series: [.init(name: zh ? "人均纯收入" : "PCI", points: points)], bands: bands,
            options: ChartOptions(title: zh ? "全县人均纯收入及预测" : "The county's PCI and its forecast", format: .yuan,
                                  language: language, id: "fig-forecast"))
        return ReportFigure(svg: chart.svg(), caption: "Observed years, then the forecast with its interval",
                            chinese: "实际年度与预测（含预测区间）")
    }

    /// The display name of each of the report's groups.
    private func groupNames(_ language: Language) -> [String] {
        grouping.labels.map { GroupColumns.name(labels: $0, dimensions: settings.dimensions, language: language) }
    }
}
