/// How a chart writes numbers on an axis and beside bars: fixed decimals, commas between
/// thousands (`12,500`), a true minus sign (−), independent of the machine's locale.
public enum ValueFormat: Sendable, Hashable {
    /// A plain number with thousands separators.
    case number
    /// A fraction shown as a percent: 0.12 → `12%`.
    case percent
    /// Yuan: `¥12,500`.
    case yuan
    /// A year or another code-like whole number, without separators: `2024`.
    case year

    /// A tick of `scale` (its units, exact) as text: the decimals the step needs, no more.
    public func tick(units: Int, exponent: Int) -> String {
        switch self {
        case .percent:
            // A fraction in 10^exponent is a percent in 10^(exponent + 2).
            return Self.decimal(units: units, exponent: exponent + 2, grouped: true) + "%"
        case .yuan: return Self.withSign(Self.decimal(units: units, exponent: exponent, grouped: true), prefix: "¥")
        case .number: return Self.decimal(units: units, exponent: exponent, grouped: true)
        case .year: return Self.decimal(units: units, exponent: exponent, grouped: false)
        }
    }

    /// `value` as text with `decimals` decimals (a percent's decimals count in percent),
    /// rounded half away from zero; `–` for a value that is not finite.
    public func text(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let places = max(0, min(decimals, 9))
        let scaled = (self == .percent ? value * 100 : value)
        var power = 1.0
        for _ in 0..<places { power *= 10 }
        let rounded = (scaled * power).rounded(.toNearestOrAwayFromZero)
        guard abs(rounded) < 9.0e18 else { return scaled > 0 ? "∞" : "−∞" }
        let units = Int(rounded)
        switch self {
        case .percent: return Self.decimal(units: units, exponent: -places, grouped: true) + "%"
        case .yuan: return Self.withSign(Self.decimal(units: units, exponent: -places, grouped: true), prefix: "¥")
        case .number: return Self.decimal(units: units, exponent: -places, grouped: true)
        case .year: return Self.decimal(units: units, exponent: -places, grouped: false)
        }
    }

    /// `units` × 10^`exponent` written out exactly: digits, an optional comma every three
    /// digits of the whole part, `−` for negatives.
    static func decimal(units: Int, exponent: Int, grouped: Bool) -> String {
        var digits = Array(String(units.magnitude))
        if exponent > 0, units != 0 { digits += Array(repeating: "0", count: exponent) }
        let fractionCount = max(0, -exponent)
        if digits.count <= fractionCount { digits = Array(repeating: "0", count: fractionCount - digits.count + 1) + digits }
        let whole = digits[..<(digits.count - fractionCount)]
        let fraction = digits[(digits.count - fractionCount)...]
        var text = ""
        for (index, digit) in whole.enumerated() {
            if grouped, index > 0, (whole.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        if !fraction.isEmpty { text += "." + String(fraction) }
        return (units < 0 ? "−" : "") + text
    }

    /// `text` with `prefix` after its minus sign, if any: `−¥500`.
    private static func withSign(_ text: String, prefix: String) -> String {
        text.hasPrefix("−") ? "−" + prefix + text.dropFirst() : prefix + text
    }
}
