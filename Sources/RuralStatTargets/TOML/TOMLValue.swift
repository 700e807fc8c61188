import RuralStatText

/// A value of a TOML document, as ``TOMLReader`` reads it.
///
/// Dates and times are kept as the text written (checked to be valid RFC 3339 parts); no
/// targets key takes one, so they only need to be recognized and refused by key.
enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case dateTime(String)
    case array([TOMLValue])
    case table(TOMLTable)

    /// The text, if the value is a string.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number, if the value is an integer.
    var int: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// The number, if the value is a float (`inf` and `nan` included: callers check).
    var double: Double? {
        if case .float(let number) = self { return number }
        return nil
    }

    /// The items, if the value is an array.
    var array: [TOMLValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The table, if the value is one (a `[table]`, a dotted key's table or an inline table).
    var table: TOMLTable? {
        if case .table(let table) = self { return table }
        return nil
    }
}

/// A TOML table: keys and their values.
struct TOMLTable: Equatable, Sendable {
    /// The entries by key.
    var entries: [String: TOMLValue] = [:]

    /// The keys, in no particular order.
    var keys: Dictionary<String, TOMLValue>.Keys { entries.keys }

    /// The value of `key`, if present.
    subscript(key: String) -> TOMLValue? { entries[key] }
}

/// Why a TOML document is not valid: the 1-based line and column (in characters) and what
/// is wrong there.
struct TOMLSyntaxError: Error, Equatable {
    let line: Int
    let column: Int
    let message: LocalizedText
}
