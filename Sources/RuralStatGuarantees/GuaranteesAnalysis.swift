import RuralStatCore

/// A whole "三保障" and safe-water analysis: each household-year's ``GuaranteeStatus`` and the
/// group-year table for a grouping.
public struct GuaranteesAnalysis: Sendable {
    /// The household-year status.
    public let households: HouseholdGuarantees
    /// The `--by` grouping.
    public let grouping: Grouping
    /// The metrics of every group and year.
    public let table: GuaranteesTable

    /// Analyses `panel` grouped by `dimensions`.
    ///
    /// - Throws: ``GuaranteesError/noFlagColumns(source:)`` when the panel has none of the four
    ///   flag columns, and ``RuralStatCore/GroupingError`` when it lacks a `--by` column.
    /// - Complexity: O(n) plus sorting the groups.
    public init(households panel: HouseholdPanel, by dimensions: [GroupDimension] = []) throws {
        let households = HouseholdGuarantees(panel)
        guard !households.presentFlags.isEmpty else { throw GuaranteesError.noFlagColumns(source: panel.source) }
        self.init(households: households, grouping: try Grouping(panel, by: dimensions))
    }

    private init(households: HouseholdGuarantees, grouping: Grouping) {
        self.households = households
        self.grouping = grouping
        self.table = GuaranteesTable(households: households, grouping: grouping)
    }

    /// The same analysis grouped by `dimensions` instead.
    ///
    /// - Throws: ``RuralStatCore/GroupingError`` when the panel lacks a column of `dimensions`.
    public func regrouped(by dimensions: [GroupDimension]) throws(GroupingError) -> GuaranteesAnalysis {
        GuaranteesAnalysis(households: households, grouping: try Grouping(households.panel, by: dimensions))
    }
}
