import RuralStatText

/// What ``XMLTokenizer`` reports of a workbook part, event by event.
///
/// Names are local names (a prefix such as `x:` is dropped) as UTF-8 bytes; text and
/// attribute values arrive with the five predefined entities and numeric character
/// references already replaced. A text run may arrive in several pieces.
protocol XMLPartHandler {
    /// An element starts; `attributes` holds its attributes, valid during the call only.
    mutating func startElement(_ name: UnsafeBufferPointer<UInt8>, attributes: XMLAttributes) throws(XMLPartError)
    /// An element ends (an empty element `<c/>` starts and ends at once).
    mutating func endElement(_ name: UnsafeBufferPointer<UInt8>) throws(XMLPartError)
    /// A piece of character data inside the document element (CDATA included).
    mutating func characters(_ text: UnsafeBufferPointer<UInt8>) throws(XMLPartError)
}

/// A problem with one part of a workbook: malformed XML, or content the reader refuses.
struct XMLPartError: Error, Equatable {
    /// What is wrong, e.g. `the element <row> is not closed`.
    var message: LocalizedText
    /// Where in the part (1-based XML line and byte column), once known.
    var line: Int?
    var column: Int?
    /// The sheet row the problem lies in, when it lies in one.
    var row: Int?

    init(_ message: LocalizedText, row: Int? = nil) {
        self.message = message
        self.row = row
    }

    init(_ en: String, _ zh: String, row: Int? = nil) {
        self.init(LocalizedText(en: en, zh: zh), row: row)
    }

    /// The signal of a handler that wants no more of the part: passed up unchanged, never
    /// reported.
    static let stop = XMLPartError(.verbatim("(reading stopped by the handler)"))
}

/// The attributes of one start tag, as local names and decoded values, valid during the
/// ``XMLPartHandler/startElement(_:attributes:)`` call only.
///
/// Names, and values written without an entity, are read in place in the tag's bytes; only
/// values with an entity are copied, decoded, into a second buffer.
struct XMLAttributes {
    /// Where one attribute lies: its qualified and local name in the tag's bytes, and its
    /// value in the tag's bytes or, when `isDecoded`, in the decoded buffer.
    struct Bounds {
        var qualifiedStart: Int
        var nameStart: Int
        var nameEnd: Int
        var valueStart: Int
        var valueEnd: Int
        var isDecoded: Bool
    }

    /// The bytes the tag was read from.
    let tag: UnsafePointer<UInt8>
    /// The decoded values.
    let decoded: UnsafePointer<UInt8>
    /// One per attribute, in the order written.
    let bounds: UnsafeBufferPointer<Bounds>

    /// The value of the attribute whose local name is `name`, if present.
    @inline(__always)
    func value(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        for bound in bounds
        where XMLName.equals(UnsafeBufferPointer(start: tag + bound.nameStart, count: bound.nameEnd - bound.nameStart), name) {
            return UnsafeBufferPointer(start: (bound.isDecoded ? decoded : tag) + bound.valueStart,
                                       count: bound.valueEnd - bound.valueStart)
        }
        return nil
    }

    /// ``value(_:)`` as a `String`.
    func string(_ name: StaticString) -> String? {
        value(name).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Comparing element and attribute names without making strings.
enum XMLName {
    /// Whether `bytes` spell `name` (ASCII).
    @inline(__always)
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
        return true
    }
}
