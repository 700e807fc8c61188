import RuralStatCore
import RuralStatGuarantees
import RuralStatReport
import RuralStatText

/// The follow-up list as a table.
extension GapList {
    /// The list: `year, county, township, village` (those the file has), `household_id,
    /// category, monitoring_object, household_size, gaps, unknown_flags, years_in_a_row`, in
    /// list order. `gaps` and `unknown_flags` are space-separated flag codes (`housing water`;
    /// 住房安全、饮水安全 with `--lang zh`), a missing cell when there are none.
    public func reportTable() -> ReportTable {
        let panel = households.panel
        var columns = HouseholdListColumns.columns(places: places)
        columns += [
            ReportColumn("monitoring_object", title: "Monitored", chinese: "监测对象", style: .flag),
            ReportColumn("household_size", title: "Persons", chinese: "家庭人口", style: .count),
            ReportColumn("gaps", title: "Gaps", chinese: "未保障项", style: .text),
            ReportColumn("unknown_flags", title: "Flags missing", chinese: "缺失项", style: .text),
            ReportColumn("years_in_a_row", title: "Years in a row", chinese: "连续年数", style: .count),
        ]
        let placeColumns = panel.places.map(\.column)
        var table = ReportTable(columns: columns)
        for entry in entries {
            let row = entry.row
            let category = panel.category(row)
            var cells = HouseholdListColumns.cells(row: row, of: panel, places: placeColumns)
            cells += [
                category.map { .boolean($0.isMonitoringObject) } ?? .missing,
                .integer(Int(panel.householdSize[row])),
                Self.cell(entry.status.gaps), Self.cell(entry.status.unknown),
                .integer(entry.yearsInARow),
            ]
            table.append(cells)
        }
        return table
    }

    /// The list as the `gaps` section of a document, headed with its year (short enough for a
    /// workbook's sheet name).
    public func section(year: Int?) -> ReportDocument.Section {
        let suffix = year.map { ", \($0)" } ?? ""
        let prefix = year.map { "\($0)年" } ?? ""
        return ReportDocument.Section(key: "gaps", heading: "Households with a gap" + suffix,
                                      chinese: prefix + "“三保障”和饮水安全问题户清单", table: reportTable())
    }

    /// The lines printed under the list: its order, and how many households of the year have
    /// missing flags and no gap (``GapList/undetermined``, not listed).
    public func notes(language: Language) -> [String] {
        var notes = [language == .zh
            ? "排序：分组、县、乡镇、村，连续年数多者在前，未保障项多者在前，户编号"
            : "order: group, county, township, village; most years in a row first; most gaps first; household id"]
        if undetermined > 0 {
            notes.append(language == .zh ? "另有 \(undetermined) 户无未保障项但信息缺失，未列入"
                : "\(undetermined) more household\(undetermined == 1 ? " has" : "s have") no gap known but missing flags, not listed")
        }
        return notes
    }

    private static func cell(_ flags: [GuaranteeFlag]) -> ReportCell {
        guard !flags.isEmpty else { return .missing }
        return .label(code: flags.map(\.code).joined(separator: " "), chinese: flags.map(\.chineseLabel).joined(separator: "、"))
    }
}
