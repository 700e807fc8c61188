import RuralStatCore
import RuralStatText

/// What `ruralstat validate` reports about a households file that passed every rule
/// (SPEC §4.1): its size, years, categories, optional columns, and warnings.
public struct ValidationSummary: Sendable {
    /// Household-year rows.
    public var rows: Int
    /// Distinct household ids.
    public var households: Int
    /// The years present, ascending.
    public var years: [Int]
    /// Rows per year, ascending by year.
    public var rowsPerYear: [(year: Int, rows: Int)]
    /// Rows per category code in ``HouseholdCategory`` order, with `missing` last for empty
    /// cells; only categories that occur; empty when the file has no category column.
    public var categories: [(code: String, rows: Int)]
    /// Distinct townships (0 without a township column).
    public var townships: Int
    /// The optional columns of SPEC §2.1 the file has, in SPEC order.
    public var optionalColumns: [String]
    /// Place columns with blank cells (one warning each, with the count), then the doubtful
    /// rows (``HouseholdPanel/warnings()``).
    public var warnings: [ValidationWarning]

    /// Summarises `panel`.
    ///
    /// - Complexity: O(n).
    public init(_ panel: HouseholdPanel) {
        rows = panel.count
        households = panel.householdID.distinctCount
        var perYear: [Int: Int] = [:]
        // Panels list a year's rows together (or a household's years): count runs of one
        // year, not a hash per row.
        var run = (year: 0, rows: 0)
        for year in panel.year {
            if Int(year) == run.year {
                run.rows += 1
            } else {
                if run.rows > 0 { perYear[run.year, default: 0] += run.rows }
                run = (Int(year), 1)
            }
        }
        if run.rows > 0 { perYear[run.year, default: 0] += run.rows }
        years = perYear.keys.sorted()
        rowsPerYear = years.map { ($0, perYear[$0]!) }
        categories = []
        if let category = panel.category {
            var counts = [Int](repeating: 0, count: 256)
            for code in category { counts[Int(code)] += 1 }
            categories = HouseholdCategory.allCases.filter { counts[Int($0.rawValue)] > 0 }
                .map { ($0.code, counts[Int($0.rawValue)]) }
            if counts[Int(Missing.code)] > 0 { categories.append(("missing", counts[Int(Missing.code)])) }
        }
        townships = panel.township?.distinctCount ?? 0
        optionalColumns = panel.optionalColumnNames
        warnings = Self.blankPlaces(panel) + panel.warnings()
    }

    /// One warning per place column (county, township, village) with blank cells — empty in
    /// the file, or merged cells of a workbook, which read as blank — giving their count and
    /// the first such line: their rows form a group shown as `(blank)` (`（未填）`).
    static func blankPlaces(_ panel: HouseholdPanel) -> [ValidationWarning] {
        [("county", panel.county), ("township", panel.township), ("village", panel.village)].compactMap { name, column in
            guard let column, let first = column.codes.firstIndex(of: TextColumn.missing) else { return nil }
            let count = column.codes.lazy.filter { $0 == TextColumn.missing }.count
            let chinese = FileSchema.chineseHouseholdHeader(name)
            return ValidationWarning(
                line: Int(panel.line[first]), column: name,
                message: LocalizedText(
                    en: "\(count) row\(count == 1 ? " has" : "s have") no \(name) (blank, or a merged cell in Excel); "
                        + "they are grouped under (blank) — fill in the \(name) if it is known",
                    zh: "\(count) 行没有填写\(chinese)（空白，或 Excel 中的合并单元格），归入“（未填）”组——如已知请补填\(chinese)"))
        }
    }
}

extension TextColumn {
    /// The number of distinct values that occur (missing cells not counted).
    ///
    /// - Complexity: O(n) time, one flag per dictionary entry.
    public var distinctCount: Int {
        var seen = [Bool](repeating: false, count: dictionary.count)
        var count = 0
        for code in codes where code != TextColumn.missing && !seen[Int(code)] {
            seen[Int(code)] = true
            count += 1
        }
        return count
    }
}
