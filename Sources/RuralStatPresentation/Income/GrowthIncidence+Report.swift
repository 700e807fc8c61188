import RuralStatCore
import RuralStatIncome
import RuralStatReport
import RuralStatText

/// The growth incidence table.
extension GrowthIncidence {
    /// One row per group and cut point: the group columns of `analysis`, `cut_point` (`P10` …
    /// `P90`, the quantile of pci at p = 0.1 … 0.9, not a decile's mean), `from_year`, `to_year`,
    /// `pci_from`, `pci_to`, `growth`, `annual_growth`.
    ///
    /// - Parameter analysis: the analysis the incidence was computed from (for group labels).
    public func table(labelledBy analysis: IncomeAnalysis) -> ReportTable {
        var table = ReportTable(columns: GroupColumns.columns(for: analysis.grouping.dimensions) + [
            ReportColumn("cut_point", title: "Cut point", chinese: "分位点", style: .text, priority: .essential),
            ReportColumn("from_year", title: "From", chinese: "起始年度", style: .year),
            ReportColumn("to_year", title: "To", chinese: "终止年度", style: .year),
            ReportColumn("pci_from", title: "PCI from (yuan)", chinese: "起始人均纯收入（元）", style: .money),
            ReportColumn("pci_to", title: "PCI to (yuan)", chinese: "终止人均纯收入（元）", style: .money),
            ReportColumn("growth", title: "Growth", chinese: "增长率", style: .signedShare),
            ReportColumn("annual_growth", title: "Yearly growth", chinese: "年均增长率", style: .signedShare),
        ])
        for point in points {
            table.append(analysis.groupCells(point.group) + [
                .text("P\(point.decile * 10)"), .integer(fromYear), .integer(toYear), .number(point.from),
                .number(point.to), .number(point.growth), .number(point.annualGrowth),
            ])
        }
        return table
    }
}
