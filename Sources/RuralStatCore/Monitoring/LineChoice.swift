/// Which line a below-line metric counts against.
public enum LineChoice: Sendable, Hashable, CustomStringConvertible {
    /// The year's monitoring line (from the targets file or `--line`).
    case monitoring
    /// A fixed amount of yuan per person, e.g. Kazuo's 10,000.
    case amount(Double)

    public var description: String {
        switch self {
        case .monitoring: "monitoring"
        case .amount(let value): value == value.rounded() ? String(Int(value)) : String(value)
        }
    }
}
