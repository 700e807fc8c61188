import RuralStatText

/// The first worksheet of an Excel `.xlsx` workbook, read as rows of text cells (SPEC §2:
/// "first sheet, first row = header").
///
/// Each cell becomes the text a CSV export would hold: shared and inline strings as written,
/// numbers in the shortest form that reads back to the same value, booleans as `1`/`0`, and
/// numbers formatted as dates (built-in formats 14–22 or custom formats with y/m/d) as
/// `YYYY-MM-DD`. Formula cells give their cached result; one without (a workbook never opened in Excel) is an error naming the cell. Empty cells are empty strings; rows
/// Excel left out are left out, and each row keeps its sheet row number as its line.
///
/// The sheet is inflated and parsed as a stream (``forEachRecord(path:estimate:_:)``), so a
/// sheet of Excel's full size is read in memory for the rows' values alone; the limits of
/// ``XLSXLimits`` are enforced on the way.
public struct XLSXSheet: Sendable {
    /// A row of the sheet: its 1-based row number and its cells from column A on.
    public struct Row: Sendable, Equatable {
        /// The row number Excel shows (the "line" in error messages).
        public let number: Int
        /// The cells, column A first; trailing empty cells dropped.
        public let cells: [String]
    }

    /// The rows that have a cell, in sheet order (rows without one are left out, as CSV
    /// leaves out empty lines).
    public let rows: [Row]

    /// Reads the first worksheet of the workbook at `path`, every row in memory (for small
    /// sheets and tests; input files are streamed by ``forEachRecord(path:estimate:_:)``).
    ///
    /// - Throws: ``XLSXError`` naming the file and what could not be read.
    public init(contentsOf path: String) throws(XLSXError) {
        var rows: [Row] = []
        try Self.forEachRecord(path: path) { record in
            rows.append(Row(number: record.line, cells: record.strings))
            return true
        }
        self.rows = rows
    }

    /// Streams the rows of the first worksheet of the workbook at `path` that have a cell,
    /// each as a record whose line is its sheet row number, trailing empty cells dropped.
    ///
    /// - Parameters:
    ///   - padsToHeader: whether to pad every row after the first (the header) with empty
    ///     fields to the header's width (Excel leaves out the empty cells that end a row).
    ///   - recordsBeforeHeader: how many rows with a cell to leave out before the header (a
    ///     title above it).
    ///   - estimate: called once, before the first row, with the rows the sheet announces.
    ///   - body: takes each record; returning `false` stops the reading.
    /// - Throws: ``XLSXError`` for a workbook that is malformed or past a limit.
    package static func forEachRecord(
        path: String, padsToHeader: Bool = false, recordsBeforeHeader: Int = 0, estimate: (Int) -> Void = { _ in },
        _ body: (CSVRecord) -> Bool
    ) throws(XLSXError) {
        do throws(XMLPartError) {
            let archive = try XLSXArchive(path: path)
            let sheetPath = try XLSXParts.firstSheetPath(archive)
            guard archive.contains(sheetPath) else {
                throw XMLPartError("the first worksheet \(sheetPath) is missing", "缺少第一个工作表 \(sheetPath)")
            }
            let strings = try XLSXParts.sharedStrings(archive)
            let dateStyles = try XLSXParts.dateStyles(archive)
            var failure: XMLPartError?
            withoutActuallyEscaping(body) { body in
                withoutActuallyEscaping(estimate) { estimate in
                    var reader = SheetRowReader(sharedStrings: strings, dateStyles: dateStyles, padsToHeader: padsToHeader,
                                                   recordsBeforeHeader: recordsBeforeHeader, estimate: estimate, body: body)
                    do throws(XMLPartError) {
                        _ = try archive.read(sheetPath, into: &reader, maximumBytes: XLSXLimits.maximumSheetBytes)
                    } catch {
                        failure = error
                    }
                }
            }
            if let failure, failure != .stop { throw failure }
        } catch {
            throw XLSXError(file: path, message: error.message, row: error.row)
        }
    }
}

/// Why a workbook could not be read: it is malformed, or past one of ``XLSXLimits``.
public struct XLSXError: Error, Equatable, CustomStringConvertible {
    /// The workbook's path.
    public let file: String
    /// What is wrong, with the part and its XML line and column where they are known.
    public let message: LocalizedText
    /// The sheet row the problem lies in, when it lies in one.
    public var row: Int?

    /// `file: message`.
    public var description: String { "\(file): \(message.en)" }
}
