import RuralStatCore
import RuralStatGuarantees
import RuralStatReport
import RuralStatText

/// The `guarantees` table, its heading and its notes.
extension GuaranteesTable {
    /// The table: `year, <by…>, households, education_gap, medical_gap, housing_gap,
    /// water_gap, any_gap, any_gap_share, missing_flags, persons_with_gap, any_gap_change`,
    /// then `no_gap, persons, persistent_gap, education_gap_share, medical_gap_share,
    /// housing_gap_share, water_gap_share, any_gap_share_change`.
    ///
    /// Rows are sorted by year, then group; undefined values are missing cells. Tables for
    /// people keep `any_gap` and `any_gap_share` on a narrow terminal and show the columns
    /// after `any_gap_change` only with `--wide`.
    ///
    /// - Parameters:
    ///   - dimensions: the grouping's dimensions (the `--by` columns).
    ///   - year: only this year's rows; every year when `nil`.
    public func reportTable(dimensions: [GroupDimension], year: Int? = nil) -> ReportTable {
        let metrics = Self.mainColumns + Self.extraColumns
        return GroupColumns.table(
            rows.filter { year == nil || $0.year == year }, labels: groupLabels, dimensions: dimensions,
            metrics: metrics.map(\.column), year: \.year, group: \.group, values: { row in metrics.map { $0.value(row) } })
    }

    /// The table as the `rows` section of a document. The headings fit a workbook's sheet name
    /// (28 characters).
    public func section(dimensions: [GroupDimension], year: Int? = nil) -> ReportDocument.Section {
        ReportDocument.Section(
            key: "rows", heading: "Guarantees and safe water",
            chinese: "“三保障”和饮水安全未保障户",
            table: reportTable(dimensions: dimensions, year: year))
    }

    /// The lines printed under the table: what a gap and a missing flag are, and which flag
    /// columns the households file lacks.
    public static func notes(presentFlags: [GuaranteeFlag], language: Language) -> [String] {
        var notes = language == .zh
            ? ["未保障：该项为 0（否）；问题户：四项中至少一项未保障",
               "信息缺失户：无未保障项但有空项，单独计数，不算已保障；占比以状态已知的户为分母"]
            : ["gap: the flag is 0 (未保障); any gap: at least one of the four",
               "flags missing: no gap known but a flag empty, counted apart, never as guaranteed; "
                   + "shares are of the households whose status is known"]
        let absent = GuaranteeFlag.allCases.filter { !presentFlags.contains($0) }
        if !absent.isEmpty {
            notes.append(language == .zh
                ? "农户表无 " + absent.map(\.chineseLabel).joined(separator: "、") + " 列：该项未保障户为空，所有无未保障项的户计入信息缺失"
                : "the households file has no " + absent.map(\.columnName).joined(separator: ", ")
                    + " column: those gaps are empty and no household counts as without gap")
        }
        return notes
    }

    /// A column and how to read its value from a group-year.
    private typealias MetricColumn = (column: ReportColumn, value: (GuaranteesGroupYear) -> Double?)

    /// The columns that read at a glance, in order.
    private static var mainColumns: [MetricColumn] {
        var metrics: [MetricColumn] = [
            (ReportColumn("households", title: "Households", chinese: "户数", style: .count), { $0.households }),
        ]
        for flag in GuaranteeFlag.allCases {
            metrics.append((flag.gapMetric.column, { $0.gap(flag) }))
        }
        let rest: [MetricColumn] = [
            (Metric.anyGap.column.with(.essential), { $0.anyGap }),
            (Metric.anyGapShare.column.with(.essential), \.anyGapShare),
            (Metric.missingFlags.column, { $0.missingFlags }),
            (Metric.personsWithGap.column, { $0.personsWithGap }),
            (ReportColumn("any_gap_change", title: "Δ any gap", chinese: "问题户增减", style: .signedDecimal(0)),
             \.anyGapChange),
        ]
        return metrics + rest
    }

    /// The counts and shares behind the main columns (only with `--wide`).
    private static var extraColumns: [MetricColumn] {
        var metrics: [MetricColumn] = [
            (ReportColumn("no_gap", title: "No gap", chinese: "全部保障户", style: .count), { $0.noGap }),
            (ReportColumn("persons", title: "Persons", chinese: "人口", style: .count), { $0.persons }),
            (ReportColumn("persistent_gap", title: "Gap two years", chinese: "连续两年问题户", style: .count),
             { $0.persistentGap }),
        ]
        for flag in GuaranteeFlag.allCases {
            metrics.append((flag.gapShareMetric.column, { $0.gapShare(flag) }))
        }
        metrics.append((ReportColumn("any_gap_share_change", title: "Δ gap share", chinese: "问题户占比变化",
                                     style: .signedPoints), \.anyGapShareChange))
        return metrics.map { ($0.column.with(.wide), $0.value) }
    }
}
