import RuralStatText

/// The rejects file of `--on-error skip` (SPEC §2.3).
extension ReadReport {
    /// The rejected rows as CSV (UTF-8): a `line` column, the file's own header and fields,
    /// and a `reason` column (several reasons joined by `; `).
    ///
    /// Once the rows are corrected the file can be read back as it is: `line` and `reason`
    /// are not columns of the schema, so they are ignored with a note.
    public func rejectsCSV() -> [UInt8] {
        var writer = CSVWriter()
        writer.writeRow(["line"] + header + ["reason"])
        for row in rejected {
            let fields = row.fields.count == header.count
                ? row.fields
                : Array((row.fields + Array(repeating: "", count: max(0, header.count - row.fields.count))).prefix(header.count))
            writer.writeRow([String(row.line)] + fields + [row.reasons.joined(separator: "; ")])
        }
        return writer.bytes
    }
}
