import RuralStatCore

/// The whole panel's weighted median pci of each year, the base of `median:` lines.
extension IncomeAnalysis {
    /// The weighted median of pci over persons (weight w·household_size) of every household
    /// of each year in `panel`, by the SPEC §3 quantile rule.
    ///
    /// This is the base of a `median:0.6` line: 60% of the year's median of the whole panel,
    /// not of each group, so that every group of a year is measured against the same line
    /// (as Eurostat's at-risk-of-poverty rate, laeken's `arpr`, measures every breakdown
    /// against the national threshold).
    /// - Complexity: O(n log n).
    public static func medianPCIByYear(of panel: HouseholdPanel) -> [Int: Double] {
        let slots = YearSlots(panel.year, included: nil)
        var values = [[Double]](repeating: [], count: slots.years.count)
        var weights = [[Double]](repeating: [], count: slots.years.count)
        for row in 0..<panel.count {
            let slot = slots.slot(of: panel.year[row])
            values[slot].append(panel.pci(row))
            weights[slot].append(panel.weight(row) * Double(panel.householdSize[row]))
        }
        var medians: [Int: Double] = [:]
        for (slot, year) in slots.years.enumerated() {
            medians[year] = WeightedSample(values: values[slot], weights: weights[slot]).quantile(0.5)
        }
        return medians
    }
}
