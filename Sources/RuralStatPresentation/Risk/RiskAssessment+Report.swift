import RuralStatCore
import RuralStatEmployment
import RuralStatGuarantees
import RuralStatReport
import RuralStatRisk
import RuralStatText

/// The household table of `ruralstat risk`.
extension RiskAssessment {
    /// The household table (SPEC §4.1 `risk`): `year, household_id, <by…>, category, pci,
    /// pci_change, sudden_drop, below_line, near_line, under_10k, rigid_burden, rigid_expense,
    /// zero_employment, employment_drop, guarantee_gap, score, level, p_below_line, reasons,
    /// elimination_ready`, then `township, village, push_medical, push_education,
    /// unmet_conditions, log_odds`. With `compact` (terminal and Markdown tables): `household_id,
    /// township, village, category, pci, score, level, p_below_line, reasons, elimination_ready`,
    /// of which a narrow terminal keeps the household, category, pci, score, level and reasons.
    ///
    /// Reasons and unmet conditions are written in `language`, joined by "; " (zh "；").
    public func table(_ entries: [Entry], grouping: Grouping, language: Language, compact: Bool = false) -> ReportTable {
        let panel = risk.panel
        let separator = language == .zh ? "；" : "; "
        func text(_ values: [String]) -> ReportCell { .text(values.joined(separator: separator)) }
        func flag(_ value: Bool?) -> ReportCell { value.map(ReportCell.boolean) ?? .missing }
        let place: [ReportColumn] = [
            ReportColumn("township", title: "Township", chinese: "乡镇", style: .text),
            ReportColumn("village", title: "Village", chinese: "行政村", style: .text),
        ]
        let category = ReportColumn("category", title: "Category", chinese: "户类型", style: .text, priority: .essential)
        let pci = ReportColumn("pci", title: "PCI", chinese: "人均纯收入", style: .money, priority: .essential)
        let scoring = [
            ReportColumn("score", title: "Score", chinese: "风险分", style: .decimal(1), priority: .essential),
            ReportColumn("level", title: "Level", chinese: "风险等级", style: .text, priority: .essential),
            ReportColumn("p_below_line", title: "P(below line)", chinese: "低于监测线概率", style: .share),
            ReportColumn("reasons", title: "Reasons", chinese: "主要原因", style: .text, priority: .essential),
            ReportColumn("elimination_ready", title: "Ready to eliminate", chinese: "可消除风险", style: .flag),
        ]
        let id = ReportColumn("household_id", title: "Household", chinese: "户编号", style: .text, priority: .essential)
        let columns: [ReportColumn] = compact
            ? [id] + place + [category, pci] + scoring
            : [ReportColumn("year", title: "Year", chinese: "年度", style: .year), id]
                + (grouping.dimensions.isEmpty ? [] : GroupColumns.columns(for: grouping.dimensions))
                + [category, pci,
                   ReportColumn("pci_change", title: "PCI change", chinese: "收入变化", style: .signedShare),
                   ReportColumn("sudden_drop", title: "Sudden drop", chinese: "收入骤减", style: .flag),
                   ReportColumn("below_line", title: "Below line", chinese: "低于监测线", style: .flag),
                   ReportColumn("near_line", title: "Near line", chinese: "接近监测线", style: .flag),
                   ReportColumn("under_10k", title: "Under 10k", chinese: "低于万元", style: .flag),
                   ReportColumn("rigid_burden", title: "Rigid burden", chinese: "刚性支出占比", style: .share),
                   ReportColumn("rigid_expense", title: "Rigid expense", chinese: "刚性支出过大", style: .flag),
                   ReportColumn("zero_employment", title: "Zero employment", chinese: "零就业", style: .flag),
                   ReportColumn("employment_drop", title: "Employment drop", chinese: "务工人数减少", style: .flag),
                   ReportColumn("guarantee_gap", title: "Guarantee gap", chinese: "保障缺口", style: .flag)]
                + scoring + place
                + [ReportColumn("push_medical", title: "Medical push", chinese: "医保预警", style: .flag),
                   ReportColumn("push_education", title: "Education push", chinese: "教育预警", style: .flag),
                   ReportColumn("unmet_conditions", title: "Unmet conditions", chinese: "未满足条件", style: .text),
                   ReportColumn("log_odds", title: "Log-odds by factor", chinese: "对数几率分解", style: .text)]
        var table = ReportTable(columns: columns)
        for entry in entries {
            let row = entry.row, x = entry.indicators
            let categoryCell: ReportCell = panel.category(row).map { .label(code: $0.code, chinese: $0.chineseLabel) } ?? .missing
            let placeCells: [ReportCell] = [panel.township?[row], panel.village?[row]].map { $0.map(ReportCell.text) ?? .missing }
            let scoreCells: [ReportCell] = [
                .number(entry.score.score),
                .label(code: entry.level.rawValue, chinese: entry.level.chineseLabel),
                .number(entry.score.pBelowLine),
                text(entry.score.reasons.map { risk.reasonText($0.factor, row: row, indicators: x, language: language) }),
                flag(entry.readiness?.isReady),
            ]
            if compact {
                table.append([.text(panel.householdID[row] ?? "")] + placeCells + [categoryCell, .number(x.pci)] + scoreCells)
                continue
            }
            var cells: [ReportCell] = [.integer(year), .text(panel.householdID[row] ?? "")]
            if !grouping.dimensions.isEmpty {
                cells += GroupColumns.cells(labels: grouping.labels[Int(grouping.groupOfRow[row])], dimensions: grouping.dimensions)
            }
            cells += [categoryCell, .number(x.pci), .number(x.pciChange), flag(x.suddenDrop), flag(x.belowLine),
                      flag(x.nearLine), .boolean(x.under10k), .number(x.rigidBurden), flag(x.rigidExpense),
                      flag(x.zeroEmployment), flag(x.employmentDrop), flag(x.guaranteeGap)]
            cells += scoreCells + placeCells + [flag(x.pushMedical), flag(x.pushEducation)]
            cells.append(entry.readiness.map { text($0.unmet.map { $0.text(language) }) } ?? .missing)
            cells.append(.text(Self.logOdds(entry.score)))
            table.append(cells)
        }
        return table
    }

