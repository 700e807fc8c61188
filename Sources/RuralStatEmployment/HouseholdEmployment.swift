import RuralStatCore

/// The household-year employment indicators of a whole panel (SPEC §3.3), computed on demand
/// row by row so that nothing of the panel's size is copied.
public struct HouseholdEmployment: Sendable {
    /// The households.
    public let panel: HouseholdPanel
    /// For each row, the same household's row of the year before, or −1
    /// (``RuralStatData/HouseholdPanel/previousYearRows()``).
    public let previousRow: [Int32]
    /// The settings (the stability index's weights).
    public let settings: EmploymentSettings

    /// Prepares the indicators of `panel`.
    ///
    /// - Complexity: O(n) to link each row to the year before.
    public init(_ panel: HouseholdPanel, settings: EmploymentSettings = EmploymentSettings()) {
        self.panel = panel
        self.previousRow = panel.previousYearRows()
        self.settings = settings
    }

    /// `labor_count` of `row`, or `nil` when the column or the cell is missing.
    @inlinable
    public func labor(_ row: Int) -> Int32? {
        guard let value = panel.laborCount?[row], value != Missing.integer else { return nil }
        return value
    }

    /// `employed_count` of `row`, or `nil` when the column or the cell is missing.
    @inlinable
    public func employed(_ row: Int) -> Int32? {
        guard let value = panel.employedCount?[row], value != Missing.integer else { return nil }
        return value
    }

    /// `employed_months` of `row`, or `nil` when the column or the cell is missing.
    @inlinable
    public func months(_ row: Int) -> Double? {
        guard let value = panel.employedMonths?[row], !value.isNaN else { return nil }
        return value
    }

    /// `persistent` of `row`: a worker in both this year and the household's record of the
    /// year before; `nil` when there is no such record or a count is missing.
    @inlinable
    public func persistent(_ row: Int) -> Bool? {
        let previous = Int(previousRow[row])
        guard previous >= 0, let now = employed(row), let before = employed(previous) else { return nil }
        return now >= 1 && before >= 1
    }

    /// Every indicator of `row`.
    public func indicators(_ row: Int) -> HouseholdIndicators {
        let labor = labor(row), employed = employed(row), months = months(row)
        let persistent = persistent(row)
        var result = HouseholdIndicators(labor: labor, employed: employed, persistent: persistent)
        if let labor, let employed {
            result.covered = labor >= 1 && employed >= 1
            result.zeroEmployment = labor >= 1 && employed == 0
        }
        if let labor, let employed, labor >= 1 {
            result.employmentRate = Double(employed) / Double(labor)
        }
        if let employed, let months, employed >= 1 {
            result.monthsIntensity = months / (12 * Double(employed))
        }
        result.wageShare = panel.wageShare(row)
        result.stabilityIndex = settings.stabilityIndex.score(
            labor: labor, employed: employed, months: months, persistent: persistent)
        return result
    }
}
