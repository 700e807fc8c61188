/// `log` and `exp` computed with IEEE 754 additions, multiplications and divisions only, so
/// that they give the same bits on every machine.
///
/// The C library's `log` and `exp` are not required to be correctly rounded, and glibc, Apple's
/// libm and musl differ in the last bit for some arguments. A synthetic panel rounded to whole
/// yuan would then differ across machines whenever a value sits on a rounding boundary. These
/// versions use only operations IEEE 754 defines exactly, and are accurate to a few units in
/// the last place — plenty for drawing random numbers and for yearly growth rates, and they
/// spare the analysis modules any import of the C library.
package enum PortableMath {
    /// ln 2 split in a high part with trailing zero bits and a low remainder (fdlibm's split),
    /// so that `n · ln2High` is exact for |n| < 2¹¹.
    private static let ln2High = 6.93147180369123816490e-01
    private static let ln2Low = 1.90821492927058770002e-10

    /// The natural logarithm of a positive finite `x`.
    ///
    /// Writes x = m · 2ᵉ with m in [√½, √2), then ln m = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …)
    /// with s = (m − 1)/(m + 1), |s| ≤ 0.1716; fifteen terms leave an error below 10⁻¹⁸.
    package static func log(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite, "PortableMath.log needs a positive finite argument")
        var m = x.significand
        var e = Double(x.exponent)
        if m > 1.4142135623730951 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var sum = 0.0
        var k = 29.0
        while k >= 1 {
            sum = sum * s2 + 1 / k
            k -= 2
        }
        return e * ln2High + (e * ln2Low + 2 * s * sum)
    }

    /// eˣ: 0 below −745, +∞ above 709.78.
    ///
    /// Reduces x = n·ln 2 + r with |r| ≤ ½ ln 2, sums the Taylor series of eʳ to degree 17
    /// (error below 10⁻¹⁸) by Horner's rule, and scales by 2ⁿ exactly.
    package static func exp(_ x: Double) -> Double {
        if x < -745 { return 0 }
        if x > 709.78 { return .infinity }
        let n = (x / 0.6931471805599453).rounded()
        let r = (x - n * ln2High) - n * ln2Low
        var sum = 1.0
        var k = 17.0
        while k >= 1 {
            sum = 1 + sum * r / k
            k -= 1
        }
        return sum * scale(Int(n))
    }

    /// `base` to a non-negative whole power, by repeated multiplication (the same bits on every
    /// machine, unlike `pow`).
    package static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(exponent, 0) { result *= base }
        return result
    }

    /// 2ⁿ as an exact double, through two factors so that subnormal results are reached.
    private static func scale(_ n: Int) -> Double {
        if n < -1000 {
            return Double(sign: .plus, exponent: n + 1000, significand: 1) * 0x1p-1000
        }
        return Double(sign: .plus, exponent: n, significand: 1)
    }
}
