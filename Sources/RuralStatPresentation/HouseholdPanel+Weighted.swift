import RuralStatCore

extension HouseholdPanel {
    /// Whether some household has a weight other than 1, so that a count of records (income's
    /// `households`) and a sum of weights (employment's) differ and their titles say which.
    var isWeighted: Bool { weight?.contains { $0 != 1 } ?? false }
}
