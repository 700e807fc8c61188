import RuralStatData
import RuralStatReport

/// The `<by…>` columns of a report (SPEC §4.1): one per group dimension, or a single `group`
/// column holding `all` when there is no `--by`.
enum GroupColumns {
    /// The columns for `dimensions`.
    static func columns(_ dimensions: [GroupDimension]) -> [ReportColumn] {
        guard !dimensions.isEmpty else { return [ReportColumn("group", title: "Group", chinese: "分组", style: .text)] }
        return dimensions.map(column)
    }

    /// The column of one dimension.
    static func column(_ dimension: GroupDimension) -> ReportColumn {
        switch dimension {
        case .county: ReportColumn("county", title: "County", chinese: "县", style: .text)
        case .township: ReportColumn("township", title: "Township", chinese: "乡镇", style: .text)
        case .village: ReportColumn("village", title: "Village", chinese: "行政村", style: .text)
        case .category: ReportColumn("category", title: "Category", chinese: "户类型", style: .text)
        }
    }

    /// The cells of a group's labels; categories shown by their Chinese label with `--lang zh`.
    static func cells(_ labels: [String], _ dimensions: [GroupDimension]) -> [ReportCell] {
        guard !dimensions.isEmpty else { return [.label(code: "all", chinese: "全部")] }
        return zip(labels, dimensions).map { label, dimension in
            if dimension == .category, let category = HouseholdCategory(label: label) {
                return .label(code: category.code, chinese: category.chineseLabel)
            }
            return .text(label)
        }
    }
}
