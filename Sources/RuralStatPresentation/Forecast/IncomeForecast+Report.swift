import Foundation
import RuralStatCore
import RuralStatRegression
import RuralStatForecast
import RuralStatReport
import RuralStatText

/// The forecast tables of SPEC §4.1 (`forecast`): `<by…>, last_year, last_pci, year, pci,
/// lower, upper, level, target, p_meet`, then `target_id` (groups) or `p_below_line, line`
/// (households). One row per group (or household), forecast year and interval level; a
/// group-year with targets gives one row per target.
extension IncomeForecast {
    /// The group table.
    public func groupTable(dimensions: [GroupDimension]) -> ReportTable {
        var table = ReportTable(columns: GroupColumns.columns(for: dimensions) + Self.forecastColumns + [
            ReportColumn("target_id", title: "Target id", chinese: "目标编号", style: .text),
        ])
        for forecast in groups {
            let labels = GroupColumns.cells(labels: groupLabels[forecast.group], dimensions: dimensions)
            let targetRows = targets.filter { $0.group == forecast.group && $0.year == forecast.year }
            for interval in forecast.intervals {
                let lead = labels + Self.cells(
                    lastYear: lastYear, lastPCI: forecast.lastPCI, year: forecast.year, pci: forecast.pci, interval: interval)
                if targetRows.isEmpty { table.append(lead + [.missing, .missing, .missing]) }
                for target in targetRows {
                    let style: ColumnStyle = if case .growth = target.rule { .share } else { .money }
                    table.append(lead + [.quantity(target.threshold, style), .number(target.pMeet), .text(target.id)])
                }
            }
        }
        return table
    }

    /// The household table; `householdID` gives each origin row's `household_id`, `lastPCI` its pci.
    public func householdTable(householdID: (Int) -> String, lastPCI: (Int) -> Double) -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("household_id", title: "Household", chinese: "户编号", style: .text),
        ] + Self.forecastColumns + [
            ReportColumn("p_below_line", title: "P(below line)", chinese: "低于监测线概率", style: .share),
            ReportColumn("line", title: "Line", chinese: "监测线", style: .money),
        ])
        for forecast in households {
            for interval in forecast.intervals {
                table.append([.text(householdID(forecast.originRow))] + Self.cells(
                    lastYear: lastYear, lastPCI: lastPCI(forecast.originRow), year: forecast.year, pci: forecast.pci,
                    interval: interval) + [.missing, .missing, .number(forecast.pBelowLine), .number(forecast.line)])
            }
        }
        return table
    }

    private static let forecastColumns = [
        ReportColumn("last_year", title: "Last year", chinese: "最近年度", style: .year),
        ReportColumn("last_pci", title: "Last PCI", chinese: "最近人均纯收入", style: .money),
        ReportColumn("year", title: "Year", chinese: "预测年度", style: .year),
        ReportColumn("pci", title: "Forecast", chinese: "预测值", style: .money),
        ReportColumn("lower", title: "Lower", chinese: "下限", style: .money),
        ReportColumn("upper", title: "Upper", chinese: "上限", style: .money),
        ReportColumn("level", title: "Level", chinese: "置信水平", style: .share),
        ReportColumn("target", title: "Target", chinese: "目标", style: .decimal(2)),
        ReportColumn("p_meet", title: "P(meet)", chinese: "达标概率", style: .share),
    ]

    private static func cells(lastYear: Int, lastPCI: Double, year: Int, pci: Double, interval: ForecastInterval) -> [ReportCell] {
        [.integer(lastYear), .number(lastPCI), .integer(year), .number(pci), .number(interval.lower),
         .number(interval.upper), .number(interval.level)]
    }
}

