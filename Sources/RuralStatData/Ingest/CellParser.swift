import RuralStatCore
import RuralStatText
/// A cell converted to its column's type.
enum CellValue {
    /// An empty cell in an optional column.
    case missing
    /// A whole number, or a date as `yyyymmdd`.
    case integer(Int32)
    /// A decimal number.
    case number(Double)
    /// A boolean (1/0) or the raw value of a code enum.
    case code(UInt8)
    /// Text: the bytes themselves are the value.
    case text
}

/// Why a cell does not follow its column's rule; the message completes
/// "column 'c': value 'v': …" (`列“c”：值“v”：…`).
struct CellProblem: Error {
    let message: LocalizedText

    init(message: LocalizedText) {
        self.message = message
    }

    init(_ en: String, _ zh: String) {
        message = LocalizedText(en: en, zh: zh)
    }
}

/// Typed parsing of one cell by the rule of its column (SPEC §2.1–2.2).
///
/// Leading and trailing ASCII spaces and tabs are ignored; an empty cell is missing in an
/// optional column and an error in a required one.
extension ColumnSpec.ValueType {
    /// Converts `raw` by this rule.
    ///
    /// - Throws: ``CellProblem`` saying which rule the cell breaks.
    @inline(__always)
    func parse(_ raw: UnsafeBufferPointer<UInt8>, required: Bool) throws(CellProblem) -> CellValue {
        let bytes = raw.trimmingSpaces()
        if bytes.isEmpty {
            if required || isNonEmptyText { throw CellProblem("must not be empty", "不能为空") }
            return .missing
        }
        switch self {
        case .text:
            return .text
        case .integer(let range):
            guard let value = DecimalParser.integer(bytes) else { throw CellProblem("is not a whole number", "不是整数") }
            guard range.contains(value) else { throw Self.describe(range) }
            return .integer(Int32(value))
        case .number(let minimum, let exclusive, let maximum):
            guard let value = DecimalParser.double(bytes) else {
                throw CellProblem(message: DecimalParser.groupingProblem(bytes) ?? LocalizedText(en: "is not a number", zh: "不是数字"))
            }
            guard value.magnitude <= InputLimits.maximumMagnitude else {
                throw CellProblem("is not a number within ±1e15, the largest amount accepted",
                                  "不是绝对值不超过10的15次方的数字（可接受的最大金额）")
            }
            if let minimum, value < minimum || (exclusive && value == minimum) {
                let bound = maximum.map { " and at most \(Self.format($0))" } ?? ""
                let boundZH = maximum.map { "且不大于\(Self.format($0))" } ?? ""
                throw CellProblem("must be \(exclusive ? "greater than" : "at least") \(Self.format(minimum))\(bound)",
                                  "必须\(exclusive ? "大于" : "不小于")\(Self.format(minimum))\(boundZH)")
            }
            if let maximum, value > maximum {
                throw CellProblem("must be at most \(Self.format(maximum))", "必须不大于\(Self.format(maximum))")
            }
            return .number(value)
        case .boolean:
            guard let flag = Self.boolean(bytes) else {
                throw CellProblem("is not a yes/no value (1/0, true/false, 是/否, 达标/未达标)",
                                  "不是“是/否”值（可填 1/0、是/否、达标/未达标）")
            }
            return .code(flag ? 1 : 0)
        case .date:
            guard let date = Self.date(bytes) else {
                throw CellProblem("is not a date (YYYY-MM or YYYY-MM-DD)", "不是日期（应为“年-月”或“年-月-日”，如 2024-03 或 2024-03-15）")
            }
            return .integer(date)
        case .category:
            return .code(try Self.code(bytes, Self.categories, kind: ("household category", "户类型")))
        case .location:
            return .code(try Self.code(bytes, Self.locations, kind: ("work location", "务工地点")))
        case .jobType:
            return .code(try Self.code(bytes, Self.jobTypes, kind: ("job type", "就业类型")))
        }
    }

    /// The labels a code or boolean column accepts as written in files (English codes in lower
    /// case, Chinese labels; 1/0, true/false, 是/否, 达标/未达标), each with its stored value;
    /// `nil` for other columns.
    var labels: [(label: [UInt8], value: UInt8)]? {
        let cases: [(UInt8, [UInt8], [UInt8])]
        switch self {
        case .category: cases = Self.categories
        case .location: cases = Self.locations
        case .jobType: cases = Self.jobTypes
        case .boolean: return Self.booleans.map { label, value in (label, value ? 1 : 0) }
        default: return nil
        }
        return cases.flatMap { value, code, chinese in [(code, value), (chinese, value)] }
    }

    private static let categories = HouseholdCategory.allCases.map { ($0.rawValue, Array($0.code.utf8), Array($0.chineseLabel.utf8)) }
    private static let locations = WorkLocation.allCases.map { ($0.rawValue, Array($0.code.utf8), Array($0.chineseLabel.utf8)) }
    private static let jobTypes = JobType.allCases.map { ($0.rawValue, Array($0.code.utf8), Array($0.chineseLabel.utf8)) }
    private static let booleans = [("1", true), ("0", false), ("true", true), ("false", false),
                                   ("是", true), ("否", false), ("达标", true), ("未达标", false)].map { (Array($0.utf8), $1) }

    private var isNonEmptyText: Bool {
        if case .text(let nonEmpty) = self { return nonEmpty }
        return false
    }

