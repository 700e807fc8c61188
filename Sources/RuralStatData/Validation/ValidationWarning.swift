import RuralStatCore
import Dispatch
import RuralStatText

/// Something in a households file that is allowed but worth a second look (`validate`).
public struct ValidationWarning: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line of the row.
    public var line: Int
    /// The SPEC name of the column concerned (`income` for the four income columns together).
    public var column: String
    /// What looks wrong, with the values.
    public var message: LocalizedText

    /// Creates a warning.
    public init(line: Int, column: String, message: LocalizedText) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line L: column: message`.
    public var description: String { "line \(line): \(column): \(message)" }
}

extension HouseholdPanel {
    /// Rows that pass every rule of their cells but look doubtful or cannot be, in file order:
    ///
    /// - `employed_count` greater than `labor_count`, or `labor_count` greater than
    ///   `household_size` (more labour than people);
    /// - `employed_months` above 0 with `employed_count` 0, or above 12 × `employed_count`
    ///   (the months are the household's total over its workers, SPEC §2.1);
    /// - `out_of_province_count` or `public_welfare_jobs` greater than `employed_count`
    ///   (both count workers);
    /// - a monitoring object (SPEC §2.1's three middle categories) without `monitored_since`,
    ///   when the file has the column, or a `monitored_since` later than the record's year;
    /// - `household_size` changed by more than 3 people since the household's previous year;
    /// - wage, operating, property and transfer income all equal to the previous year's,
    ///   rounded to the yuan (a record copied forward rather than surveyed).
    ///
    /// - Complexity: O(n), through ``previousYearRows()``; the rows are checked in two halves
    ///   at once.
    public func warnings() -> [ValidationWarning] {
        let previous = previousYearRows()
        let middle = count / 2
        var halves: [[ValidationWarning]] = [[], []]
        halves.withUnsafeMutableBufferPointer { halves in
            nonisolated(unsafe) let halves = halves
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                halves[half] = warnings(in: half == 0 ? 0..<middle : middle..<count, previous: previous)
            }
        }
        return halves[0] + halves[1]
    }

    /// The warnings of `rows`, in file order; `previous` is ``previousYearRows()``.
    private func warnings(in rows: Range<Int>, previous: [Int32]) -> [ValidationWarning] {
        var warnings: [ValidationWarning] = []
        for row in rows {
            let line = Int(self.line[row])
            warnings += impossibleCounts(row, line: line) + monitoring(row, line: line)
            let before = Int(previous[row])
            guard before >= 0 else { continue }
            if abs(householdSize[row] - householdSize[before]) > 3 {
                warnings.append(ValidationWarning(
                    line: line, column: "household_size",
                    message: LocalizedText(
                        en: "household_size changed from \(householdSize[before]) to \(householdSize[row]) "
                            + "since \(year[before]) (line \(self.line[before]))",
                        zh: "家庭人口数自\(year[before])年（第\(self.line[before])行）的 \(householdSize[before]) 人"
                            + "变为 \(householdSize[row]) 人")))
            }
            func same(_ column: [Double]) -> Bool { column[row].rounded() == column[before].rounded() }
            if same(wageIncome), same(operatingIncome), same(propertyIncome), same(transferIncome) {
                warnings.append(ValidationWarning(
                    line: line, column: "income",
                    message: LocalizedText(
                        en: "wage, operating, property and transfer income are the same as in \(year[before]) "
                            + "(line \(self.line[before])) to the yuan",
                        zh: "工资性、经营净、财产净和转移净收入与\(year[before])年（第\(self.line[before])行）"
                            + "相同，精确到元")))
            }
        }
        return warnings
    }
}

extension HouseholdPanel {
    /// The counts of `row` that contradict each other: labour, workers, their months, where
    /// and how they work.
    private func impossibleCounts(_ row: Int, line: Int) -> [ValidationWarning] {
        func given(_ column: [Int32]?) -> Int32? {
            column.flatMap { $0[row] == Missing.integer ? nil : $0[row] }
        }
        var warnings: [ValidationWarning] = []
        func warn(_ column: String, _ en: String, _ zh: String) {
            warnings.append(ValidationWarning(line: line, column: column, message: LocalizedText(en: en, zh: zh)))
        }
        let labor = given(laborCount), employed = given(employedCount)
        if let labor, let employed, employed > labor {
            warn("employed_count", "employed_count \(employed) is greater than labor_count \(labor)",
                 "务工人数 \(employed) 大于劳动力人数 \(labor)")
        }
        if let labor, labor > householdSize[row] {
            warn("labor_count", "labor_count \(labor) is greater than household_size \(householdSize[row])",
                 "劳动力人数 \(labor) 大于家庭人口数 \(householdSize[row])")
        }
        if let months = employedMonths?[row], !months.isNaN, let employed, months > 12 * Double(employed) {
            let shown = months == months.rounded() && abs(months) < 1e15 ? String(Int64(months)) : String(months)
            if employed == 0 {
                warn("employed_months", "employed_months \(shown) with employed_count 0: the months are those of the household's workers",
                     "务工人数为 0 而务工月数为 \(shown)：务工月数是家中务工人员的月数")
            } else {
                warn("employed_months", "employed_months \(shown) is more than 12 months for each of the \(employed) workers",
                     "务工月数 \(shown) 超过 \(employed) 名务工人员每人 12 个月")
            }
        }
        for (name, column) in [("out_of_province_count", outOfProvinceCount), ("public_welfare_jobs", publicWelfareJobs)] {
            if let count = given(column), let employed, count > employed {
                let chinese = name == "out_of_province_count" ? "省外务工人数" : "公益岗位人数"
                warn(name, "\(name) \(count) is greater than employed_count \(employed) (they are among the workers)",
                     "\(chinese) \(count) 大于务工人数 \(employed)（他们属于务工人员）")
            }
        }
        return warnings
    }

    /// A monitoring object without its date of entering monitoring, or a date after the
    /// record's year.
    private func monitoring(_ row: Int, line: Int) -> [ValidationWarning] {
        guard let monitoredSince else { return [] }
        let since = monitoredSince[row]
        if since == Missing.integer {
            guard let category = category(row), category.isMonitoringObject else { return [] }
            return [ValidationWarning(
                line: line, column: "monitored_since",
                message: LocalizedText(
                    en: "a monitoring object (\(category.code), \(category.chineseLabel)) has no monitored_since (纳入监测时间)",
                    zh: "监测对象（\(category.chineseLabel)）没有纳入监测时间"))]
        }
        guard Int(since) / 10_000 > Int(year[row]) else { return [] }
        let month = Int(since) / 100 % 100
        return [ValidationWarning(
            line: line, column: "monitored_since",
            message: LocalizedText(
                en: "monitored_since \(since / 10_000)-\(month < 10 ? "0" : "")\(month) is after the record's year \(year[row])",
                zh: "纳入监测时间 \(since / 10_000)-\(month < 10 ? "0" : "")\(month) 晚于记录年度 \(year[row])"))]
    }
}
