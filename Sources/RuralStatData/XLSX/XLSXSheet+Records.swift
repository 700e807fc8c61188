/// A workbook as an input file: its first sheet's rows handed over as ``CSVRecord``s, so that
/// the readers of CSV files read `.xlsx` files too (SPEC §2: "Excel .xlsx input is also
/// accepted (first sheet, first row = header)").
extension XLSXSheet {
    /// Whether the file read as `info` is a workbook: its name ends in `.xlsx` (any case) or
    /// it starts with the zip signature.
    static func isWorkbook(path: String, _ info: CSVFileReader.FileInfo) -> Bool {
        info.isZipArchive || path.lowercased().hasSuffix(".xlsx")
    }

    /// Reads the first sheet of the workbook at `path` as an input file.
    ///
    /// - Throws: ``InputError/unreadable(file:reason:)`` (exit status 64) when it is not a
    ///   workbook that can be read; ``InputError/invalidData(file:errors:total:)`` for a sheet
    ///   with no row, as for an empty CSV file.
    static func input(path: String) throws(InputError) -> XLSXSheet {
        let sheet: XLSXSheet
        do {
            sheet = try XLSXSheet(contentsOf: path)
        } catch {
            throw .unreadable(file: path, reason: error.message)
        }
        guard sheet.rows.contains(where: { !$0.cells.isEmpty }) else { throw .emptyFile(path) }
        return sheet
    }

    /// The header: the cells of the first row that has any.
    var header: [String] { rows.first { !$0.cells.isEmpty }?.cells ?? [] }

    /// Calls `body` with every row that has a cell, the header first, as a record of at least
    /// as many fields as the header (Excel leaves out the empty cells that end a row: they
    /// become empty fields) whose line is the sheet's row number. Rows without a cell are
    /// skipped, as CSV skips empty lines.
    ///
    /// - Complexity: O(cells); one byte buffer reused for all rows.
    func forEachRecord(_ body: (CSVRecord) -> Void) {
        let width = header.count
        var bytes: [UInt8] = []
        var starts: [Int] = [], ends: [Int] = []
        for row in rows where !row.cells.isEmpty {
            bytes.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            for cell in row.cells {
                starts.append(bytes.count)
                bytes.append(contentsOf: cell.utf8)
                ends.append(bytes.count)
            }
            while starts.count < width {
                starts.append(bytes.count)
                ends.append(bytes.count)
            }
            if bytes.isEmpty { bytes.append(0) }  // a base address for rows of empty cells
            bytes.withUnsafeBufferPointer { base in
                starts.withUnsafeBufferPointer { starts in
                    ends.withUnsafeBufferPointer { ends in
                        body(CSVRecord(base: base.baseAddress!, starts: starts, ends: ends, line: row.number))
                    }
                }
            }
        }
    }
}
