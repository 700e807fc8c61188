/// One column's values in the storage of its type: how panels hold a column, and how the
/// reader hands one over.
public enum ColumnValues: Sendable, Equatable {
    /// Text, dictionary-encoded.
    case text(TextColumn)
    /// Whole numbers and dates (`yyyymmdd`); missing is ``Missing/integer``.
    case integer([Int32])
    /// Decimal numbers; missing is NaN.
    case number([Double])
    /// Booleans (1/0) and codes; missing is ``Missing/code``.
    case code([UInt8])

    /// The text column, when the values are text.
    public var text: TextColumn? { if case .text(let column) = self { column } else { nil } }
    /// The integers, when the values are whole numbers or dates.
    public var integers: [Int32]? { if case .integer(let values) = self { values } else { nil } }
    /// The numbers, when the values are decimal numbers.
    public var numbers: [Double]? { if case .number(let values) = self { values } else { nil } }
    /// The codes, when the values are booleans or codes.
    public var codes: [UInt8]? { if case .code(let values) = self { values } else { nil } }

    /// The number of rows.
    public var count: Int {
        switch self {
        case .text(let column): column.count
        case .integer(let values): values.count
        case .number(let values): values.count
        case .code(let values): values.count
        }
    }

    /// The values of `rows`, in that order; text keeps its dictionary, so codes stay comparable.
    public func picking(_ rows: [Int]) -> ColumnValues {
        switch self {
        case .text(let column): .text(TextColumn(codes: rows.map { column.codes[$0] }, dictionary: column.dictionary))
        case .integer(let values): .integer(rows.map { values[$0] })
        case .number(let values): .number(rows.map { values[$0] })
        case .code(let values): .code(rows.map { values[$0] })
        }
    }
}
