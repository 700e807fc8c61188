import RuralStatText

/// The small parts of a workbook that ``XLSXSheet`` reads before the sheet: which sheet is
/// first, which cell formats are dates, and the shared-string table.
enum XLSXParts {
    /// The part path of the first `<sheet>` in workbook.xml, through workbook.xml.rels.
    static func firstSheetPath(_ archive: XLSXArchive) throws(XMLPartError) -> String {
        var workbook = FirstSheet()
        guard try archive.read("xl/workbook.xml", into: &workbook) else {
            throw XMLPartError("not an .xlsx workbook (no xl/workbook.xml)", "不是 .xlsx 工作簿（没有 xl/workbook.xml）")
        }
        guard let id = workbook.relationID else { throw XMLPartError("the workbook has no worksheet", "工作簿中没有工作表") }
        var relations = Relationships(id: id)
        guard try archive.read("xl/_rels/workbook.xml.rels", into: &relations), let target = relations.target else {
            throw XMLPartError("xl/_rels/workbook.xml.rels does not say where the first worksheet (\(id)) is",
                               "xl/_rels/workbook.xml.rels 中没有第一个工作表（\(id)）的位置")
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The indices of cell formats (`cellXfs`) that show numbers as dates.
    static func dateStyles(_ archive: XLSXArchive) throws(XMLPartError) -> Set<Int> {
        var styles = Styles()
        _ = try archive.read("xl/styles.xml", into: &styles)
        return styles.dateStyleIndices
    }

    /// The shared-string table: each `<si>`'s text, rich-text runs joined, phonetic runs left out.
    static func sharedStrings(_ archive: XLSXArchive) throws(XMLPartError) -> SharedStrings {
        var strings = SharedStrings()
        _ = try archive.read("xl/sharedStrings.xml", into: &strings)
        return strings
    }

    /// Reads the `r:id` of the first `<sheet>` of workbook.xml.
    struct FirstSheet: XMLPartHandler {
        var relationID: String?

        mutating func startElement(_ name: UnsafeBufferPointer<UInt8>, attributes: XMLAttributes) throws(XMLPartError) {
            if relationID == nil, XMLName.equals(name, "sheet") { relationID = attributes.string("id") }
        }

        mutating func endElement(_ name: UnsafeBufferPointer<UInt8>) {}
        mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {}
    }

    /// Reads the target of one relationship.
    struct Relationships: XMLPartHandler {
        let id: String
        var target: String?

        mutating func startElement(_ name: UnsafeBufferPointer<UInt8>, attributes: XMLAttributes) throws(XMLPartError) {
            if target == nil, XMLName.equals(name, "Relationship"), attributes.string("Id") == id {
                target = attributes.string("Target")
            }
        }

        mutating func endElement(_ name: UnsafeBufferPointer<UInt8>) {}
        mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {}
    }

    /// Reads styles.xml: which cell formats show dates.
    struct Styles: XMLPartHandler {
        var dateStyleIndices: Set<Int> = []
        private var customDateFormats: Set<Int> = []
        private var inCellXfs = false
        private var xfIndex = 0

        mutating func startElement(_ name: UnsafeBufferPointer<UInt8>, attributes: XMLAttributes) throws(XMLPartError) {
            if XMLName.equals(name, "numFmt") {
                if let id = attributes.string("numFmtId").flatMap(Int.init), let code = attributes.string("formatCode"),
                   Self.isDateFormat(code) {
                    customDateFormats.insert(id)
                }
            } else if XMLName.equals(name, "cellXfs") {
                inCellXfs = true
            } else if inCellXfs, XMLName.equals(name, "xf") {
                let format = attributes.string("numFmtId").flatMap(Int.init) ?? 0
                if (14...22).contains(format) || customDateFormats.contains(format) { dateStyleIndices.insert(xfIndex) }
                xfIndex += 1
            }
        }

        mutating func endElement(_ name: UnsafeBufferPointer<UInt8>) {
            if XMLName.equals(name, "cellXfs") { inCellXfs = false }
        }

        mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {}

        /// A format code shows a date when, outside quoted text and [brackets], it has y or d
        /// (m alone could be minutes).
        static func isDateFormat(_ code: String) -> Bool {
            var inQuotes = false
            var inBrackets = false
            for character in code.lowercased() {
                switch character {
                case "\"": inQuotes.toggle()
                case "[" where !inQuotes: inBrackets = true
                case "]" where !inQuotes: inBrackets = false
                case "y", "d": if !inQuotes && !inBrackets { return true }
                default: break
                }
            }
            return false
        }
    }

    /// The shared-string table, its texts back to back in one buffer, read once and then only
    /// looked up (the sheet's cells point into it).
    struct SharedStrings: XMLPartHandler {
        private let bytes = ScalarBuffer<UInt8>()
        private let ends = ScalarBuffer<Int>()
        private var inText = false
        private var inPhonetic = false
        private var start = 0

        /// The number of strings.
        var count: Int { ends.count }

        /// The bytes of string `index`, valid while the table lives; `nil` when there is none.
        @inline(__always)
        func string(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
            guard index >= 0, index < ends.count else { return nil }
            let start = index == 0 ? 0 : ends[index - 1]
            return UnsafeBufferPointer(start: bytes.base + start, count: ends[index] - start)
        }

        mutating func startElement(_ name: UnsafeBufferPointer<UInt8>, attributes: XMLAttributes) throws(XMLPartError) {
            if XMLName.equals(name, "si") {
                start = bytes.count
            } else if XMLName.equals(name, "t") {
                inText = !inPhonetic
            } else if XMLName.equals(name, "rPh") {
                inPhonetic = true
            }
        }

        mutating func endElement(_ name: UnsafeBufferPointer<UInt8>) throws(XMLPartError) {
            if XMLName.equals(name, "si") {
                guard bytes.count - start <= XLSXLimits.maximumCellBytes else {
                    throw XMLPartError("shared string \(ends.count) is longer than \(XLSXLimits.maximumCellBytes) bytes",
                                       "共享字符串 \(ends.count) 超过 \(XLSXLimits.maximumCellBytes) 字节")
                }
                ends.append(bytes.count)
            } else if XMLName.equals(name, "t") {
                inText = false
            } else if XMLName.equals(name, "rPh") {
                inPhonetic = false
            }
        }

        mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {
            if inText { bytes.append(contentsOf: text) }
        }
    }
}
