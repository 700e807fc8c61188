/// Axis ticks at "nice" numbers: steps of 1, 2 or 5 times a power of ten, after Heckbert
/// ("Nice numbers for graph labels", Graphics Gems, 1990).
///
/// The range of the values is rounded up to a nice number, the step is the nice number
/// nearest to range / (ticks − 1), and the axis runs from the largest multiple of the step at
/// or below the smallest value to the smallest multiple at or above the largest. Zero is then
/// a tick whenever the axis spans it. Ticks are exact decimals: each is an integer times
/// 10^``exponent``, so `0.1 + 0.2` never shows as `0.30000000000000004`.
///
/// Degenerate data still give a usable axis: no finite value or only zeros give 0 … 1; a
/// single value v gives 0 … v with `includeZero`, otherwise v ± 10% of |v|.
public struct NiceScale: Sendable, Hashable {
    /// The first tick, at or below every value.
    public let lower: Double
    /// The last tick, at or above every value.
    public let upper: Double
    /// The step between ticks.
    public let step: Double
    /// The ticks as integers times 10^``exponent`` (exact decimals).
    public let tickUnits: [Int]
    /// The power of ten of the tick units: −2 means ticks in hundredths.
    public let exponent: Int

    /// The ticks, from ``lower`` to ``upper``.
    public var ticks: [Double] { tickUnits.map { Self.value(units: $0, exponent: exponent) } }

    /// The decimals a tick label needs (0 for whole steps).
    public var decimals: Int { max(0, -exponent) }

    /// A scale covering the finite `values` with about `ticks` ticks (at least 2).
    ///
    /// - Parameter includeZero: whether the axis must reach zero (bars grow from zero).
    public init(covering values: [Double], ticks: Int = 6, includeZero: Bool = false) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if low == high {
            if low == 0 {
                high = 1
            } else if includeZero {
                (low, high) = (min(low, 0), max(high, 0))
            } else {
                (low, high) = (low - abs(low) / 10, high + abs(high) / 10)
            }
        }
        let range = Self.nice(high - low, round: false)
        let (mantissa, exponent) = Self.niceParts(range / Double(max(ticks, 2) - 1), round: true)
        let stepValue = Self.value(units: mantissa, exponent: exponent)
        let first = Int((low / stepValue).rounded(.down))
        let last = Int((high / stepValue).rounded(.up))
        var units = Array(first...max(last, first + 1)).map { $0 * mantissa }
        // Guard the edges against a quotient just off an integer (e.g. 0.3 / 0.1 = 2.9999…).
        while units.count > 2, Self.value(units: units[1], exponent: exponent) <= low { units.removeFirst() }
        while units.count > 2, Self.value(units: units[units.count - 2], exponent: exponent) >= high { units.removeLast() }
        self.tickUnits = units
        self.exponent = exponent
        self.step = stepValue
        self.lower = Self.value(units: units.first!, exponent: exponent)
        self.upper = Self.value(units: units.last!, exponent: exponent)
    }

    /// Heckbert's nice number near `x` (> 0): with `round` the nearest of 1, 2, 5, 10 times a
    /// power of ten, otherwise the smallest at or above.
    static func nice(_ x: Double, round: Bool) -> Double {
        let (mantissa, exponent) = niceParts(x, round: round)
        return value(units: mantissa, exponent: exponent)
    }

    /// The nice number as (1, 2 or 5, power of ten).
    private static func niceParts(_ x: Double, round: Bool) -> (Int, Int) {
        var exponent = Int(x.log10Floor)
        let fraction = x / value(units: 1, exponent: exponent)
        let mantissa: Int
        if round {
            mantissa = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            mantissa = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        if mantissa == 10 {
            exponent += 1
            return (1, exponent)
        }
        return (mantissa, exponent)
    }

    /// `units` × 10^`exponent`, correctly rounded (a division by an exact power of ten for
    /// negative exponents).
    static func value(units: Int, exponent: Int) -> Double {
        var power = 1.0
        for _ in 0..<abs(exponent) { power *= 10 }
        return exponent >= 0 ? Double(units) * power : Double(units) / power
    }
}

extension Double {
    /// ⌊log10(self)⌋ for a positive finite number, exact at powers of ten.
    fileprivate var log10Floor: Int {
        var exponent = 0
        var scaled = self
        while scaled >= 10 {
            scaled /= 10
            exponent += 1
        }
        while scaled < 1 {
            scaled *= 10
            exponent -= 1
        }
        return exponent
    }
}
