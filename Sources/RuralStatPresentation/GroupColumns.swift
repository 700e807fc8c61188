import RuralStatCore
import RuralStatReport
import RuralStatText

/// The group columns of every group-year table (SPEC §4.1): one column per `--by` dimension
/// right after `year`, or a single `group` column holding `all` when there is no `--by`.
public enum GroupColumns {
    /// The columns for `dimensions`.
    public static func columns(for dimensions: [GroupDimension]) -> [ReportColumn] {
        guard !dimensions.isEmpty else { return [ReportColumn("group", title: "Group", chinese: "分组", style: .text)] }
        return dimensions.map { ReportColumn($0.rawValue, title: $0.title, chinese: $0.chineseTitle, style: .text) }
    }

    /// The cells of one group, from its ``Grouping/labels``: categories as labels (code, or
    /// Chinese with `--lang zh`), other dimensions as text; a missing cell stays empty. Without
    /// dimensions the single group is `all` (全部 with `--lang zh`).
    public static func cells(labels: [String], dimensions: [GroupDimension]) -> [ReportCell] {
        guard !dimensions.isEmpty else { return [.label(code: "all", chinese: "全部")] }
        return zip(dimensions, labels).map { dimension, label in
            if dimension == .category, let category = HouseholdCategory(label: label) {
                return .label(code: category.code, chinese: category.chineseLabel)
            }
            return .text(label)
        }
    }
}

extension GroupDimension {
    /// The column title in English.
    public var title: String {
        switch self {
        case .county: "County"
        case .township: "Township"
        case .village: "Village"
        case .category: "Category"
        }
    }

    /// The column title in Chinese.
    public var chineseTitle: String {
        switch self {
        case .county: "县"
        case .township: "乡镇"
        case .village: "行政村"
        case .category: "户类型"
        }
    }
}