    private static func describe(_ range: ClosedRange<Int>) -> CellProblem {
        range.upperBound >= Int(Int32.max)
            ? CellProblem("must be a whole number of at least \(range.lowerBound)", "必须是不小于\(range.lowerBound)的整数")
            : CellProblem("must be a whole number from \(range.lowerBound) to \(range.upperBound)",
                          "必须是\(range.lowerBound)到\(range.upperBound)之间的整数")
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// 1/0, true/false (any case), 是/否, 达标/未达标.
    private static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if bytes.count == 1, bytes[0] &- UInt8(ascii: "0") < 2 { return bytes[0] == UInt8(ascii: "1") }
        for (label, value) in booleans where bytes.equalsIgnoringASCIICase(label) {
            return value
        }
        return nil
    }

    /// `YYYY-MM` or `YYYY-MM-DD` (also with `/`, and one-digit months and days, as Excel on
    /// Chinese Windows writes dates) as `yyyymmdd`, day 1 for a month.
    private static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        // One pass: up to three parts of 1–4 digits, separated by `-` or `/`.
        var parts = (0, 0, 1)
        var partCount = 0, value = 0, digits = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "-")
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                value = value * 10 + Int(digit)
                digits += 1
                guard digits <= 4 else { return nil }
                continue
            }
            guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/"), digits > 0, partCount < 3 else { return nil }
            switch partCount {
            case 0: parts.0 = value
            case 1: parts.1 = value
            default: parts.2 = value
            }
            partCount += 1
            (value, digits) = (0, 0)
        }
        let (year, month, day) = parts
        guard partCount >= 2, (1000...9999).contains(year), (1...12).contains(month) else { return nil }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = month == 2 ? (isLeap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31)
        guard (1...monthDays).contains(day) else { return nil }
        return Int32(year * 10000 + month * 100 + day)
    }

    /// The raw value whose English code (any case) or Chinese label is `bytes`.
    private static func code(
        _ bytes: UnsafeBufferPointer<UInt8>, _ cases: [(UInt8, [UInt8], [UInt8])], kind: (en: String, zh: String)
    ) throws(CellProblem) -> UInt8 {
        for index in cases.indices
        where bytes.equalsIgnoringASCIICase(cases[index].1) || bytes.equalsIgnoringASCIICase(cases[index].2) {
            return cases[index].0
        }
        let names = { (labels: [[UInt8]]) in labels.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ") }
        let accepted = names(cases.map(\.1)) + " or " + names(cases.map(\.2))
        let chinese = cases.map { String(decoding: $0.2, as: UTF8.self) }.joined(separator: "、")
        throw CellProblem("is not a \(kind.en) (\(accepted))", "不是有效的\(kind.zh)（可填：\(chinese)）")
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing ASCII spaces and tabs.
    ///
    /// Most cells have none: two byte tests and the bytes themselves come back.
    @inline(__always)
    func trimmingSpaces() -> UnsafeBufferPointer<UInt8> {
        guard let first = first, let last = last,
              first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 else { return self }
        var start = 0, end = count
        while start < end, self[start] == 0x20 || self[start] == 0x09 { start += 1 }
        while end > start, self[end - 1] == 0x20 || self[end - 1] == 0x09 { end -= 1 }
        return start == 0 && end == count ? self : UnsafeBufferPointer(rebasing: self[start..<end])
    }

    /// Why the bytes cannot be a text cell, or `nil` when they can: valid UTF-8, no NUL byte,
    /// at most ``InputLimits/maximumFieldBytes``.
    var textProblem: CellProblem? {
        if count > InputLimits.maximumFieldBytes {
            return CellProblem("is longer than \(InputLimits.maximumFieldBytes) bytes, the limit for a cell",
                               "超过单元格 \(InputLimits.maximumFieldBytes) 字节的上限")
        }
        if let base = baseAddress, SystemCalls.firstOffset(of: 0, in: base, count: count) != nil {
            return CellProblem("holds a NUL byte, which text cannot hold", "含有零字节，文本中不能有零字节")
        }
        if !isUTF8 {
            return CellProblem("is not UTF-8 text; if the file is GB18030, say --encoding gb18030",
                               "不是 UTF-8 文本；如果文件是 GB18030 编码，请加 --encoding gb18030")
        }
        return nil
    }

    /// The bytes as text for a message: cut after 200 bytes with the full length said.
    var quoted: String {
        guard count > 200 else { return String(decoding: self, as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(rebasing: self[..<200]), as: UTF8.self) + "… (\(count) bytes)"
    }

    /// Whether the bytes are valid UTF-8; ASCII, the usual case, is checked eight bytes at a time.
    var isUTF8: Bool {
        guard let base = baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0, high: UInt64 = 0
        while index + 8 <= count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < count {
            high |= UInt64(self[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0 || String(validating: self, as: UTF8.self) != nil
    }

    /// Whether the bytes spell `text` (UTF-8, lowercase), ignoring the case of ASCII letters.
    func equalsIgnoringASCIICase(_ text: [UInt8]) -> Bool {
        guard text.count == count else { return false }
        for index in 0..<count {
            let mine = self[index]
            let lower = (mine &- UInt8(ascii: "A") < 26) ? mine | 0x20 : mine
            guard lower == text[index] else { return false }
        }
        return true
    }
}
