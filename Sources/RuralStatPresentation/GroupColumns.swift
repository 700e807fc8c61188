import RuralStatCore
import RuralStatReport
import RuralStatText

/// The group columns of every group-year table (SPEC §4.1): one column per `--by` dimension
/// right after `year`, or a single `group` column holding `all` when there is no `--by`.
public enum GroupColumns {
    /// The columns for `dimensions`, essential (they name the rows, so a narrow terminal keeps them).
    public static func columns(for dimensions: [GroupDimension]) -> [ReportColumn] {
        guard !dimensions.isEmpty else {
            return [ReportColumn("group", title: "Group", chinese: "分组", style: .text, priority: .essential)]
        }
        return dimensions.map {
            ReportColumn($0.rawValue, title: $0.title, chinese: $0.chineseTitle, style: .text, priority: .essential)
        }
    }

    /// The `year` column of group-year tables, essential.
    public static let year = ReportColumn("year", title: "Year", chinese: "年度", style: .year, priority: .essential)

    /// The cells of one group, from its ``Grouping/labels``: categories as labels (code, or
    /// Chinese with `--lang zh`), other dimensions as text. A blank cell (an empty township or
    /// village, or a merged spreadsheet cell, which reads as blank) keeps its empty label in
    /// the data but is shown as `(blank)` (`（未填）` with `--lang zh`) in every format, so
    /// its group has a visible name. Without dimensions the single group is `all` (全部 with
    /// `--lang zh`).
    public static func cells(labels: [String], dimensions: [GroupDimension]) -> [ReportCell] {
        guard !dimensions.isEmpty else { return [.label(code: "all", chinese: "全部")] }
        return zip(dimensions, labels).map { dimension, label in
            if dimension == .category, let category = HouseholdCategory(label: label) {
                return .label(code: category.code, chinese: category.chineseLabel)
            }
            return label.isEmpty ? .label(code: "(blank)", chinese: "（未填）") : .text(label)
        }
    }

    /// The group's ``cells(labels:dimensions:)`` as one name for a chart or a note, in `language`,
    /// joined by ` / `: `金山镇 / 脱贫户`.
    public static func name(labels: [String], dimensions: [GroupDimension], language: Language) -> String {
        cells(labels: labels, dimensions: dimensions).map { cell in
            switch cell {
            case .label(let code, let chinese): language == .zh ? chinese : code
            case .text(let text): text
            default: ""
            }
        }.joined(separator: " / ")
    }
}

extension GroupColumns {
    /// A group-year table (SPEC §4.1): `year`, the group columns of `dimensions`, then
    /// `metrics`; one row per element of `rows`, in their order, its metric values from `values`
    /// (one per metric; `nil` or not finite is a missing cell).
    ///
    /// - Parameters:
    ///   - labels: the labels of every group (``Grouping/labels``), indexed by `group`.
    ///   - year: where a row keeps its year.
    ///   - group: where a row keeps its group's index into `labels`.
    public static func table<Row>(
        _ rows: some Sequence<Row>, labels: [[String]], dimensions: [GroupDimension], metrics: [ReportColumn],
        year: KeyPath<Row, Int>, group: KeyPath<Row, Int>, values: (Row) -> [Double?]
    ) -> ReportTable {
        var table = ReportTable(columns: [Self.year] + columns(for: dimensions) + metrics)
        for row in rows {
            table.append([.integer(row[keyPath: year])] + cells(labels: labels[row[keyPath: group]], dimensions: dimensions)
                + values(row).map(ReportCell.number))
        }
        return table
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
