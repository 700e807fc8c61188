/// Selecting rows of a panel.
extension HouseholdPanel {
    /// A panel of the given rows, in the given order, with every column carried over.
    ///
    /// Text columns keep their dictionaries, so codes stay comparable with the original panel.
    /// - Complexity: O(rows.count × columns).
    public func subset(rows: [Int]) -> HouseholdPanel {
        func pick<T>(_ column: [T]) -> [T] { rows.map { column[$0] } }
        func pickText(_ column: TextColumn) -> TextColumn {
            TextColumn(codes: pick(column.codes), dictionary: column.dictionary)
        }
        var panel = HouseholdPanel(
            source: source, line: pick(line), householdID: pickText(householdID), year: pick(year),
            householdSize: pick(householdSize), wageIncome: pick(wageIncome), operatingIncome: pick(operatingIncome),
            propertyIncome: pick(propertyIncome), transferIncome: pick(transferIncome),
            productionExpense: pick(productionExpense)
        )
        panel.county = county.map(pickText)
        panel.township = township.map(pickText)
        panel.village = village.map(pickText)
        panel.category = category.map(pick)
        panel.laborCount = laborCount.map(pick)
        panel.employedCount = employedCount.map(pick)
        panel.employedMonths = employedMonths.map(pick)
        panel.outOfProvinceCount = outOfProvinceCount.map(pick)
        panel.publicWelfareJobs = publicWelfareJobs.map(pick)
        panel.medicalExpense = medicalExpense.map(pick)
        panel.educationExpense = educationExpense.map(pick)
        panel.educationOK = educationOK.map(pick)
        panel.medicalOK = medicalOK.map(pick)
        panel.housingOK = housingOK.map(pick)
        panel.waterOK = waterOK.map(pick)
        panel.weight = weight.map(pick)
        panel.monitoredSince = monitoredSince.map(pick)
        panel.assistanceMeasures = assistanceMeasures.map(pick)
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
