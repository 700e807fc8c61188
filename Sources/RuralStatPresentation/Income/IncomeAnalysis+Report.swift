import RuralStatCore
import RuralStatIncome
import RuralStatReport
import RuralStatText

/// The `income` table of SPEC §4.1.
extension IncomeAnalysis {
    /// The group-year rows as a report table, sorted by year then group.
    ///
    /// Columns: `year`, one column per `--by` dimension (or `group` = `all`), then SPEC §4.1's
    /// `households, persons, pci, pci_balanced, pci_prev, growth, median, p10, p25, p75, p90,
    /// gini, fgt0, fgt1, fgt2, wage_share, line`, then the per-capita components and, when the
    /// analysis has a growth rate, `share_met_growth`; their priorities for people are those of
    /// ``IncomeColumns``. Undefined values are ``ReportCell/missing``; categories are labels
    /// (code, or Chinese with `--lang zh`).
    ///
    /// - Parameter year: only this year's rows, when given.
    public func table(year: Int? = nil) -> ReportTable {
        var columns: [(ReportColumn, (IncomeCell) -> ReportCell)] = [
            (IncomeColumns.households(weighted: panel.isWeighted), { .integer($0.households) }),
            (IncomeColumns.persons, { .number($0.persons) }),
            (IncomeColumns.pci, { .number($0.pci) }),
            (IncomeColumns.pciBalanced(mode), { .number($0.pciBalanced) }),
            (IncomeColumns.pciPrevious(mode), { .number($0.pciPrevious) }),
            (IncomeColumns.growth, { .number($0.growth) }),
            (IncomeColumns.median, { .number($0.quantiles.median) }),
            (IncomeColumns.p10, { .number($0.quantiles.p10) }),
            (IncomeColumns.p25, { .number($0.quantiles.p25) }),
            (IncomeColumns.p75, { .number($0.quantiles.p75) }),
            (IncomeColumns.p90, { .number($0.quantiles.p90) }),
            (IncomeColumns.gini, { .number($0.gini) }),
            (IncomeColumns.fgt0, { .number($0.poverty?.headcount) }),
            (IncomeColumns.fgt1, { .number($0.poverty?.gap) }),
            (IncomeColumns.fgt2, { .number($0.poverty?.severity) }),
            (IncomeColumns.wageShare, { .number($0.wageShare) }),
            (IncomeColumns.line, { .number($0.line) }),
            (IncomeColumns.wagePerCapita, { .number($0.perCapita.wage) }),
            (IncomeColumns.operatingPerCapita, { .number($0.perCapita.operating) }),
            (IncomeColumns.propertyPerCapita, { .number($0.perCapita.property) }),
            (IncomeColumns.transferPerCapita, { .number($0.perCapita.transfer) }),
            (IncomeColumns.expensePerCapita, { .number($0.perCapita.productionExpense) }),
        ]
        if let growthRate {
            columns.append((IncomeColumns.shareMetGrowth(rate: growthRate), { .number($0.shareMetGrowth) }))
        }
        let groupColumns = GroupColumns.columns(for: grouping.dimensions)
        var table = ReportTable(columns: [GroupColumns.year] + groupColumns + columns.map(\.0))
        for cell in cells where year == nil || cell.year == year {
            table.append([.integer(cell.year)] + groupCells(cell.group) + columns.map { $0.1(cell) })
        }
        return table
    }

    /// The label cells of `group`: `all`, text, or category labels (see ``GroupColumns``).
    func groupCells(_ group: Int) -> [ReportCell] {
        GroupColumns.cells(labels: grouping.labels[group], dimensions: grouping.dimensions)
    }
}
