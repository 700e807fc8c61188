import RuralStatCore
import RuralStatIncome
import RuralStatReport
import RuralStatText

/// The growth incidence table.
extension GrowthIncidence {
    /// One row per group and decile: the group columns of `analysis`, `decile`, `from_year`,
    /// `to_year`, `pci_from`, `pci_to`, `growth`, `annual_growth`.
    ///
    /// - Parameter analysis: the analysis the incidence was computed from (for group labels).
    public func table(labelledBy analysis: IncomeAnalysis) -> ReportTable {
        var table = ReportTable(columns: GroupColumns.columns(for: analysis.grouping.dimensions) + [
            ReportColumn("decile", title: "Decile", chinese: "十分位", style: .year),
            ReportColumn("from_year", title: "From", chinese: "起始年度", style: .year),
            ReportColumn("to_year", title: "To", chinese: "终止年度", style: .year),
            ReportColumn("pci_from", title: "PCI from (yuan)", chinese: "起始人均纯收入（元）", style: .money),
            ReportColumn("pci_to", title: "PCI to (yuan)", chinese: "终止人均纯收入（元）", style: .money),
            ReportColumn("growth", title: "Growth", chinese: "增长率", style: .signedShare),
            ReportColumn("annual_growth", title: "Yearly growth", chinese: "年均增长率", style: .signedShare),
        ])
        for point in points {
            table.append(analysis.groupCells(point.group) + [
                .integer(point.decile), .integer(fromYear), .integer(toYear), .number(point.from),
                .number(point.to), .number(point.growth), .number(point.annualGrowth),
            ])
        }
        return table
    }
}
