/// A number held as the unevaluated sum of two `Double`s, `high + low` with |low| ≤ ½ulp(high):
/// about 106 significant bits, in plain `Double` arithmetic, so every platform gets the same
/// digits (x87's `Float80` exists on x86-64 only, and has 64).
///
/// The one extended-precision scheme of RuralStat: compensated group sums in the income
/// analysis, the sums of squares of a fit, the residuals of iterative refinement and the
/// incomplete-beta continued fraction behind every p-value. The algorithms are the
/// error-free transformations of Knuth (TwoSum), Dekker and Veltkamp (split and TwoProduct,
/// without a fused multiply-add, which the baseline x86-64 target lacks) and the
/// double-double operations of Hida, Li and Bailey's QD library:
///
/// ```swift
/// var total = DoubleDouble()
/// for x in [1e16, 1, -1e16] { total.add(x) }
/// total.value   // 1; a plain sum gives 0
/// ```
///
/// - Complexity: an addition of a `Double` is about 10 flops, a product of two
///   double-doubles about 25, a quotient about 60.
public struct DoubleDouble: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The leading part: the value rounded to a `Double`.
    public let high: Double
    /// The trailing part: what `high` leaves out.
    public let low: Double

    /// Zero.
    @inlinable
    public init() {
        self.init(parts: (0, 0))
    }

    /// The `Double` `x`, exactly.
    @inlinable
    public init(_ x: Double) {
        self.init(parts: (x, 0))
    }

    /// `high + low` when |high| ≥ |low|, renormalised so that `high` is the rounded sum.
    @inlinable
    public init(high: Double, low: Double) {
        self.init(parts: Self.quickTwoSum(high, low))
    }

    /// The parts as they are, already normalised.
    @usableFromInline
    init(parts: (Double, Double)) {
        (high, low) = parts
    }

    /// The value rounded to a `Double`.
    @inlinable
    public var value: Double { high + low }

    /// The value as `high` and `low` parts.
    public var description: String { "\(high) + \(low)" }

    // MARK: Error-free transformations

    /// s + e = a + b exactly, with s = fl(a + b) (Knuth's TwoSum).
    @inlinable @inline(__always)
    public static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let s = a + b
        let v = s - a
        return (s, (a - (s - v)) + (b - v))
    }

    /// s + e = a + b exactly, given |a| ≥ |b| (Dekker's FastTwoSum).
    @inlinable @inline(__always)
    static func quickTwoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let s = a + b
        return (s, b - (s - a))
    }

    /// hi + lo = a with each half holding at most 26 significant bits (Veltkamp's split).
    @inlinable @inline(__always)
    public static func split(_ a: Double) -> (hi: Double, lo: Double) {
        let c = 134_217_729.0 * a  // 2²⁷ + 1
        let hi = c - (c - a)
        return (hi, a - hi)
    }

    /// p + e = a·b exactly, with p = fl(a·b), given `b` already split (Dekker's TwoProduct;
    /// splitting once serves many products by the same `b`).
    @inlinable @inline(__always)
    public static func twoProduct(_ a: Double, _ b: Double, bSplit: (hi: Double, lo: Double)) -> (product: Double, error: Double) {
        let p = a * b
        let (ah, al) = split(a)
        return (p, ((ah * bSplit.hi - p) + ah * bSplit.lo + al * bSplit.hi) + al * bSplit.lo)
    }

    /// a·b exactly, as a double-double.
    @inlinable
    public static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let (p, e) = twoProduct(a, b, bSplit: split(b))
        return DoubleDouble(high: p, low: e)
    }

    // MARK: Arithmetic

    /// Adds the `Double` `x` (a running sum: compensated summation in twice the precision).
    @inlinable
    public mutating func add(_ x: Double) {
        let (s, e) = Self.twoSum(high, x)
        self = DoubleDouble(parts: Self.quickTwoSum(s, e + low))
    }

    /// The sum, to about 2⁻¹⁰⁶ relative (QD's accurate addition).
    @inlinable
    public static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        var (s1, s2) = twoSum(a.high, b.high)
        let (t1, t2) = twoSum(a.low, b.low)
        s2 += t1
        (s1, s2) = quickTwoSum(s1, s2)
        s2 += t2
        return DoubleDouble(high: s1, low: s2)
    }

    /// The negation.
    @inlinable
    public static prefix func - (a: DoubleDouble) -> DoubleDouble {
        DoubleDouble(parts: (-a.high, -a.low))
    }

    /// The difference.
    @inlinable
    public static func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble { a + -b }

    /// The product.
    @inlinable
    public static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        var (p, e) = twoProduct(a.high, b.high, bSplit: split(b.high))
        e += a.high * b.low + a.low * b.high
        return DoubleDouble(high: p, low: e)
    }

    /// The quotient, by three steps of long division (QD's accurate division).
    @inlinable
    public static func / (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let q1 = a.high / b.high
        var r = a - b * DoubleDouble(q1)
        let q2 = r.high / b.high
        r = r - b * DoubleDouble(q2)
        let q3 = r.high / b.high
        return DoubleDouble(high: q1, low: q2) + DoubleDouble(q3)
    }

    /// Adds `b` to `a`.
    @inlinable
    public static func += (a: inout DoubleDouble, b: DoubleDouble) { a = a + b }

    /// Multiplies `a` by `b`.
    @inlinable
    public static func *= (a: inout DoubleDouble, b: DoubleDouble) { a = a * b }

    /// The magnitude.
    @inlinable
    public var magnitude: DoubleDouble { high < 0 || (high == 0 && low < 0) ? -self : self }

    /// Whether `a` is less than `b`.
    @inlinable
    public static func < (a: DoubleDouble, b: DoubleDouble) -> Bool {
        a.high < b.high || (a.high == b.high && a.low < b.low)
    }
}

extension DoubleDouble: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// The literal, rounded to a `Double`.
    @inlinable
    public init(floatLiteral value: Double) { self.init(value) }

    /// The literal as a `Double`.
    @inlinable
    public init(integerLiteral value: Int) { self.init(Double(value)) }
}
