/// One column read from a file, in the storage of its type.
enum ColumnData {
    /// Text, dictionary-encoded.
    case text(TextColumn)
    /// Whole numbers and dates (`yyyymmdd`); missing is ``Missing/integer``.
    case integer([Int32])
    /// Decimal numbers; missing is NaN.
    case number([Double])
    /// Booleans (1/0) and codes; missing is ``Missing/code``.
    case code([UInt8])

    var text: TextColumn? { if case .text(let column) = self { column } else { nil } }
    var integers: [Int32]? { if case .integer(let values) = self { values } else { nil } }
    var numbers: [Double]? { if case .number(let values) = self { values } else { nil } }
    var codes: [UInt8]? { if case .code(let values) = self { values } else { nil } }
}

/// A column being filled row by row; only the array of its kind is used.
struct ColumnBuilder {
    enum Kind { case text, integer, number, code }

    let kind: Kind
    var textCodes: [UInt32] = []
    var interner = ByteInterner()
    var integers: [Int32] = []
    var numbers: [Double] = []
    var codes: [UInt8] = []

    init(_ type: ColumnSpec.ValueType) {
        switch type {
        case .text: kind = .text
        case .integer, .date: kind = .integer
        case .number: kind = .number
        case .boolean, .category, .location, .jobType: kind = .code
        }
    }

    mutating func reserve(_ rows: Int) {
        switch kind {
        case .text: textCodes.reserveCapacity(rows)
        case .integer: integers.reserveCapacity(rows)
        case .number: numbers.reserveCapacity(rows)
        case .code: codes.reserveCapacity(rows)
        }
    }

    /// Appends a parsed non-text value, or a missing cell of any kind.
    @inline(__always)
    mutating func append(_ value: CellValue) {
        switch value {
        case .integer(let value): integers.append(value)
        case .number(let value): numbers.append(value)
        case .code(let value): codes.append(value)
        case .text: preconditionFailure("text cells are appended with their code")
        case .missing:
            switch kind {
            case .text: textCodes.append(TextColumn.missing)
            case .integer: integers.append(Missing.integer)
            case .number: numbers.append(.nan)
            case .code: codes.append(Missing.code)
            }
        }
    }

    /// The finished column.
    consuming func finish() -> ColumnData {
        switch kind {
        case .text: .text(TextColumn(codes: textCodes, dictionary: interner.strings()))
        case .integer: .integer(integers)
        case .number: .number(numbers)
        case .code: .code(codes)
        }
    }
}
