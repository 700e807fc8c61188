/// The settings of an employment analysis (SPEC §3.3), shown with its output.
public struct EmploymentSettings: Sendable, Hashable {
    /// The months worked in a year from which a worker counts as stably employed (稳定就业),
    /// inclusive. Default 6: the official definition of stable work for poverty-alleviated
    /// labour (务工 6 个月以上).
    public var stableMonths: Double
    /// How the per-household stability index weighs its parts.
    public var stabilityIndex: StabilityIndex

    /// Creates settings; the defaults are the official and documented ones.
    public init(stableMonths: Double = 6, stabilityIndex: StabilityIndex = .standard) {
        self.stableMonths = stableMonths
        self.stabilityIndex = stabilityIndex
    }
}
