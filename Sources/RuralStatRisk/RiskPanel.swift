import RuralStatCore
import RuralStatEmployment

/// A households panel prepared for risk analysis: each row linked to the same household's
/// records of the year before and the year after, and the SPEC §3.2 indicators on demand.
///
/// Employment counts and `zero_employment` come from ``RuralStatEmployment/HouseholdEmployment``,
/// so the two analyses share one definition.
public struct RiskPanel: Sendable {
    /// The households and their employment accessors.
    public let employment: HouseholdEmployment
    /// For each row, the household's row of the year after, or −1.
    public let nextRow: [Int32]
    /// The thresholds and lines.
    public let settings: RiskSettings

    /// The households.
    public var panel: HouseholdPanel { employment.panel }
    /// For each row, the household's row of the year before, or −1.
    public var previousRow: [Int32] { employment.previousRow }

    /// Prepares `panel` with `settings`.
    ///
    /// - Complexity: O(n) to link the rows.
    public init(_ panel: HouseholdPanel, settings: RiskSettings = RiskSettings()) {
        employment = HouseholdEmployment(panel)
        var next = [Int32](repeating: -1, count: panel.count)
        for (row, previous) in employment.previousRow.enumerated() where previous >= 0 { next[Int(previous)] = Int32(row) }
        nextRow = next
        self.settings = settings
    }

    /// The monitoring line z of `year`, or `nil` when the settings have none for it.
    @inlinable
    public func line(_ year: Int32) -> Double? { settings.lines[Int(year)] }

    /// The reference line of `year` that incomes are measured against: its monitoring line,
    /// else ``RiskSettings/lowIncome``.
    @inlinable
    public func referenceLine(_ year: Int32) -> Double { line(year) ?? settings.lowIncome }

    /// The amount below which next year counts as an event (返贫风险) for household-year `row`:
    /// max(z_t+1, (1 − d)·pci_t), with z_t+1 the line of t + 1, else the reference line of t;
    /// only the line when pci_t ≤ 0.
    public func eventThreshold(_ row: Int) -> (line: Double, event: Double) {
        let year = panel.year[row]
        let next = line(year + 1) ?? referenceLine(year)
        let pci = panel.pci(row)
        return (next, pci > 0 ? max(next, (1 - settings.drop) * pci) : next)
    }

    /// The row of the year before `row`, or `nil`.
    @inlinable
    public func previous(_ row: Int) -> Int? {
        let previous = Int(previousRow[row])
        return previous >= 0 ? previous : nil
    }

    /// `pci_change` of `row`: g = pci_t / pci_t−1 − 1, `nil` without a record of t−1 or when pci_t−1 ≤ 0.
    @inlinable
    public func pciChange(_ row: Int) -> Double? {
        guard let previous = previous(row) else { return nil }
        let before = panel.pci(previous)
        return before > 0 ? panel.pci(row) / before - 1 : nil
    }

    /// A number cell of an optional column of the panel (e.g. `medical_expense`), `nil` when
    /// the column is absent or the cell is missing (NaN).
    @inlinable
    public func value(_ column: [Double]?, _ row: Int) -> Double? {
        guard let value = column?[row], !value.isNaN else { return nil }
        return value
    }

    /// `employment_drop` of `row`: fewer workers than in the household's record of the year
    /// before; `nil` without that record or with a missing count.
    @inlinable
    public func employmentDrop(_ row: Int) -> Bool? {
        guard let previous = previous(row), let now = employment.employed(row),
              let before = employment.employed(previous) else { return nil }
        return now < before
    }

    /// Every indicator of `row`.
    public func indicators(_ row: Int) -> RiskIndicators {
        let pci = panel.pci(row)
        var result = RiskIndicators(pci: pci, under10k: pci < settings.lowIncome)
        result.pciChange = pciChange(row)
        result.suddenDrop = result.pciChange.map { $0 <= -settings.drop }
        if let z = line(panel.year[row]) {
            result.belowLine = pci < z
            result.nearLine = z <= pci && pci < settings.near * z
        }
        let medical = value(panel.medicalExpense, row), education = value(panel.educationExpense, row)
        if let medical, let education {
            let burden = (medical + education) / max(panel.net(row), 1)
            result.rigidBurden = burden
            result.rigidExpense = burden >= settings.rigid
        }
        result.zeroEmployment = employment.indicators(row).zeroEmployment
        result.employmentDrop = employmentDrop(row)
        result.guaranteeGap = guaranteeGap(row)
        if let medical {
            let alleviated = panel.category(row).map { $0 == .alleviated || $0 == .unstable } ?? false
            result.pushMedical = medical >= (alleviated ? settings.medicalPushAlleviated : settings.medicalPushOther)
        }
        result.pushEducation = education.map { $0 > settings.educationPush }
        return result
    }
}
