import RuralStatCore
import RuralStatText

/// Which of a file's first records is its header, and, when none is, what is likely wrong.
///
/// The first record is the header when it names every required column. Otherwise a later one
/// of the first ``searchedRecords`` that does is taken (the rows above it are a title, such as
/// `青山县2024年脱贫户收入监测台账`, and are skipped with a note). When none does, the error
/// keeps the missing-column lines and adds the header that was found and the likely cause:
/// the header is one column joined by TAB or `;` (not a comma-separated file), the file is
/// UTF-16, or its bytes are not text in the encoding it was read in.
struct HeaderChoice {
    /// How many leading records may hold the header.
    static let searchedRecords = 10

    /// The index of the header among the records.
    let index: Int
    /// The header's fields.
    let header: [String]
    /// The note saying which line was used, when it is not the first record.
    let note: LocalizedText?

    /// Chooses the header among `records` (each with its line) for `schema`.
    ///
    /// - Parameters:
    ///   - rawStart: the file's first bytes as they are on disk (for the encoding diagnosis).
    ///   - encoding: the encoding they were read in.
    /// - Throws: the first record's header errors, with the diagnosis lines, when no record
    ///   names every required column.
    init(
        records: [(line: Int, fields: [String])], schema: [ColumnSpec], file: String,
        encoding: TextEncoding, rawStart: [UInt8]
    ) throws(InputError) {
        let first: InputError
        do {
            _ = try HeaderMap(header: records[0].fields, schema: schema, file: file)
            (index, header, note) = (0, records[0].fields, nil)
            return
        } catch {
            first = error
        }
        for candidate in records.indices.dropFirst().prefix(Self.searchedRecords - 1)
        where (try? HeaderMap(header: records[candidate].fields, schema: schema, file: file)) != nil {
            let line = records[candidate].line
            let above = line == 2 ? "line 1 above it looks like a title and was skipped"
                : "lines 1–\(line - 1) above it look like a title and were skipped"
            let aboveZH = line == 2 ? "上方第1行像是标题，已跳过" : "上方第1–\(line - 1)行像是标题，已跳过"
            (index, header) = (candidate, records[candidate].fields)
            note = LocalizedText(en: "the header is on line \(line); \(above)", zh: "表头在第\(line)行；\(aboveZH)")
            return
        }
        guard case .invalidData(_, var errors, _) = first else { throw first }
        let shown = records[0].fields.map { "'\($0)'" }.joined(separator: ", ")
        let shownZH = records[0].fields.map { "“\($0)”" }.joined(separator: "、")
        errors.append(.file(file, line: records[0].line, LocalizedText(
            en: "the header found is: \(shown)", zh: "读到的表头是：\(shownZH)")))
        if let cause = Self.cause(records[0].fields, schema: schema, encoding: encoding, rawStart: rawStart) {
            errors.append(.file(file, line: records[0].line, cause))
        }
        throw .invalidData(file: file, errors: errors, total: errors.count)
    }

    /// The likely reason a header names no required column, or `nil` when there is no telling.
    static func cause(_ header: [String], schema: [ColumnSpec], encoding: TextEncoding, rawStart: [UInt8]) -> LocalizedText? {
        for (separator, name, nameZH) in [("\t", "TAB", "制表符"), (";", "';'", "分号“;”")]
        where header.contains(where: { $0.contains(separator) }) {
            let parts = header.flatMap { $0.split(separator: Character(separator)).map(String.init) }
            if parts.contains(where: { part in schema.contains { $0.matches(header: part) } }) {
                return LocalizedText(
                    en: "the header looks like one column joined by \(name); the file is not comma-separated: "
                        + "save it from Excel as \"CSV UTF-8 (逗号分隔)(*.csv)\"",
                    zh: "表头像是用\(nameZH)连成的一列，文件不是逗号分隔的：请在 Excel 中另存为“CSV UTF-8 (逗号分隔)(*.csv)”")
            }
        }
        let bytes = rawStart.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(rawStart.dropFirst(3)) : rawStart
        let line = bytes.prefix(while: { $0 != 0x0A })
        let isValidUTF8 = String(validating: line, as: UTF8.self) != nil
        let hasHighBytes = line.contains { $0 >= 0x80 }
        switch encoding {
        case .utf8 where hasHighBytes && !isValidUTF8:
            return LocalizedText(en: "the header is not valid UTF-8; try --encoding gb18030",
                                 zh: "表头不是有效的 UTF-8 编码；请试用 --encoding gb18030")
        case .gb18030 where hasHighBytes && isValidUTF8:
            return TextEncoding.validUTF8ReadAsGB18030
        default:
            return nil
        }
    }

    /// The error for a file that looks like UTF-16.
    static func utf16(_ file: String) -> InputError {
        .invalidData(file: file, errors: [.file(file, line: 1, LocalizedText(
            en: "looks like UTF-16 ('Unicode text' from Excel), which is not read; save it as \"CSV UTF-8 (逗号分隔)(*.csv)\" "
                + "or as an Excel workbook (.xlsx)",
            zh: "像是 UTF-16 编码（Excel 的“Unicode 文本”），无法读取；请另存为“CSV UTF-8 (逗号分隔)(*.csv)”或 Excel 工作簿（.xlsx）"))],
            total: 1)
    }
}
