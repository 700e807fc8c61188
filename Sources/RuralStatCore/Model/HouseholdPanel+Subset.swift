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

    /// The rows whose category is one of `categories` (rows with a missing category are left
    /// out); every row when `categories` is `nil`.
    public func rows(inCategories categories: Set<HouseholdCategory>?) -> [Int] {
        guard let categories else { return Array(0..<count) }
        guard let category else { return [] }
        return (0..<count).filter { HouseholdCategory(rawValue: category[$0]).map(categories.contains) ?? false }
    }

    /// For each row, whether its category is one of `categories` (``rows(inCategories:)`` as
    /// a mask); `nil` when `categories` is `nil`, meaning every row.
    public func membership(inCategories categories: Set<HouseholdCategory>?) -> [Bool]? {
        guard let categories else { return nil }
        var included = [Bool](repeating: false, count: count)
        for row in rows(inCategories: categories) { included[row] = true }
        return included
    }
}
