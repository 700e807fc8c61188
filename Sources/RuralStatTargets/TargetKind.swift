/// The kinds of policy target of SPEC §3.1.
public enum TargetKind: String, CaseIterable, Sendable, Hashable {
    /// g_G,t ≥ r: group growth at least a rate (Wenshan: 12% a year, 15% in 2022).
    case growth
    /// PCI_G,T ≥ L by year T (Wenshan: 20,000 yuan by 2024), with the growth still needed before T.
    case level
    /// g_G,t ≥ g_ref,t + margin: faster than a reference group or series (Gansu: faster than farmers).
    case relative
    /// A metric rising year on year (Kazuo: wage share, per-capita operating income), or above a
    /// base year's value (Fangcheng: net operating share above 2021's).
    case trend
    /// A count or share at or under a value, or not higher than last year (monitored households below the line).
    case ceiling
    /// A count at or above a value, or not below last year (Kazuo: 7,400 workers; Suixi: not fewer than last year).
    case floor

    /// The Chinese name, for `--lang zh`.
    public var chineseName: String {
        switch self {
        case .growth: "增速"
        case .level: "收入水平"
        case .relative: "相对增速"
        case .trend: "逐年提高"
        case .ceiling: "上限"
        case .floor: "下限"
        }
    }

    /// The metric a target of this kind reads when the target does not name one.
    public var defaultMetric: String? {
        switch self {
        case .growth, .relative: "growth"
        case .level: "pci"
        case .trend, .ceiling, .floor: nil
        }
    }
}
