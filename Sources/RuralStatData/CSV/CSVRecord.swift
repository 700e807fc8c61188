/// One record of a delimited file: its fields as UTF-8 byte ranges and the line it starts on.
///
/// A record is a view into a buffer owned by whoever produced it (the CSV scanner, or a
/// spreadsheet reader that lays its cells out the same way); it is valid only during the call
/// that receives it. Quotes are already removed, so ``field(_:)`` gives the cell's bytes.
package struct CSVRecord {
    /// The buffer the fields point into.
    package let base: UnsafePointer<UInt8>
    /// The byte offset of each field's first byte in ``base``.
    package let starts: UnsafeBufferPointer<Int>
    /// The byte offset one past each field's last byte in ``base``.
    package let ends: UnsafeBufferPointer<Int>
    /// The 1-based line of the file on which the record starts.
    package let line: Int

    /// Creates a record over `base` with field bounds `starts[i]..<ends[i]`.
    package init(base: UnsafePointer<UInt8>, starts: UnsafeBufferPointer<Int>, ends: UnsafeBufferPointer<Int>, line: Int) {
        precondition(starts.count == ends.count, "CSVRecord field bounds differ in count")
        self.base = base
        self.starts = starts
        self.ends = ends
        self.line = line
    }

    /// The number of fields.
    @inlinable package var count: Int { starts.count }

    /// The bytes of field `index` (UTF-8, quotes removed).
    @inlinable
    package func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + starts[index], count: ends[index] - starts[index])
    }

    /// The text of field `index`; invalid UTF-8 is replaced by U+FFFD.
    package func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// Every field as text.
    package var strings: [String] { (0..<count).map(string) }
}
