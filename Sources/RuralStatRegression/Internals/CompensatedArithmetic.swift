/// Error-free transformations for sums and dot products in twice the working precision
/// (Ogita, Rump & Oishi, "Accurate sum and dot product", SIAM J. Sci. Comput. 26, 2005).
///
/// `Double` only, so the result is the same on every platform and the loops vectorise.
/// `twoProduct` uses Veltkamp–Dekker splitting rather than a fused multiply-add, which the
/// baseline x86-64 target Swift compiles for does not have.
enum CompensatedArithmetic {
    /// s + e = a + b exactly, with s = fl(a + b) (Knuth's TwoSum).
    @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let s = a + b
        let v = s - a
        return (s, (a - (s - v)) + (b - v))
    }

    /// hi + lo = a with each half holding at most 26 significant bits.
    @inline(__always)
    static func split(_ a: Double) -> (hi: Double, lo: Double) {
        let c = 134_217_729.0 * a  // 2²⁷ + 1
        let hi = c - (c - a)
        return (hi, a - hi)
    }

    /// p + e = a·b exactly, with p = fl(a·b), given b already split.
    @inline(__always)
    static func twoProduct(_ a: Double, _ b: Double, bSplit: (hi: Double, lo: Double)) -> (product: Double, error: Double) {
        let p = a * b
        let (ah, al) = split(a)
        return (p, ((ah * bSplit.hi - p) + ah * bSplit.lo + al * bSplit.hi) + al * bSplit.lo)
    }
}
