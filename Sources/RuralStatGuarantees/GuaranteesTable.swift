import RuralStatCore

/// The "三保障" and safe-water metrics of every group in every year.
public struct GuaranteesTable: Sendable {
    /// The group labels, one list per group (``RuralStatCore/Grouping/labels``).
    public let groupLabels: [[String]]
    /// The years with at least one record of the population, ascending.
    public let years: [Int]
    /// The group-years with at least one record, sorted by year, then group.
    public let rows: [GuaranteesGroupYear]
    private let rowOfCell: [Int: Int]
    private let firstYear: Int

    /// Computes the table.
    ///
    /// - Parameters:
    ///   - households: the guarantee status of the panel's rows.
    ///   - grouping: the groups of the panel's rows.
    ///   - population: only its households.
    /// - Complexity: O(n + years × groups).
    public init(households: HouseholdGuarantees, grouping: Grouping, population: Population = .everyone) {
        let panel = households.panel
        let groups = grouping.count
        let firstYear = Int(panel.year.min() ?? 0)
        let span = panel.count == 0 ? 0 : Int(panel.year.max()!) - firstYear + 1
        var sums = [GuaranteesSums](repeating: GuaranteesSums(), count: span * groups)
        for row in 0..<panel.count where population.contains(row: row, of: panel, previous: households.previousRow) {
            sums[(Int(panel.year[row]) - firstYear) * groups + Int(grouping.groupOfRow[row])].add(row: row, of: households)
        }
        var table: [GuaranteesGroupYear] = []
        var rowOfCell: [Int: Int] = [:]
        var years: [Int] = []
        for y in 0..<span {
            for g in 0..<groups where sums[y * groups + g].records > 0 {
                let before = y > 0 && sums[(y - 1) * groups + g].records > 0 ? sums[(y - 1) * groups + g] : nil
                rowOfCell[y * groups + g] = table.count
                table.append(sums[y * groups + g].metrics(
                    year: firstYear + y, group: g, present: households.presentFlags, previous: before))
                if years.last != firstYear + y { years.append(firstYear + y) }
            }
        }
        self.groupLabels = grouping.labels
        self.years = years
        self.rows = table
        self.rowOfCell = rowOfCell
        self.firstYear = firstYear
    }

    /// The metrics of `group` in `year`, or `nil` when the group has no record that year.
    public func metrics(group: Int, year: Int) -> GuaranteesGroupYear? {
        guard year >= firstYear, let row = rowOfCell[(year - firstYear) * groupLabels.count + group] else { return nil }
        return rows[row]
    }
}
