import RuralStatCore
import RuralStatIncome
import RuralStatReport
import RuralStatText

/// The columns of the `income` table (SPEC §4.1) with their titles for people and their
/// priority in tables for people (see ``RuralStatReport/ColumnPriority``): PCI and the two
/// PCIs growth divides are essential; households, persons, median, Gini, the share below the
/// line, wage share, line and `share_met_growth` standard; quantiles, FGT1–2 and the per-capita
/// components only with `--wide`.
public enum IncomeColumns {
    /// `households`: records counted one each, titled "Records" on a weighted file so that
    /// nobody reads it as Σw.
    static func households(weighted: Bool) -> ReportColumn {
        weighted ? ReportColumn("households", title: "Records", chinese: "户数（记录）", style: .count)
            : ReportColumn("households", title: "Households", chinese: "户数", style: .count)
    }

    static let persons = ReportColumn("persons", title: "Persons", chinese: "人数", style: .count)
    static let pci = Metric.pci.column.with(.essential)

    /// `pci_balanced`: in balanced mode the year-t PCI of the households also present in
    /// t−1 ("Matched t"), growth's numerator; in cross-section mode it equals `pci` and is
    /// shown only with `--wide`.
    static func pciBalanced(_ mode: PanelMode) -> ReportColumn {
        mode == .balanced
            ? ReportColumn("pci_balanced", title: "Matched t", chinese: "同户当年", style: .money, priority: .essential)
            : ReportColumn("pci_balanced", title: "PCI compared (yuan)", chinese: "可比人均纯收入（元）", style: .money,
                           priority: .wide)
    }

    /// `pci_prev`, growth's denominator: the same households' t−1 PCI ("Matched t−1") in
    /// balanced mode, the group's whole t−1 PCI in cross-section mode.
    static func pciPrevious(_ mode: PanelMode) -> ReportColumn {
        mode == .balanced
            ? ReportColumn("pci_prev", title: "Matched t−1", chinese: "同户上年", style: .money, priority: .essential)
            : ReportColumn("pci_prev", title: "PCI t−1 (yuan)", chinese: "上年人均纯收入（元）", style: .money,
                           priority: .essential)
    }

    static let growth = Metric.growth.column.with(.essential)
    static let median = Metric.median.column
    static let p10 = ReportColumn("p10", title: "P10 (yuan)", chinese: "P10（元）", style: .money, priority: .wide)
    static let p25 = ReportColumn("p25", title: "P25 (yuan)", chinese: "P25（元）", style: .money, priority: .wide)
    static let p75 = ReportColumn("p75", title: "P75 (yuan)", chinese: "P75（元）", style: .money, priority: .wide)
    static let p90 = ReportColumn("p90", title: "P90 (yuan)", chinese: "P90（元）", style: .money, priority: .wide)
    static let gini = ReportColumn("gini", title: "Gini (×100)", chinese: "基尼系数（×100）", style: .decimal(1))
    static let fgt0 = ReportColumn("fgt0", title: "Persons below line", chinese: "低于监测线人口占比", style: .share)
    static let fgt1 = ReportColumn("fgt1", title: "Gap FGT1", chinese: "贫困距指数", style: .decimal(4), priority: .wide)
    static let fgt2 = ReportColumn("fgt2", title: "Severity FGT2", chinese: "贫困强度指数", style: .decimal(4), priority: .wide)
    static let wageShare = Metric.wageShare.column
    static let line = ReportColumn("line", title: "Line (yuan)", chinese: "监测线（元）", style: .money)
    static let wagePerCapita = ReportColumn(
        "wage_income_per_capita", title: "Wage p.c. (yuan)", chinese: "人均工资性收入（元）", style: .money, priority: .wide)
    static let operatingPerCapita = Metric.operatingIncomePerCapita.column.with(.wide)
    static let propertyPerCapita = ReportColumn(
        "property_income_per_capita", title: "Property p.c. (yuan)", chinese: "人均财产性收入（元）", style: .money,
        priority: .wide)
    static let transferPerCapita = ReportColumn(
        "transfer_income_per_capita", title: "Transfer p.c. (yuan)", chinese: "人均转移性收入（元）", style: .money,
        priority: .wide)
    static let expensePerCapita = ReportColumn(
        "production_expense_per_capita", title: "Expense p.c. (yuan)", chinese: "人均生产经营性支出（元）",
        style: .money, priority: .wide)

    /// `share_met_growth`, titled with the rate, e.g. "Households g ≥ 12.0%".
    static func shareMetGrowth(rate: Double) -> ReportColumn {
        let rate = NumberFormatting.percent(rate)
        return ReportColumn(
            "share_met_growth", title: "Households g ≥ \(rate)", chinese: "增长≥\(rate)户占比", style: .share)
    }
}
