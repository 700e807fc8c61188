/// A workbook as an input file: its first sheet's rows handed over as ``CSVRecord``s, so that
/// the readers of CSV files read `.xlsx` files too (SPEC §2: "Excel .xlsx input is also
/// accepted (first sheet, first row = header)").
extension XLSXSheet {
    /// Whether the file read as `info` is a workbook: its name ends in `.xlsx` (any case) or
    /// it starts with the zip signature.
    static func isWorkbook(path: String, _ info: CSVFileReader.FileInfo) -> Bool {
        info.isZipArchive || path.lowercased().hasSuffix(".xlsx")
    }

    /// Streams the workbook at `path` as an input file: `header` with the header record
    /// (returning whether to go on), then `body` with every data record, each padded to the
    /// header's width.
    ///
    /// - Throws: ``InputError/invalidData(file:errors:total:)`` (exit status 65) for a
    ///   workbook that cannot be read, naming the sheet row, the cell and the part's XML line
    ///   and column; the same for a sheet with no row, as for an empty CSV file.
    ///
    /// - Parameter recordsBeforeHeader: rows with a cell above the header, left out (a title).
    static func forEachInputRecord(
        path: String, recordsBeforeHeader: Int = 0, estimate: (Int) -> Void = { _ in }, header: (CSVRecord) -> Bool,
        _ body: (CSVRecord) -> Void
    ) throws(InputError) {
        var hasHeader = false
        do {
            try forEachRecord(path: path, padsToHeader: true, recordsBeforeHeader: recordsBeforeHeader,
                              estimate: estimate) { record in
                guard hasHeader else {
                    hasHeader = true
                    return header(record)
                }
                body(record)
                return true
            }
        } catch {
            throw .invalidData(file: path, errors: [CellError(file: path, line: error.row ?? 1, column: "", value: "",
                                                              message: error.message, concernsFile: true)], total: 1)
        }
        guard hasHeader else { throw .emptyFile(path) }
    }

    /// The sheet's first `limit` rows with a cell, each with its row number: the header and
    /// what may stand above it (``HeaderChoice``).
    ///
    /// - Throws: as ``forEachInputRecord(path:recordsBeforeHeader:estimate:header:_:)``.
    static func leadingRecords(path: String, limit: Int) throws(InputError) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        do {
            try forEachRecord(path: path) { record in
                records.append((record.line, record.strings))
                return records.count < limit
            }
        } catch {
            throw .invalidData(file: path, errors: [CellError(file: path, line: error.row ?? 1, column: "", value: "",
                                                              message: error.message, concernsFile: true)], total: 1)
        }
        return records
    }
}
