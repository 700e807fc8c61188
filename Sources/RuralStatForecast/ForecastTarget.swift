import RuralStatCore

/// A target as a forecast asks it: a growth or level target on the group's PCI (SPEC §3.1),
/// for a population and a range of years; its `p_meet` is the share of simulated paths that
/// meet it (``TargetProbability``).
///
/// The forecast does not read target files: a growth target on income's
/// ``RuralStatCore/Metric/growth`` or a level target on ``RuralStatCore/Metric/pci`` becomes
/// one of these where targets are presented (`RuralStatPresentation`), so this module depends
/// on the model only.
public struct ForecastTarget: Sendable, Hashable {
    /// What the group's PCI must do in a forecast year.
    public enum Rule: Sendable, Hashable {
        /// Grow by at least `rate` over the year before (the origin PCI in the first year).
        case growth(rate: Double)
        /// Be at least `amount` from `byYear` on (every year when `nil`); before `byYear`, grow
        /// at least at the pace still needed from the year before, (L / PCI_t−1)^(1/(T−t+1)) − 1.
        case level(amount: Double, byYear: Int?)
    }

    /// The target's identifier, as in its file.
    public var id: String
    /// What must be met.
    public var rule: Rule
    /// The households counted, by category; `nil` means every household of the group.
    public var population: Set<HouseholdCategory>?
    /// The first year asked; `nil` means every forecast year from the first.
    public var firstYear: Int?
    /// The last year asked; `nil` means every forecast year up to the last.
    public var lastYear: Int?

    /// Creates a target.
    public init(
        id: String, rule: Rule, population: Set<HouseholdCategory>? = nil, firstYear: Int? = nil, lastYear: Int? = nil
    ) {
        self.id = id
        self.rule = rule
        self.population = population
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// The threshold: the growth rate r, or the level L.
    public var threshold: Double {
        switch rule {
        case .growth(let rate): rate
        case .level(let amount, _): amount
        }
    }
}
