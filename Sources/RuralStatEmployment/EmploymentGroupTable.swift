import RuralStatCore

/// The employment metrics of every group in every year (SPEC §3.3).
public struct EmploymentGroupTable: Sendable {
    /// The group labels, one list per group (``RuralStatData/Grouping/labels``).
    public let groupLabels: [[String]]
    /// The years with at least one record of the population, ascending.
    public let years: [Int]
    /// The group-years with at least one record, sorted by year, then group.
    public let rows: [EmploymentGroupYear]
    private let rowOfCell: [Int: Int]

    /// Computes the table.
    ///
    /// - Parameters:
    ///   - households: the household indicators of the panel.
    ///   - workers: the workers file and its linkage to the panel, if there is one.
    ///   - grouping: the groups of the panel's rows.
    ///   - population: only its households (worker rows follow their household).
    /// - Complexity: O(n_households + n_workers + years × groups).
    public init(
        households: HouseholdEmployment, workers: (panel: WorkerPanel, linkage: WorkerLinkage)?,
        grouping: Grouping, population: Population = .everyone
    ) {
        let panel = households.panel
        let groups = grouping.count
        let included = population.membership(of: panel, previous: households.previousRow)
        let slots = YearSlots(panel.year, included: included)
        var sums = [EmploymentSums](repeating: EmploymentSums(), count: slots.years.count * groups)
        let cellOfRow = { (row: Int) in slots.slot(of: panel.year[row]) * groups + Int(grouping.groupOfRow[row]) }
        sums.withUnsafeMutableBufferPointer { cells in
            for row in 0..<panel.count where included?[row] ?? true {
                cells[cellOfRow(row)].add(row: row, of: households)
            }
            guard let workers else { return }
            for w in 0..<workers.panel.count {
                let row = Int(workers.linkage.householdRow[w])
                guard row >= 0, included?[row] ?? true else { continue }
                cells[cellOfRow(row)].add(worker: w, of: workers.panel, linkage: workers.linkage,
                                          weight: panel.weight(row), stableMonths: households.settings.stableMonths)
            }
        }
        var rows: [EmploymentGroupYear] = []
        var rowOfCell: [Int: Int] = [:]
        var years: [Int] = []
        for (y, year) in slots.years.enumerated() {
            // The previous calendar year, which may be absent (then there is no change).
            let previousSlot = slots.slotIfPresent(of: year - 1)
            for g in 0..<groups where sums[y * groups + g].records > 0 {
                let previous = previousSlot.flatMap { sums[$0 * groups + g].records > 0 ? sums[$0 * groups + g] : nil }
                let metrics = sums[y * groups + g].metrics(
                    year: year, group: g, previous: previous, workerPanel: workers?.panel)
                rowOfCell[y * groups + g] = rows.count
                rows.append(metrics)
                if years.last != year { years.append(year) }
            }
        }
        self.groupLabels = grouping.labels
        self.years = years
        self.rows = rows
        self.rowOfCell = rowOfCell
        self.slots = slots
    }

    private let slots: YearSlots

    /// The metrics of `group` in `year`, or `nil` when the group has no record that year.
    public func metrics(group: Int, year: Int) -> EmploymentGroupYear? {
        guard let slot = slots.slotIfPresent(of: year), groupLabels.indices.contains(group),
              let row = rowOfCell[slot * groupLabels.count + group] else { return nil }
        return rows[row]
    }
}
