import RuralStatEmployment
import RuralStatCore

/// A condition of risk elimination (风险消除, SPEC §3.2) that a monitoring object must meet.
public enum EliminationCondition: String, Sendable, Hashable, CaseIterable {
    /// Monitored for at least 6 months by 31 December: `monitored_since` on or before 30 June of t.
    case monitoredSixMonths = "monitored_6_months"
    /// At least one assistance measure (`assistance_measures` ≥ 1).
    case assistance
    /// pci_t ≥ z_t.
    case incomeAboveLine = "pci_above_line"
    /// pci_t−1 ≥ z_t−1, where a record of t−1 exists.
    case previousIncomeAboveLine = "previous_pci_above_line"
    /// No `sudden_drop`.
    case noSuddenDrop = "no_sudden_drop"
    /// No `rigid_expense`.
    case noRigidExpense = "no_rigid_expense"
    /// No `guarantee_gap`.
    case noGuaranteeGap = "no_guarantee_gap"
    /// labor_count ≥ 1: households without working-age labour stay under assistance.
    case hasLabour = "has_labour"
}

/// Whether a monitoring object is ready for risk elimination, and which conditions are unmet.
///
/// A condition whose data are missing (no `monitored_since`, no line for the year, a missing
/// flag) is unmet: readiness must be shown, not assumed. An undefined `sudden_drop` (no record
/// of t−1, or pci_t−1 ≤ 0) is no drop, and a year without a record of t−1 has no
/// previous-income condition, as SPEC §3.2 says.
public struct EliminationReadiness: Sendable, Hashable {
    /// The conditions not met, in ``EliminationCondition`` order; empty when ready.
    public var unmet: [EliminationCondition]
    /// `elimination_ready`: every condition met.
    public var isReady: Bool { unmet.isEmpty }

    /// Readiness with the given unmet conditions.
    public init(unmet: [EliminationCondition]) { self.unmet = unmet }
}

extension RiskPanel {
    /// The readiness of `row`, or `nil` when the household is not a monitoring object.
    public func readiness(_ row: Int, indicators: RiskIndicators) -> EliminationReadiness? {
        guard panel.category(row)?.isMonitoringObject == true else { return nil }
        var unmet: [EliminationCondition] = []
        let year = Int(panel.year[row])
        let since = panel.monitoredSince?[row] ?? Missing.integer
        if since == Missing.integer || Int(since) > year * 10_000 + 630 { unmet.append(.monitoredSixMonths) }
        let measures = panel.assistanceMeasures?[row] ?? Missing.integer
        if measures == Missing.integer || measures < 1 { unmet.append(.assistance) }
        if indicators.belowLine != false { unmet.append(.incomeAboveLine) }
        if let previous = previous(row) {
            if let z = line(panel.year[previous]) {
                if panel.pci(previous) < z { unmet.append(.previousIncomeAboveLine) }
            } else {
                unmet.append(.previousIncomeAboveLine)
            }
        }
        if indicators.suddenDrop == true { unmet.append(.noSuddenDrop) }
        if indicators.rigidExpense != false { unmet.append(.noRigidExpense) }
        if indicators.guaranteeGap != false { unmet.append(.noGuaranteeGap) }
        if (employment.labor(row) ?? 0) < 1 { unmet.append(.hasLabour) }
        return EliminationReadiness(unmet: unmet)
    }
}
