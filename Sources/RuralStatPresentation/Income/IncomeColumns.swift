import RuralStatCore
import RuralStatIncome
import RuralStatReport
import RuralStatText

/// The columns of the `income` table (SPEC §4.1) with their titles for people.
public enum IncomeColumns {
    /// Which columns a table shows.
    public enum Selection: Sendable, Hashable {
        /// Every column: SPEC §4.1's in order, then the per-capita components and, when a
        /// growth rate was asked, `share_met_growth`. For CSV and JSON.
        case full
        /// The columns an analyst reads first, narrow enough for a terminal: year, groups,
        /// households, persons, pci, pci_prev, growth, median, gini, fgt0, wage_share, line and
        /// `share_met_growth`. The default of terminal tables and Markdown.
        case summary
    }

    static let year = ReportColumn("year", title: "Year", chinese: "年度", style: .year)
    static let households = ReportColumn("households", title: "Households", chinese: "户数", style: .count)
    static let persons = ReportColumn("persons", title: "Persons", chinese: "人数", style: .count)
    static let pci = Metric.pci.column
    static let pciBalanced = ReportColumn(
        "pci_balanced", title: "PCI compared (yuan)", chinese: "可比人均纯收入（元）", style: .money)
    static let pciPrevious = ReportColumn(
        "pci_prev", title: "PCI t−1 (yuan)", chinese: "上年人均纯收入（元）", style: .money)
    static let growth = Metric.growth.column
    static let median = Metric.median.column
    static let p10 = ReportColumn("p10", title: "P10 (yuan)", chinese: "P10（元）", style: .money)
    static let p25 = ReportColumn("p25", title: "P25 (yuan)", chinese: "P25（元）", style: .money)
    static let p75 = ReportColumn("p75", title: "P75 (yuan)", chinese: "P75（元）", style: .money)
    static let p90 = ReportColumn("p90", title: "P90 (yuan)", chinese: "P90（元）", style: .money)
    static let gini = ReportColumn("gini", title: "Gini (×100)", chinese: "基尼系数（×100）", style: .decimal(1))
    static let fgt0 = ReportColumn("fgt0", title: "Below line", chinese: "低于监测线人口占比", style: .share)
    static let fgt1 = ReportColumn("fgt1", title: "Gap FGT1", chinese: "贫困距指数", style: .decimal(4))
    static let fgt2 = ReportColumn("fgt2", title: "Severity FGT2", chinese: "贫困强度指数", style: .decimal(4))
    static let wageShare = Metric.wageShare.column
    static let line = ReportColumn("line", title: "Line (yuan)", chinese: "监测线（元）", style: .money)
    static let wagePerCapita = ReportColumn(
        "wage_income_per_capita", title: "Wage p.c. (yuan)", chinese: "人均工资性收入（元）", style: .money)
    static let operatingPerCapita = Metric.operatingIncomePerCapita.column
    static let propertyPerCapita = ReportColumn(
        "property_income_per_capita", title: "Property p.c. (yuan)", chinese: "人均财产性收入（元）", style: .money)
    static let transferPerCapita = ReportColumn(
        "transfer_income_per_capita", title: "Transfer p.c. (yuan)", chinese: "人均转移性收入（元）", style: .money)
    static let expensePerCapita = ReportColumn(
        "production_expense_per_capita", title: "Expense p.c. (yuan)", chinese: "人均生产经营性支出（元）",
        style: .money)

    /// `share_met_growth`, titled with the rate, e.g. "Households g ≥ 12.0%".
    static func shareMetGrowth(rate: Double) -> ReportColumn {
        let rate = NumberFormatting.percent(rate)
        return ReportColumn(
            "share_met_growth", title: "Households g ≥ \(rate)", chinese: "增长≥\(rate)户占比", style: .share)
    }
}
