/// The Eisel–Lemire algorithm: the correctly rounded double nearest w·10^q for a 64-bit w,
/// from one (rarely two) 64×64-bit products with a 128-bit approximation of 10^q, or `nil`
/// in the rare cases where those bits cannot decide the rounding (then an exact method must).
///
/// Lemire, "Number parsing at a gigabyte per second", Software: Practice and Experience 51
/// (2021); this follows Go's `strconv.eiselLemire64`. It declines subnormal results, results
/// too large for a double, and q outside the table (``PowersOfTen128``).
enum EiselLemire {
    /// The double nearest `mantissa` · 10^`exponent`, negated when `negative`; `nil` when the
    /// algorithm cannot decide.
    @inline(__always)
    static func double(mantissa: UInt64, exponent: Int, negative: Bool) -> Double? {
        if mantissa == 0 { return negative ? -0.0 : 0.0 }
        guard exponent >= PowersOfTen128.smallestExponent, exponent <= PowersOfTen128.largestExponent else {
            return nil
        }
        // Normalise w to 64 bits; 217706·q >> 16 is ⌊q·log₂10⌋ over the table's range.
        let leadingZeros = mantissa.leadingZeroBitCount
        let w = mantissa << UInt64(leadingZeros)
        var binaryExponent = UInt64(bitPattern: Int64((217_706 &* exponent) >> 16 &+ 64 &+ 1023 &- leadingZeros))
        let index = (exponent - PowersOfTen128.smallestExponent) * 2
        var (high, low) = PowersOfTen128.words.withUnsafeBufferPointer { words in
            w.multipliedFullWidth(by: words[index])
        }
        // The truncated product may be one unit short in the bits that decide the rounding:
        // widen with the table's low word.
        if high & 0x1FF == 0x1FF, low &+ w < w {
            let (extraHigh, extraLow) = PowersOfTen128.words.withUnsafeBufferPointer { words in
                w.multipliedFullWidth(by: words[index + 1])
            }
            var mergedHigh = high
            let mergedLow = low &+ extraHigh
            if mergedLow < low { mergedHigh &+= 1 }
            if mergedHigh & 0x1FF == 0x1FF, mergedLow &+ 1 == 0, extraLow &+ w < w { return nil }
            (high, low) = (mergedHigh, mergedLow)
        }
        // 54 leading bits, then round half to even into 53 unless it is exactly a halfway case
        // the truncation may hide.
        let top = high >> 63
        var significand = high >> (top + 9)
        binaryExponent &-= 1 ^ top
        if low == 0, high & 0x1FF == 0, significand & 3 == 1 { return nil }
        significand += significand & 1
        significand >>= 1
        if significand >> 53 > 0 {
            significand >>= 1
            binaryExponent &+= 1
        }
        // Zero, underflow (subnormal) or 0x7FF and above (infinite): not for this algorithm.
        if binaryExponent &- 1 >= 0x7FF - 1 { return nil }
        let bits = binaryExponent << 52 | significand & 0x000F_FFFF_FFFF_FFFF | (negative ? 1 << 63 : 0)
        return Double(bitPattern: bits)
    }
}