    /// The score's log-odds taken apart: `intercept=-2.10 income_change=+0.84 …` (factors whose
    /// contribution is at least 0.1 in size, in ``RiskFactor`` order, to two decimals).
    static func logOdds(_ score: RiskScore) -> String {
        func signed(_ value: Double) -> String {
            let hundredths = Int((abs(value) * 100).rounded())
            let cents = hundredths % 100
            return (value < 0 ? "-" : "+") + String(hundredths / 100) + (cents < 10 ? ".0" : ".") + String(cents)
        }
        var text = "intercept=" + signed(score.intercept)
        for (factor, value) in zip(RiskFactor.allCases, score.contributions) where abs(value) >= 0.1 {
            text += " " + factor.rawValue + "=" + signed(value)
        }
        return text
    }
}

/// Reasons in words (English, or Chinese with `--lang zh`).
extension RiskPanel {
    /// A reason in words a field worker reads, from the household's own values, e.g.
    /// "收入比上年下降42%", "3个劳动力无人务工", "医疗支出占纯收入80%".
    public func reasonText(_ factor: RiskFactor, row: Int, indicators x: RiskIndicators, language: Language) -> String {
        let zh = language == .zh
        func percent(_ value: Double) -> String { value.isFinite ? String(Int((100 * value).rounded())) : "–" }
        func yuan(_ value: Double) -> String { NumberFormatting.grouped(value, decimals: 0) }
        let gross = panel.gross(row)
        func share(_ part: Double) -> Double { gross > 0 ? part / gross : 0 }
        let labor = Int(employment.labor(row) ?? 0), employed = Int(employment.employed(row) ?? 0)
        switch factor {
        case .incomeLevel:
            guard let z = line(panel.year[row]) else {
                return zh ? "人均纯收入\(yuan(x.pci))元，偏低" : "pci \(yuan(x.pci)) yuan is low"
            }
            if x.pci < z { return zh ? "人均纯收入\(yuan(x.pci))元，低于监测线\(yuan(z))元" : "pci \(yuan(x.pci)) yuan, below the line \(yuan(z))" }
            return zh ? "人均纯收入\(yuan(x.pci))元，为监测线的\(percent(x.pci / z))%"
                : "pci \(yuan(x.pci)) yuan, \(percent(x.pci / z))% of the line"
        case .incomeChange:
            guard let change = x.pciChange else {
                return zh ? "无上年收入可比" : "no earlier income to compare"
            }
            if change < 0 { return zh ? "收入比上年下降\(percent(-change))%" : "income \(percent(-change))% lower than last year" }
            return zh ? "收入比上年增长\(percent(change))%，可能难以持续" : "income \(percent(change))% higher than last year, may not last"
        case .aboveUsual:
            return zh ? "收入高于本户往年水平" : "income above the household's usual level, may not last"
        case .wageShare:
            return zh ? "工资性收入占总收入\(percent(share(panel.wageIncome[row])))%"
                : "wages are \(percent(share(panel.wageIncome[row])))% of income"
        case .operatingShare:
            return zh ? "生产经营性收入占总收入\(percent(share(panel.operatingIncome[row])))%"
                : "farming and business are \(percent(share(panel.operatingIncome[row])))% of income"
        case .transferShare:
            return zh ? "转移性收入占总收入\(percent(share(panel.transferIncome[row])))%"
                : "transfers are \(percent(share(panel.transferIncome[row])))% of income"
        case .zeroEmployment:
            return zh ? "\(labor)个劳动力无人务工" : "\(labor) of working age, none employed"
        case .employmentDrop:
            let before = previous(row).flatMap { employment.employed($0) }.map(Int.init) ?? employed
            return zh ? "务工人数由\(before)人减为\(employed)人" : "workers down from \(before) to \(employed)"
        case .fewWorkers:
            if labor == 0 { return zh ? "家庭无劳动力" : "no working-age labour" }
            return zh ? "\(panel.householdSize[row])口人中劳动力\(labor)人、务工\(employed)人"
                : "\(labor) of working age and \(employed) employed in \(panel.householdSize[row]) members"
        case .workMonths:
            let months = employment.months(row) ?? 0
            return zh ? "务工月数偏少（共\(yuan(months))个月）" : "few months of work (\(yuan(months)) in all)"
        case .outOfProvince:
            let count = Int(panel.outOfProvinceCount?[row] ?? 0)
            return zh ? "\(count)人省外务工" : "\(count) working outside the province"
        case .publicWelfare:
            return zh ? "依靠公益岗位就业" : "relies on a public-welfare job"
        case .householdSize:
            return zh ? "家庭人口\(panel.householdSize[row])人" : "household of \(panel.householdSize[row])"
        case .category:
            guard let category = panel.category(row) else { return zh ? "户类型未知" : "category unknown" }
            return zh ? "户类型：\(category.chineseLabel)" : "category: \(category.code)"
        case .medical:
            let medical = value(panel.medicalExpense, row) ?? 0
            return zh ? "医疗支出占纯收入\(percent(medical / max(panel.net(row), 1)))%"
                : "medical costs \(percent(medical / max(panel.net(row), 1)))% of net income"
        case .education:
            let education = value(panel.educationExpense, row) ?? 0
            return zh ? "教育支出占纯收入\(percent(education / max(panel.net(row), 1)))%"
                : "education costs \(percent(education / max(panel.net(row), 1)))% of net income"
        case .guaranteeGap:
            let gaps = guarantees(row).filter { $0.1 == false }.map(\.0)
            return zh ? gaps.map { $0.chineseLabel + "保障" }.joined(separator: "、") + "未达标"
                : "not met: " + gaps.map(\.code).joined(separator: ", ")
        case .village:
            return zh ? "本村往年收入骤减或低于监测线的户较多" : "many households of the village fell back in earlier years"
        case .history:
            return zh ? "本户往年发生过收入骤减或低于监测线" : "fell back in earlier years"
        case .outlook:
            let threshold = eventThreshold(row).event
            return zh ? "收入预测：明年人均纯收入可能低于\(yuan(threshold))元"
                : "forecast: next year's pci may fall below \(yuan(threshold)) yuan"
        }
    }
}

extension EliminationCondition {
    /// The unmet condition in words.
    public func text(_ language: Language) -> String {
        let zh = language == .zh
        return switch self {
        case .monitoredSixMonths: zh ? "纳入监测未满6个月" : "monitored less than 6 months"
        case .assistance: zh ? "无帮扶措施" : "no assistance measure"
        case .incomeAboveLine: zh ? "人均纯收入未达监测线" : "pci not above the line"
        case .previousIncomeAboveLine: zh ? "上年人均纯收入未达监测线" : "last year's pci not above the line"
        case .noSuddenDrop: zh ? "收入骤减" : "sudden income drop"
        case .noRigidExpense: zh ? "刚性支出过大" : "rigid expense too high"
        case .noGuaranteeGap: zh ? "三保障或饮水安全未达标" : "a basic guarantee not met"
        case .hasLabour: zh ? "无劳动力" : "no working-age labour"
        }
    }
}

extension RiskLevel {
    /// The Chinese label: 高, 中, 低.
    public var chineseLabel: String {
        switch self {
        case .high: "高"
        case .medium: "中"
        case .low: "低"
        }
    }
}
