/// Formats numbers for people: fixed decimals, thousands separators, an explicit sign where
/// asked, independent of the machine's locale so output is the same everywhere.
public enum NumberFormatting {
    /// `value` rounded half away from zero to `decimals` places, with commas between
    /// thousands and a true minus sign (−) for negatives; `signed` adds `+` to positives.
    ///
    /// - Precondition: `decimals` is between 0 and 9.
    public static func grouped(_ value: Double, decimals: Int, signed: Bool = false) -> String {
        precondition((0...9).contains(decimals), "decimals out of range")
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let isNegative = value < 0 && scaled > 0
        guard scaled < 9.0e18 else { return (isNegative ? "−" : "") + abs(value).description }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        var digits = String(whole)
        var groupedDigits = ""
        while digits.count > 3 {
            groupedDigits = "," + digits.suffix(3) + groupedDigits
            digits.removeLast(3)
        }
        groupedDigits = digits + groupedDigits
        if decimals > 0 {
            let fractionText = String(fraction)
            groupedDigits += "." + String(repeating: "0", count: decimals - fractionText.count) + fractionText
        }
        let sign = isNegative ? "−" : (signed && scaled > 0 ? "+" : "")
        return sign + groupedDigits
    }

    /// A fraction as a percent with one decimal: 0.1234 → `12.3%`; `signed` adds `+`.
    public static func percent(_ fraction: Double, signed: Bool = false) -> String {
        grouped(fraction * 100, decimals: 1, signed: signed) + "%"
    }
}
