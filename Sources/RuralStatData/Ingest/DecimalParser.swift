import RuralStatText

/// Parses numbers from ASCII bytes without making a `String`: correctly rounded, like `strtod`.
///
/// Accepted: an optional sign, digits with an optional decimal point, and an optional
/// exponent (`-1234.5`, `.5`, `3e4`); and Excel's `#,##0` thousands grouping where it is
/// unambiguous: 1–3 leading digits, then groups of exactly three after commas, then an
/// optional fraction (`12,000`, `-1,234.5`). Not accepted: any other comma (`1,23`,
/// `12,0000`, a decimal comma `1.234,5` — ``groupingProblem(_:)`` says why), spaces, `inf`,
/// `nan`, hexadecimal.
///
/// Most cells take Clinger's fast path: when the digits form an integer m < 2^53 and the
/// power of ten p satisfies |p| ≤ 22, both m and 10^|p| are exact doubles, so one IEEE
/// multiplication or division gives the correctly rounded result. Up to 19 significant digits
/// and any exponent (`%.17g`, numpy's `%.18e`) go to ``EiselLemire``; with more digits, it
/// decides when the first 19 digits and those digits plus one unit round alike. What it
/// cannot decide (halfway cases, subnormals, overflow) goes to the C library's `strtod`,
/// which is exact.
package enum DecimalParser {
    /// 10⁰ … 10²², each exact in a double.
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The number written in `bytes`, or `nil` when they are not a decimal number.
    ///
    /// - Complexity: O(n) in the bytes.
    @inline(__always)
    package static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        // Most cells are whole numbers of at most 15 digits: exact in a double, no more to do.
        // This part is inlined into the caller's loop; the rest is a call.
        let zero = UInt8(ascii: "0")
        let count = bytes.count
        guard count > 0 else { return nil }
        if count <= 15 {
            var whole: Int64 = 0
            var index = 0
            while index < count, bytes[index] &- zero < 10 {
                whole = whole &* 10 &+ Int64(bytes[index] &- zero)
                index += 1
            }
            if index == count { return Double(whole) }
        }
        return decimal(bytes)
    }

    /// ``double(_:)`` for anything but a short whole number.
    ///
    /// The digits are gathered into one 64-bit integer without overflow checks (eight at a
    /// time after the point), which is exact when at most 19 of them follow the leading
    /// zeros; longer mantissas are gathered again, cut to 19 digits.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let zero = UInt8(ascii: "0")
        var index = 0
        let count = bytes.count
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        let first = index
        var mantissa: UInt64 = 0
        while index < count, bytes[index] &- zero < 10 {
            mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- zero)
            index += 1
        }
        var digits = index - first
        var exponent = 0
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fraction = index
            while count - index >= 8, let eight = eightDigits(bytes.baseAddress! + index) {
                mantissa = mantissa &* 100_000_000 &+ eight
                index += 8
            }
            while index < count, bytes[index] &- zero < 10 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- zero)
                index += 1
            }
            exponent = fraction - index
            digits += index - fraction
        }
        guard digits > 0 else { return nil }
        let digitsEnd = index
        var exact = true
        if digits > 19 {
            var leading = first
            while leading < digitsEnd, bytes[leading] == zero || bytes[leading] == UInt8(ascii: ".") {
                if bytes[leading] == zero { digits -= 1 }
                leading += 1
            }
            if digits > 19 { (mantissa, exponent, exact) = leadingDigits(bytes[first..<digitsEnd]) }
        }
        if index < count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            // Past 100,000 every exponent gives 0 or infinity: the value stops growing there.
            let exponentStart = index
            var written = 0
            while index < count {
                let digit = bytes[index] &- zero
                guard digit < 10 else { break }
                written = written < 100_000 ? written &* 10 &+ Int(digit) : written
                index &+= 1
            }
            guard index > exponentStart else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard index == count else { return index < count && bytes[index] == UInt8(ascii: ",") ? grouped(bytes) : nil }
        // `%.18e` writes a round number with trailing zeros (1.000000000000000000e+00); without
        // them its mantissa fits the fast path, and Eisel–Lemire cannot always decide an
        // exact product such as 10¹⁸·10⁻¹⁸ (it would go to strtod).
        if exact, mantissa >= (1 << 53) {
            while mantissa % 10 == 0 {
                mantissa /= 10
                exponent += 1
            }
        }
        if exact, mantissa < (1 << 53), (-22...22).contains(exponent) {
            let magnitude = exponent >= 0
                ? Double(mantissa) * powersOfTen[exponent]
                : Double(mantissa) / powersOfTen[-exponent]
            return negative ? -magnitude : magnitude
        }
        // The value lies in [m, m + 1)·10^p when digits were dropped: if both ends round to
        // the same double, that is the answer.
        if let value = EiselLemire.double(mantissa: mantissa, exponent: exponent, negative: negative),
           exact || EiselLemire.double(mantissa: mantissa + 1, exponent: exponent, negative: negative) == value {
            return value
        }
        return strtod(bytes)
    }

    /// `bytes` with thousands grouping (`[+-]d{1,3}(,ddd)+(.d*)?`), parsed without the commas;
    /// `nil` for any other use of a comma.
    private static func grouped(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard isGrouped(bytes) else { return nil }
        var plain: [UInt8] = []
        plain.reserveCapacity(bytes.count)
        for byte in bytes where byte != UInt8(ascii: ",") { plain.append(byte) }
        return plain.withUnsafeBufferPointer { decimal($0) }
    }

    /// Whether `bytes` is a sign, 1–3 digits, one or more `,ddd` groups, then nothing or a
    /// decimal point and digits.
    private static func isGrouped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? 1 : 0
        let isDigit = { (i: Int) in i < bytes.count && bytes[i] &- UInt8(ascii: "0") < 10 }
        var lead = 0
        while isDigit(index) { (index, lead) = (index + 1, lead + 1) }
        guard (1...3).contains(lead) else { return false }
        var groups = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: ",") {
            guard isDigit(index + 1), isDigit(index + 2), isDigit(index + 3), !isDigit(index + 4) else { return false }
            (index, groups) = (index + 4, groups + 1)
        }
        guard groups > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while isDigit(index) { index += 1 }
        }
        return index == bytes.count
    }

    /// Why a cell with a comma is not a number, for the error message; `nil` when it has no
    /// comma (or is a number).
    package static func groupingProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalizedText? {
        guard let comma = bytes.firstIndex(of: UInt8(ascii: ",")), double(bytes) == nil else { return nil }
        if let point = bytes.firstIndex(of: UInt8(ascii: ".")), point < comma {
            return LocalizedText(
                en: "is not a number: it looks like a decimal comma (1.234,5); write a point for decimals and no "
                    + "grouping, as 1234.5",
                zh: "不是数字：像是用逗号作小数点（1.234,5）；小数请用小数点，不加千位分隔，如 1234.5")
        }
        return LocalizedText(
            en: "is not a number: a comma is read only as a thousands separator between groups of three digits "
                + "(12,000 or -1,234.5), so this is ambiguous; write the number without commas (e.g. 1.23 or 123)",
            zh: "不是数字：逗号只在每三位数字之间作千位分隔符（12,000 或 -1,234.5），此处有歧义；"
                + "请去掉逗号填写（如 1.23 或 123）")
    }

    /// The eight ASCII digits at `bytes` as a number, or `nil` when they are not all digits
    /// (Lemire's SWAR method: three multiplications instead of eight dependent ones).
    @inline(__always)
    private static func eightDigits(_ bytes: UnsafePointer<UInt8>) -> UInt64? {
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
        guard ((word &+ 0x4646_4646_4646_4646) | (word &- 0x3030_3030_3030_3030)) & 0x8080_8080_8080_8080 == 0 else {
            return nil
        }
        var value = word &- 0x3030_3030_3030_3030
        value = value &* 10 &+ (value >> 8)
        let mask: UInt64 = 0x0000_00FF_0000_00FF
        value = ((value & mask) &* 0x000F_4240_0000_0064 &+ ((value >> 16) & mask) &* 0x0000_2710_0000_0001) >> 32
        return value
    }

    /// The first 19 significant digits of `digits` (digits and at most one point) as an
    /// integer, the power of ten that scales it to their value, and whether the digits
    /// dropped were all zeros.
    private static func leadingDigits(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> (UInt64, Int, Bool) {
        var (mantissa, significant, exponent, exact, fraction) = (UInt64(0), 0, 0, true, false)
        for byte in digits {
            if byte == UInt8(ascii: ".") {
                fraction = true
            } else {
                accumulate(byte &- UInt8(ascii: "0"), &mantissa, &significant, &exact, &exponent, fraction: fraction)
            }
        }
        return (mantissa, exponent, exact)
    }

    /// Adds one digit to the mantissa, tracking the power of ten; marks the value inexact when
    /// more than 19 significant digits do not fit the fast path.
    static func accumulate(
        _ digit: UInt8, _ mantissa: inout UInt64, _ significant: inout Int, _ exact: inout Bool,
        _ exponent: inout Int, fraction: Bool
    ) {
        if significant < 19 {
            mantissa = mantissa * 10 + UInt64(digit)
            if mantissa > 0 { significant += 1 }
            if fraction { exponent -= 1 }
        } else {
            if digit != 0 { exact = false }
            if !fraction { exponent += 1 }
        }
    }

    /// The exact fallback: the C library's `strtod` on a NUL-terminated copy.
    static func strtod(_ bytes: UnsafeBufferPointer<UInt8>) -> Double {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = CChar(bitPattern: byte) }
            buffer[bytes.count] = 0
            return SystemCalls.parseDouble(buffer.baseAddress!)
        }
    }

    /// The whole number written in `bytes` (optional sign, then digits), or `nil` when they are
    /// not one or it does not fit in 18 digits.
    @inline(__always)
    package static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let zero = UInt8(ascii: "0")
        var index = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        let digits = bytes.count - index
        guard digits > 0, digits <= 18 else { return nil }
        var value = 0
        while index < bytes.count {
            let digit = bytes[index] &- zero
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            index += 1
        }
        return negative ? -value : value
    }
}
