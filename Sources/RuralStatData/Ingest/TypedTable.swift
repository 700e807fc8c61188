import RuralStatCore

/// The accepted rows of a table file, one typed column per schema column the file has
/// (``TableFile/read(path:schema:options:)``).
public struct TypedTable: Sendable {
    /// The file, as given.
    public let source: String
    /// The schema it was read by.
    public let schema: [ColumnSpec]
    /// The columns by schema position; `nil` where the file lacks the column.
    public let columns: [ColumnData?]
    /// The 1-based line on which each accepted row starts (a workbook's sheet row).
    public let line: [Int32]

    /// The number of accepted rows.
    public var rowCount: Int { line.count }

    /// The column of the schema column named `name`, or `nil` when the file lacks it.
    ///
    /// - Precondition: the schema has a column named `name`.
    public func column(_ name: String) -> ColumnData? {
        guard let index = schema.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("no column \(name) in the schema")
        }
        return columns[index]
    }
}
