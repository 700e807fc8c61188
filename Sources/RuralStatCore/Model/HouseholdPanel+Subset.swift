/// Selecting rows of a panel.
extension HouseholdPanel {
    /// A panel of the given rows, in the given order, with every column carried over.
    ///
    /// Text columns keep their dictionaries, so codes stay comparable with the original panel.
    /// - Complexity: O(rows.count × columns), every column by ``HouseholdColumn``.
    public func subset(rows: [Int]) -> HouseholdPanel {
        var panel = self
        panel.line = rows.map { line[$0] }
        for column in HouseholdColumn.allCases { panel[column] = self[column]?.picking(rows) }
        return panel
    }
}
