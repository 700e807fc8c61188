import RuralStatCore
import RuralStatText

/// Which field of a file's records holds which column of a ``FileSchema``.
///
/// Headers are matched by ``ColumnSpec/matches(header:)``: the English name in any case, or
/// a Chinese alias, after trimming spaces; columns may come in any order. Unknown columns are
/// ignored with a note.
struct HeaderMap {
    /// For each schema column, the field that holds it, or `nil` when the file lacks it.
    let fieldOfColumn: [Int?]
    /// The header fields as written.
    let header: [String]
    /// Notes about ignored columns.
    let notes: [LocalizedText]

    /// Matches `header` against `schema`.
    ///
    /// - Throws: the list of problems: a required column missing, or two fields naming the same
    ///   column.
    init(header: [String], schema: [ColumnSpec], file: String) throws(InputError) {
        var fieldOfColumn = [Int?](repeating: nil, count: schema.count)
        var notes: [LocalizedText] = []
        var errors: [CellError] = []
        for (field, name) in header.enumerated() {
            guard let column = schema.firstIndex(where: { $0.matches(header: name) }) else {
                notes.append(name.trimmingSpaces().isEmpty
                    ? LocalizedText(en: "column \(field + 1) has no name and was ignored", zh: "第\(field + 1)列没有列名，已忽略")
                    : LocalizedText(en: "column '\(name)' is not used and was ignored", zh: "列“\(name)”未使用，已忽略"))
                continue
            }
            if let first = fieldOfColumn[column] {
                errors.append(CellError(file: file, line: 1, column: name, value: "",
                                        message: LocalizedText(
                                            en: "names the same column as '\(header[first])' (\(schema[column].name))",
                                            zh: "与列“\(header[first])”指同一列（\(schema[column].name)）"),
                                        concernsFile: true))
            } else {
                fieldOfColumn[column] = field
            }
        }
        for (column, spec) in schema.enumerated() where spec.isRequired && fieldOfColumn[column] == nil {
            let names = [spec.name] + spec.aliases
            errors.append(CellError(file: file, line: 1, column: spec.name, value: "",
                                    message: LocalizedText(
                                        en: "required column is missing (header one of: \(names.joined(separator: ", ")))",
                                        zh: "缺少必需的列（表头可用：\(names.joined(separator: "、"))）"),
                                    concernsFile: true))
        }
        guard errors.isEmpty else { throw .invalidData(file: file, errors: errors, total: errors.count) }
        self.fieldOfColumn = fieldOfColumn
        self.header = header
        self.notes = notes
    }
}
