import RuralStatText

/// How a column's numbers are shown to people (machine-readable output ignores it).
public enum ColumnStyle: Sendable, Hashable {
    /// Text or a label, left-aligned.
    case text
    /// A year, shown as is.
    case year
    /// A count: thousands separators, no decimals.
    case count
    /// Yuan: thousands separators, no decimals.
    case money
    /// A fraction shown as a percent with one decimal (0.123 → 12.3%).
    case share
    /// A signed fraction shown as a signed percent (0.012 → +1.2%); for growth and gaps.
    case signedShare
    /// A signed difference of two fractions (rates or shares) in percentage points with one
    /// decimal (0.012 → +1.2 pp, `+1.2个百分点` with `--lang zh`); for changes of a share and
    /// gaps to a rate, which are not percents of anything.
    case signedPoints
    /// A signed amount of yuan (+1,234 / −567); for gaps in yuan.
    case signedMoney
    /// A plain number with the given number of decimals.
    case decimal(Int)
    /// A plain signed number with the given number of decimals.
    case signedDecimal(Int)
    /// A boolean shown as a mark.
    case flag
}

/// A column of a ``ReportTable``: its machine name, its titles for people, its style and its
/// priority in tables for people.
public struct ReportColumn: Sendable, Hashable {
    /// The snake_case key of SPEC §4.1, used in CSV headers and JSON keys.
    public let key: String
    /// The English title for tables.
    public let title: String
    /// The Chinese title for tables with `--lang zh`.
    public let chineseTitle: String
    /// How values are shown in tables.
    public let style: ColumnStyle
    /// Whether tables for people keep the column when they do not show every column.
    public let priority: ColumnPriority

    /// Creates a column.
    public init(_ key: String, title: String, chinese: String, style: ColumnStyle, priority: ColumnPriority = .standard) {
        self.key = key
        self.title = title
        self.chineseTitle = chinese
        self.style = style
        self.priority = priority
    }

    /// The same column with `priority`.
    public func with(_ priority: ColumnPriority) -> ReportColumn {
        ReportColumn(key, title: title, chinese: chineseTitle, style: style, priority: priority)
    }

    /// The title in `language`.
    public func title(in language: Language) -> String {
        language == .zh ? chineseTitle : title
    }
}

/// One cell of a ``ReportTable``.
public enum ReportCell: Sendable, Hashable {
    /// Text shown as is in every output.
    case text(String)
    /// A coded label: the code in machine output and English tables, the Chinese label with `--lang zh`.
    case label(code: String, chinese: String)
    /// A whole number.
    case integer(Int)
    /// A real number; NaN and infinities are written as missing.
    case number(Double)
    /// A real number shown in its own style rather than its column's, for columns that mix
    /// quantities (a target's value may be a rate, yuan or a count). Machine output as ``number(_:)``.
    case quantity(Double, ColumnStyle)
    /// A boolean.
    case boolean(Bool)
    /// An undefined value: an empty CSV cell, `null` in JSON, a dash in tables.
    case missing

    /// A number cell, or ``missing`` when `value` is `nil` or not finite.
    public static func number(_ value: Double?) -> ReportCell {
        guard let value, value.isFinite else { return .missing }
        return .number(value)
    }
}

/// A table of results: the common form of every command's output, rendered as a terminal
/// table, CSV, JSON or Markdown.
public struct ReportTable: Sendable, Hashable {
    /// The columns, in output order.
    public let columns: [ReportColumn]
    /// The rows; each has one cell per column.
    public private(set) var rows: [[ReportCell]] = []

    /// Creates an empty table with the given columns.
    public init(columns: [ReportColumn]) {
        self.columns = columns
    }

    /// Appends a row.
    ///
    /// - Precondition: the row has one cell per column.
    public mutating func append(_ row: [ReportCell]) {
        precondition(row.count == columns.count, "row has \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }
}
