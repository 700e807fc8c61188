import RuralStatCore

/// What the row loop needs of one present column, side by side and free of reference-counted
/// values: where its cells are, its rule, and the shortcut for the usual cell.
///
/// Most cells of a households file are plain: numbers written as digits with perhaps a sign
/// and a decimal point (`4609`, `-70.9`), flags and category labels written exactly as listed
/// (`1`, `是`, `true`, `alleviated`, `脱贫户`), and empty optional cells. ``storeUsualCell(_:)`` stores those without the general parser
/// (``ColumnSpec/ValueType/parse(_:required:)``), which takes every other cell and every cell
/// the shortcut declines, so that errors and their messages have one source.
struct ColumnPlan {
    /// The kind of cell the shortcut stores besides empty optional cells.
    enum Shortcut {
        /// Text: the row loop looks the value up itself.
        case none
        /// Digits, as a whole number.
        case integer
        /// `-?d+(.d+)?`, as a decimal number.
        case number
        /// `1` or `0`, or a yes/no label exactly as listed in ``ColumnSpec/ValueType/labels``.
        case flag
        /// A label exactly as listed in ``ColumnSpec/ValueType/labels``.
        case label
    }

    /// The cell's field in the records.
    let field: Int
    let type: ColumnSpec.ValueType
    let isRequired: Bool
    let isText: Bool
    /// Whether the column's values are kept; if not, its builder holds only the latest ones
    /// (``TableReader``).
    let isStored: Bool
    /// Whether an empty cell (after trimming) is an error rather than missing.
    let emptyIsError: Bool
    private let shortcut: Shortcut
    /// The bounds a digit value must meet to be stored by the shortcut (inclusive).
    private let lowest: Double
    private let highest: Double
    /// The column's builder, used without retaining it (the reader keeps it alive).
    let builder: Unmanaged<ColumnBuilder>

    /// Plans the column `spec`, whose cells are field `field` and go to `builder` (kept when
    /// `isStored`); a label column's labels are entered in the builder's dictionary for the
    /// shortcut.
    init(field: Int, spec: ColumnSpec, builder: ColumnBuilder, isStored: Bool) {
        self.field = field
        type = spec.type
        isRequired = spec.isRequired
        isText = builder.kind == .text
        self.isStored = isStored
        self.builder = Unmanaged.passUnretained(builder)
        var bounds = (lowest: 0.0, highest: -1.0)
        switch spec.type {
        case .text:
            shortcut = .none
        case .integer(let range):
            shortcut = .integer
            bounds = (Double(max(range.lowerBound, 0)), Double(min(range.upperBound, Int(Int32.max))))
        case .number(let minimum, let exclusive, let maximum):
            shortcut = .number
            // Above an exclusive minimum m is at least the next double after m.
            bounds = (minimum.map { exclusive ? $0.nextUp : $0 } ?? -.infinity, maximum ?? .infinity)
        case .boolean:
            shortcut = .flag
            builder.enterLabels(spec.type.labels ?? [])
        case .category, .location, .jobType:
            shortcut = .label
            builder.enterLabels(spec.type.labels ?? [])
        case .date:
            shortcut = .none
        }
        (lowest, highest) = bounds
        emptyIsError = spec.isRequired || spec.type == .text(nonEmpty: true)
    }

    /// Stores the cell `bytes` when it is a usual one for the column (see ``ColumnPlan``) and
    /// says whether it did; the row loop passes any other cell to the general parser.
    ///
    /// Digits are taken up to fifteen, which keeps them exact in a `Double`: the value is the
    /// one the general parser would give.
    @inline(__always)
    func storeUsualCell(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        if count == 0 {
            guard !isText, !emptyIsError else { return false }
            builder._withUnsafeGuaranteedRef { $0.append(.missing) }
            return true
        }
        switch shortcut {
        case .none:
            return false
        case .integer:
            guard count <= 15, let (value, scale, _) = Self.plainDecimal(bytes, signed: false),
                  scale == 0, Double(value) >= lowest, Double(value) <= highest else { return false }
            builder._withUnsafeGuaranteedRef { $0.integers.append(Int32(truncatingIfNeeded: value)) }
            return true
        case .number:
            guard count <= 17, let (digits, scale, negative) = Self.plainDecimal(bytes, signed: true) else { return false }
            // Both parts are exact doubles (digits < 10^15 < 2^53, scale ≤ 14): one division
            // gives the correctly rounded number, as DecimalParser's fast path does (and -0 is -0).
            let magnitude = scale == 0 ? Double(digits) : Double(digits) / DecimalParser.powersOfTen[scale]
            let number = negative ? -magnitude : magnitude
            guard number >= lowest, number <= highest else { return false }
            builder._withUnsafeGuaranteedRef { $0.numbers.append(number) }
            return true
        case .flag where count == 1:
            let bit = bytes[0] &- UInt8(ascii: "0")
            guard bit < 2 else { return false }
            builder._withUnsafeGuaranteedRef { $0.codes.append(bit) }
            return true
        case .flag, .label:
            return builder._withUnsafeGuaranteedRef { builder in
                guard let entry = builder.interner.find(bytes).code else { return false }
                builder.codes.append(builder.labelValues[Int(entry)])
                return true
            }
        }
    }

    /// The digits of `bytes` as a whole number, the count of them after the decimal point, and
    /// whether a minus sign leads, when `bytes` is `-?d+(.d+)?` (the sign only if `signed`)
    /// with at most 15 digits in all; otherwise `nil`.
    @inline(__always)
    private static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>, signed: Bool) -> (Int64, Int, Bool)? {
        let count = bytes.count
        let negative = signed && bytes[0] == UInt8(ascii: "-")
        var index = negative ? 1 : 0
        var value: Int64 = 0
        var point = -1
        while index < count {
            let byte = bytes[index]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                value = value &* 10 &+ Int64(digit)
            } else if byte == UInt8(ascii: "."), point < 0 {
                point = index
            } else {
                return nil
            }
            index += 1
        }
        let first = negative ? 1 : 0
        let digits = count - first - (point < 0 ? 0 : 1)
        guard digits >= 1, digits <= 15, point != first, point != count - 1 else { return nil }
        return (value, point < 0 ? 0 : count - point - 1, negative)
    }
}
