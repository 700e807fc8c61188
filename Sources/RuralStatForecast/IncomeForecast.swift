/// A central interval at one level.
public struct ForecastInterval: Sendable, Hashable {
    /// The nominal level, e.g. 0.9.
    public let level: Double
    /// The lower end, yuan per person.
    public let lower: Double
    /// The upper end, yuan per person.
    public let upper: Double
}

/// One household's forecast for one year.
public struct HouseholdForecast: Sendable, Hashable {
    /// The household's row in the origin year.
    public let originRow: Int
    /// The year forecast.
    public let year: Int
    /// The expected pci (the mean of the simulated paths), yuan per person.
    public let pci: Double
    /// The intervals, one per level of the settings.
    public let intervals: [ForecastInterval]
    /// `p_below_line` (``LineProbability``): the probability that pci is below the line, for
    /// the first forecast year only; `nil` without a line and in later years.
    public let pBelowLine: Double?
    /// The line used for ``pBelowLine`` (that year's, else the origin year's).
    public let line: Double?
}

/// One group's forecast of its person-weighted PCI (SPEC §3) for one year.
public struct GroupForecast: Sendable, Hashable {
    /// The group (an index into the grouping's labels).
    public let group: Int
    /// The origin year.
    public let lastYear: Int
    /// The group's PCI in the origin year over the households forecast.
    public let lastPCI: Double
    /// The year forecast.
    public let year: Int
    /// The expected PCI (the mean over simulated paths), yuan per person.
    public let pci: Double
    /// The intervals, one per level of the settings.
    public let intervals: [ForecastInterval]
}

/// The probability that a group meets a target in a forecast year.
public struct TargetForecast: Sendable, Hashable {
    /// The target's identifier.
    public let id: String
    /// What the target asks: growth or level.
    public let rule: ForecastTarget.Rule
    /// The group.
    public let group: Int
    /// The forecast year.
    public let year: Int
    /// The threshold: the growth rate r, or the level L. Before a level target's year T a
    /// path meets it when its growth keeps pace with what is still needed from the year before,
    /// (L / PCI_t−1)^(1/(T−t+1)) − 1, as SPEC §3.1 judges it; from T on when PCI_t ≥ L.
    public let threshold: Double
    /// The probability of meeting the target, the share of simulated paths that do.
    public let pMeet: Double
}

/// A forecast from one origin year: per household, per group and per target.
public struct IncomeForecast: Sendable {
    /// The origin year (the last year with data).
    public let lastYear: Int
    /// The settings used.
    public let settings: ForecastSettings
    /// The group labels (``Grouping/labels``).
    public let groupLabels: [[String]]
    /// Per household and year, in origin-row order then year; empty unless asked for.
    public let households: [HouseholdForecast]
    /// Per group and year, in group order then year.
    public let groups: [GroupForecast]
    /// Per target, group and year.
    public let targets: [TargetForecast]
    /// Households of the origin year left out because a regressor is missing.
    public let skippedHouseholds: Int
    /// The calibration behind the households' ``HouseholdForecast/pBelowLine``; `nil` without
    /// lines or household forecasts.
    public let lineProbability: LineProbability?
}
