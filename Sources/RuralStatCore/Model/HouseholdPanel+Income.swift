/// Per-row income definitions of SPEC §3.
extension HouseholdPanel {
    /// gross = wage + operating + property + transfer income, yuan.
    @inlinable
    public func gross(_ row: Int) -> Double {
        wageIncome[row] + operatingIncome[row] + propertyIncome[row] + transferIncome[row]
    }

    /// net = gross − production expense (家庭纯收入), yuan.
    @inlinable
    public func net(_ row: Int) -> Double {
        gross(row) - productionExpense[row]
    }

    /// pci = net / household size (人均纯收入), yuan per person.
    @inlinable
    public func pci(_ row: Int) -> Double {
        net(row) / Double(householdSize[row])
    }

    /// The household's wage share, wage / gross (SPEC §3), or `nil` when gross ≤ 0.
    @inlinable
    public func wageShare(_ row: Int) -> Double? {
        let gross = gross(row)
        return gross > 0 ? wageIncome[row] / gross : nil
    }

    /// The row's weight w: the `weight` cell, or 1 when the column or the cell is missing.
    @inlinable
    public func weight(_ row: Int) -> Double {
        guard let weight else { return 1 }
        let w = weight[row]
        return w.isNaN ? 1 : w
    }

    /// The row's category, or `nil` when the column or the cell is missing.
    @inlinable
    public func category(_ row: Int) -> HouseholdCategory? {
        guard let category else { return nil }
        return HouseholdCategory(rawValue: category[row])
    }
}
