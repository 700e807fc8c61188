/// What a column of an input file holds and the rule its cells must follow (SPEC §2).
public struct ColumnSpec: Sendable, Hashable {
    /// The kind of value in a column, with its allowed range.
    public enum ValueType: Sendable, Hashable {
        /// Free text; `nonEmpty` when an empty cell is an error.
        case text(nonEmpty: Bool)
        /// A whole number in `range`.
        case integer(ClosedRange<Int>)
        /// A decimal number at least `minimum` (exclusive when `minimumExclusive`) and at most
        /// `maximum`; `nil` bounds are open.
        case number(minimum: Double?, minimumExclusive: Bool, maximum: Double?)
        /// 1/0, true/false, 是/否, 达标/未达标.
        case boolean
        /// A month or a day: `YYYY-MM` or `YYYY-MM-DD`.
        case date
        /// A ``HouseholdCategory`` code or Chinese label.
        case category
        /// A ``WorkLocation`` code or Chinese label.
        case location
        /// A ``JobType`` code or Chinese label.
        case jobType
    }

    /// The English snake_case name, e.g. `household_size`.
    public let name: String
    /// Chinese header names accepted for the column; the first is the one RuralStat writes.
    public let aliases: [String]
    /// The kind of value and its rule.
    public let type: ValueType
    /// Whether the file must have the column (required columns also reject empty cells).
    public let isRequired: Bool

    /// Creates a column specification.
    public init(_ name: String, aliases: [String], _ type: ValueType, required: Bool) {
        self.name = name
        self.aliases = aliases
        self.type = type
        self.isRequired = required
    }

    /// The Chinese header RuralStat writes for this column.
    public var chineseName: String { aliases.first ?? name }

    /// Whether `header` names this column: its English name or one of its Chinese aliases,
    /// compared by ``String/headerKey``: full-width forms read as half-width (`（）` as `()`,
    /// `ＡＢ１` as `AB1`), spaces (ASCII, tab, ideographic) ignored, ASCII letters in any case.
    /// So `乡镇(街道)` and `乡镇 （街道）` both name `township`.
    public func matches(header: String) -> Bool {
        let key = header.headerKey
        return key == name.headerKey || aliases.contains { $0.headerKey == key }
    }
}

extension String {
    /// The string as header names are compared: full-width ASCII forms (U+FF01–U+FF5E) mapped
    /// to ASCII, spaces, tabs, ideographic spaces and byte-order marks dropped, ASCII letters
    /// lowercased.
    public var headerKey: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xFEFF { continue }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and a byte-order mark.
    package func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
