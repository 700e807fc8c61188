import RuralStatCore
import RuralStatEmployment
import RuralStatReport
import RuralStatText

/// The warnings as a table.
extension EmploymentWarning {
    /// The `warnings` table: `kind, year, household_id, households_line, workers_lines,
    /// message`, in the order given (``EmploymentConsistency/warnings(workers:households:linkage:)``
    /// sorts them); `workers_lines` is a space-separated list.
    public static func table(_ warnings: [EmploymentWarning]) -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("kind", title: "Kind", chinese: "类型", style: .text),
            ReportColumn("year", title: "Year", chinese: "年度", style: .year),
            ReportColumn("household_id", title: "Household", chinese: "户编号", style: .text),
            ReportColumn("households_line", title: "Households line", chinese: "农户表行号", style: .year),
            ReportColumn("workers_lines", title: "Workers lines", chinese: "务工表行号", style: .text),
            ReportColumn("message", title: "Message", chinese: "说明", style: .text),
        ])
        for warning in warnings {
            table.append([
                .label(code: warning.kind.rawValue, chinese: warning.kind.chineseName), .integer(warning.year),
                .text(warning.householdID), warning.householdLine.map(ReportCell.integer) ?? .missing,
                .text(warning.workerLines.map(String.init).joined(separator: " ")),
                .label(code: warning.message.en, chinese: warning.message.zh),
            ])
        }
        return table
    }
}
