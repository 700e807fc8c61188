/// The rows left out under ``ReadOptions/ErrorPolicy/skip``, kept compact: every row's
/// fields and reasons as bytes back to back in one array, with 32-bit offsets, so that a
/// million rejected rows take about the bytes they had in the file plus their reasons, not
/// a `String` per field (issue 14: 954 MB for a 27 MB file of one duplicated key).
///
/// A collection of ``ReadReport/RejectedRow``, each made when it is read.
public struct RejectedRows: RandomAccessCollection, Sendable, Equatable {
    private struct Entry: Sendable, Equatable {
        var line: Int32
        var fields: Int32
        var reasons: Int32
        /// Where the row's bytes start in `bytes`, and its first end in `ends`.
        var byteStart: Int
        var endStart: Int
    }

    private var entries: [Entry] = []
    private var bytes: [UInt8] = []
    /// Per field, then per reason, of each row: its end, from the row's first byte.
    private var ends: [UInt32] = []

    /// An empty list.
    public init() {}

    /// The first row's position, 0.
    public var startIndex: Int { 0 }
    /// The number of rows.
    public var endIndex: Int { entries.count }

    /// The rejected row at `index`, with its fields and reasons as text.
    public subscript(index: Int) -> ReadReport.RejectedRow {
        let entry = entries[index]
        var texts: [String] = []
        texts.reserveCapacity(Int(entry.fields + entry.reasons))
        var start = 0
        for offset in 0..<Int(entry.fields + entry.reasons) {
            let end = Int(ends[entry.endStart + offset])
            texts.append(String(decoding: bytes[(entry.byteStart + start)..<(entry.byteStart + end)], as: UTF8.self))
            start = end
        }
        return ReadReport.RejectedRow(line: Int(entry.line), fields: Array(texts[..<Int(entry.fields)]),
                                      reasons: Array(texts[Int(entry.fields)...]))
    }

    /// Adds the row `record` (its fields as they were in the file) rejected for `reasons`.
    mutating func append(_ record: CSVRecord, reasons: [String]) {
        let entry = Entry(line: Int32(clamping: record.line), fields: Int32(record.count), reasons: Int32(reasons.count),
                          byteStart: bytes.count, endStart: ends.count)
        for index in 0..<record.count {
            bytes.append(contentsOf: record.field(index))
            ends.append(UInt32(bytes.count - entry.byteStart))
        }
        for reason in reasons {
            bytes.append(contentsOf: reason.utf8)
            ends.append(UInt32(bytes.count - entry.byteStart))
        }
        entries.append(entry)
    }

    /// Adds the rows of `other` after these.
    mutating func append(contentsOf other: RejectedRows) {
        let byteShift = bytes.count, endShift = ends.count
        bytes += other.bytes
        ends += other.ends
        entries += other.entries.map { entry in
            var shifted = entry
            shifted.byteStart += byteShift
            shifted.endStart += endShift
            return shifted
        }
    }
}