extension IncomeForecast {
    /// The settings and the model's size, at the top of the JSON object.
    public func facts(model: HouseholdModel, by: [String]) -> [(String, JSONValue)] {
        [
            ("by", .array(by.map(JSONValue.string))),
            ("last_year", .number(Double(lastYear))),
            ("horizon", .number(Double(settings.horizon))),
            ("draws", .number(Double(settings.draws))),
            ("seed", .string(String(settings.seed))),
            ("levels", .array(settings.levels.map(JSONValue.number))),
            ("retransformation", .string(settings.retransformation.rawValue)),
            ("formula", .string(model.formula.text)),
            ("transitions", .number(Double(model.transitionCount))),
            ("common_shock_sd", .number(model.commonShock.variance.squareRoot())),
            ("township_effect_error_sd", .number(model.commonShock.effectErrorVariance.squareRoot())),
            ("skipped_households", .number(Double(skippedHouseholds))),
        ]
    }

    /// Lines for people under the table.
    public func notes(model: HouseholdModel, language: Language) -> [String] {
        let zh = language == .zh
        let first = model.originYears.lowerBound, last = model.originYears.upperBound + 1
        let fitted = NumberFormatting.grouped(Double(model.transitionCount), decimals: 0)
        let available = NumberFormatting.grouped(Double(model.availableTransitions), decimals: 0)
        let thinned = model.availableTransitions > model.transitionCount
        let shockSD = NumberFormatting.grouped(model.commonShock.variance.squareRoot(), decimals: 3)
        let effectSD = NumberFormatting.grouped(model.commonShock.effectErrorVariance.squareRoot(), decimals: 3)
        var notes = [
            zh ? "模型：\(model.formula.text)，基于 \(first)–\(last) 年 \(fitted) 个相邻年度转移\(thinned ? "（共 \(available) 个，等距抽取）" : "")（FGLS，户别方差）"
                : "model: \(model.formula.text), fitted on \(fitted) consecutive-year transitions \(first)–\(last)\(thinned ? " (of \(available), at a fixed stride)" : "") (FGLS, household-specific variance)",
            zh ? "区间：每户 \(settings.draws) 条模拟路径（种子 \(settings.seed)，\(settings.retransformation == .smearing ? "残差涂抹" : "对数正态")），含乡镇年度共同冲击（标准差 \(shockSD)）和乡镇效应的估计误差（标准差 \(effectSD)）"
                : "intervals: \(settings.draws) simulated paths per household (seed \(settings.seed), \(settings.retransformation.rawValue)), with township-year shocks (sd \(shockSD) on the log scale) and the township effects' error (sd \(effectSD))",
        ]
        if !model.commonShock.yearVarianceIsIdentified {
            notes.append(zh
                ? "只有一个起始年度：无法估计全县收入增长的年际波动，故不给出分组区间和达标概率（至少需要三年数据）"
                : "one origin year only: how much the county's growth varies from year to year cannot be estimated, so group intervals and p_meet are not given (three years of data are needed)")
        }
        if !model.commonShock.isIdentified {
            notes.append(zh ? "只有一个起始年度：乡镇冲击无法与乡镇效应区分，按乡镇效应的离散程度计入（上限）"
                : "one origin year only: township shocks cannot be told from township effects; the spread of the effects is taken for them (an upper bound)")
        }
        if skippedHouseholds > 0 {
            notes.append(zh ? "\(skippedHouseholds) 户因缺少变量未预测" : "\(skippedHouseholds) households not forecast: a regressor is missing")
        }
        if let below = lineProbability {
            let n = NumberFormatting.grouped(Double(below.trainingTransitions), decimals: 0)
            if below.isCalibrated {
                notes.append(zh
                    ? "低于监测线概率（仅下一年）：模型预测分布在监测线处的概率，按 \(n) 个往年转移校准"
                    : "p_below_line (next year only): the model's probability at the line, calibrated on \(n) past transitions")
            } else {
                notes.append(zh
                    ? "低于监测线概率（仅下一年）：模型自身概率，未校准——只有 \(n) 个往年转移有监测线（至少需要 \(LineProbability.minimumTrainingRows) 个）"
                    : "p_below_line (next year only): the model's own probability, not calibrated: only \(n) past transitions have a line (\(LineProbability.minimumTrainingRows) needed)")
            }
        }
        return notes
    }
}
