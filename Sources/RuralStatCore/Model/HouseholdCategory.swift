/// The household categories of the monitoring system (SPEC §2.1).
///
/// The three middle categories — ``unstable``, ``marginal`` and ``suddenHardship`` — are the
/// monitoring objects (监测对象, "三类对象" in Wenshan's plan). Input accepts either the
/// English code or the Chinese label; output shows the code, or the label with `--lang zh`.
public enum HouseholdCategory: UInt8, CaseIterable, Sendable, Hashable, Comparable {
    /// 脱贫户: lifted out of poverty and not monitored.
    case alleviated
    /// 脱贫不稳定户: lifted out of poverty but unstable (a monitoring object).
    case unstable
    /// 边缘易致贫户: on the edge, prone to fall into poverty (a monitoring object).
    case marginal
    /// 突发严重困难户: sudden severe hardship (a monitoring object).
    case suddenHardship
    /// 一般农户: an ordinary farming household, the comparison group.
    case general

    /// The English code used in files and machine-readable output, e.g. `sudden_hardship`.
    public var code: String {
        switch self {
        case .alleviated: "alleviated"
        case .unstable: "unstable"
        case .marginal: "marginal"
        case .suddenHardship: "sudden_hardship"
        case .general: "general"
        }
    }

    /// The Chinese label, e.g. `脱贫户`.
    public var chineseLabel: String {
        switch self {
        case .alleviated: "脱贫户"
        case .unstable: "脱贫不稳定户"
        case .marginal: "边缘易致贫户"
        case .suddenHardship: "突发严重困难户"
        case .general: "一般农户"
        }
    }

    /// Whether households of this category are monitoring objects (监测对象).
    public var isMonitoringObject: Bool {
        self == .unstable || self == .marginal || self == .suddenHardship
    }

    /// Reads a category from its English code (case-insensitive) or its Chinese label.
    public init?(label: some StringProtocol) {
        let text = label.lowercased()
        guard let match = Self.allCases.first(where: { $0.code == text || $0.chineseLabel == label })
        else { return nil }
        self = match
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
