import RuralStatCore

/// One column read from a file: the panels' own storage (``RuralStatCore/ColumnValues``).
public typealias ColumnData = ColumnValues

/// A column being filled row by row; only the buffer of its kind is used. A class, so that
/// filling it from the row loop copies nothing.
final class ColumnBuilder {
    enum Kind { case text, integer, number, code }

    let kind: Kind
    let textCodes = ScalarBuffer<UInt32>()
    let interner = ByteInterner()
    let integers: ScalarBuffer<Int32>
    let numbers: ScalarBuffer<Double>
    let codes: ScalarBuffer<UInt8>
    /// For a code column, the value of each label in ``interner`` (``enterLabels(_:)``).
    private(set) var labelValues: [UInt8] = []

    /// A builder of a column of `type`; one that does not `keepValues` holds only the latest
    /// of them, for a column that is checked but not stored (``TableReader``), and is not
    /// finished. Text cells are stored only once their row is good, so a text column that is
    /// not stored never reaches its builder.
    init(_ type: ColumnSpec.ValueType, keepsValues: Bool = true) {
        integers = ScalarBuffer(keepsValues: keepsValues)
        numbers = ScalarBuffer(keepsValues: keepsValues)
        codes = ScalarBuffer(keepsValues: keepsValues)
        switch type {
        case .text: kind = .text
        case .integer, .date: kind = .integer
        case .number: kind = .number
        case .boolean, .category, .location, .jobType: kind = .code
        }
    }

    func reserve(_ rows: Int) {
        switch kind {
        case .text: textCodes.reserve(rows)
        case .integer: integers.reserve(rows)
        case .number: numbers.reserve(rows)
        case .code: codes.reserve(rows)
        }
    }

    /// Enters the labels of a code column in ``interner``, each with its value, so that a cell
    /// written exactly as a label is found there.
    func enterLabels(_ labels: [(label: [UInt8], value: UInt8)]) {
        for (label, value) in labels {
            label.withUnsafeBufferPointer { label in
                let (found, hash) = interner.find(label)
                guard found == nil else { return }
                _ = interner.insert(label, hash: hash)
                labelValues.append(value)
            }
        }
    }

    /// Appends a parsed value or a missing cell; text cells go to ``textCodes`` as codes.
    @inline(__always)
    func append(_ value: CellValue) {
        switch value {
        case .integer(let value): integers.append(value)
        case .number(let value): numbers.append(value)
        case .code(let value): codes.append(value)
        case .text: preconditionFailure("text cells are appended with their code")
        case .missing:
            switch kind {
            case .text: preconditionFailure("missing text cells are appended with their code")
            case .integer: integers.append(Missing.integer)
            case .number: numbers.append(.nan)
            case .code: codes.append(Missing.code)
            }
        }
    }

    /// Drops values appended after the first `rows` (a row that turned out bad).
    func truncate(to rows: Int) {
        integers.truncate(to: rows)
        numbers.truncate(to: rows)
        codes.truncate(to: rows)
    }

    /// The finished column, followed by the rows of `next` (a builder of the same kind, for
    /// the rows after these); for text, `joined` is ``ByteInterner/codes(of:)`` of `next`'s
    /// interner: this builder's code for each of `next`'s, and `next`'s values new here.
    func finish(then next: ColumnBuilder? = nil, joined: (remap: [UInt32], added: [UInt32])? = nil) -> ColumnData {
        switch kind {
        case .text:
            let dictionary = interner.takeStrings(then: next.flatMap { next in joined.map { (next.interner, $0.added) } })
            if let next, let remap = joined?.remap {
                remap.withUnsafeBufferPointer { remap in
                    for row in 0..<next.textCodes.count where next.textCodes[row] != TextColumn.missing {
                        next.textCodes[row] = remap[Int(next.textCodes[row])]
                    }
                }
            }
            let codes = textCodes.finish(then: next?.textCodes)
            return .text(TextColumn(codes: codes, dictionary: dictionary))
        case .integer: return .integer(integers.finish(then: next?.integers))
        case .number: return .number(numbers.finish(then: next?.numbers))
        case .code: return .code(codes.finish(then: next?.codes))
        }
    }
}
