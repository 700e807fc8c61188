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
    /// Rows that pass every rule but look doubtful, in file order:
    ///
    /// - `employed_count` greater than `labor_count`;
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
            if let labor = laborCount?[row], let employed = employedCount?[row],
               labor != Missing.integer, employed != Missing.integer, employed > labor {
                warnings.append(ValidationWarning(
                    line: line, column: "employed_count",
                    message: LocalizedText(en: "employed_count \(employed) is greater than labor_count \(labor)",
                                           zh: "务工人数 \(employed) 大于劳动力人数 \(labor)")))
            }
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
