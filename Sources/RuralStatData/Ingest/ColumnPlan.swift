/// What the row loop needs of one present column, side by side and free of reference-counted
/// values: where its cells are, its rule, and the shortcut for the usual cell.
///
/// Most cells of a households file are plain: whole numbers written as digits (`4609`),
/// flags written `1` or `0`, category codes or labels written exactly as listed, and empty
/// optional cells. ``storeUsualCell(_:)`` stores those without the general parser
/// (``ColumnSpec/ValueType/parse(_:required:)``), which takes every other cell and every cell
/// the shortcut declines, so that errors and their messages have one source.
struct ColumnPlan {
    /// The kind of cell the shortcut stores besides empty optional cells.
    enum Shortcut {
        /// Text: the row loop looks the value up itself.
        case none
        /// Digits, as a whole number.
        case integer
        /// Digits, as a decimal number.
        case number
        /// `1` or `0`.
        case flag
        /// A label exactly as listed in ``ColumnSpec/ValueType/labels``.
        case label
    }

    /// The cell's field in the records.
    let field: Int
    let type: ColumnSpec.ValueType
    let isRequired: Bool
    let isText: Bool
    /// Whether an empty cell (after trimming) is an error rather than missing.
    let emptyIsError: Bool
    private let shortcut: Shortcut
    /// The bounds a digit value must meet to be stored by the shortcut (inclusive).
    private let lowest: Double
    private let highest: Double
    /// The column's builder, used without retaining it (the reader keeps it alive).
    let builder: Unmanaged<ColumnBuilder>

    /// Plans the column `spec`, whose cells are field `field` and go to `builder`; a label
    /// column's labels are entered in the builder's dictionary for the shortcut.
    init(field: Int, spec: ColumnSpec, builder: ColumnBuilder) {
        self.field = field
        type = spec.type
        isRequired = spec.isRequired
        isText = builder.kind == .text
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
            // A whole number above an exclusive minimum m is at least ⌊m⌋ + 1.
            bounds = (minimum.map { exclusive ? $0.rounded(.down) + 1 : $0 } ?? 0, maximum ?? .infinity)
        case .boolean:
            shortcut = .flag
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
    /// Digits are taken up to fifteen, which makes the integer exact in a `Double`: the value
    /// is the one the general parser would give.
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
        case .integer, .number:
            guard count <= 15 else { return false }
            var value: Int64 = 0
            for index in 0..<count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return false }
                value = value &* 10 &+ Int64(digit)
            }
            let number = Double(value)
            guard number >= lowest, number <= highest else { return false }
            builder._withUnsafeGuaranteedRef { builder in
                if shortcut == .integer {
                    builder.integers.append(Int32(truncatingIfNeeded: value))
                } else {
                    builder.numbers.append(number)
                }
            }
            return true
        case .flag:
            let bit = bytes[0] &- UInt8(ascii: "0")
            guard count == 1, bit < 2 else { return false }
            builder._withUnsafeGuaranteedRef { $0.codes.append(bit) }
            return true
        case .label:
            return builder._withUnsafeGuaranteedRef { builder in
                guard let entry = builder.interner.find(bytes).code else { return false }
                builder.codes.append(builder.labelValues[Int(entry)])
                return true
            }
        }
    }
}
