import RuralStatCore
import RuralStatReport

/// The leading columns of every household list (the follow-up lists of `employment` and
/// `guarantees`): `year`, the place columns the file has (county, township, village),
/// `household_id` and `category`.
public enum HouseholdListColumns {
    /// The columns for the place columns `places` (``RuralStatCore/HouseholdPanel/places``).
    public static func columns(places: [GroupDimension]) -> [ReportColumn] {
        [ReportColumn("year", title: "Year", chinese: "年度", style: .year)]
            + places.map { ReportColumn($0.rawValue, title: $0.title, chinese: $0.chineseTitle, style: .text) } + [
                ReportColumn("household_id", title: "Household", chinese: "户编号", style: .text),
                ReportColumn("category", title: "Category", chinese: "户类型", style: .text),
            ]
    }

    /// The cells of `row` of `panel` under those columns; a missing place or id is an empty
    /// text, a missing category a missing cell.
    public static func cells(row: Int, of panel: HouseholdPanel, places: [TextColumn]) -> [ReportCell] {
        [.integer(Int(panel.year[row]))] + places.map { .text($0[row] ?? "") } + [
            .text(panel.householdID[row] ?? ""),
            panel.category(row).map { .label(code: $0.code, chinese: $0.chineseLabel) } ?? .missing,
        ]
    }
}
