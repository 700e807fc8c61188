import RuralStatCore

/// The columns read by ``TableReader``, taken out one by one by their SPEC name.
///
/// Taking a column moves it out, so building a panel does not copy the arrays.
struct NamedColumns {
    private let schema: [ColumnSpec]
    private var columns: [ColumnData?]

    init(schema: [ColumnSpec], columns: [ColumnData?]) {
        self.schema = schema
        self.columns = columns
    }

    /// Removes and returns the column named `name`, or `nil` when the file lacks it.
    mutating func take(_ name: String) -> ColumnData? {
        guard let index = schema.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("no column \(name) in the schema")
        }
        defer { columns[index] = nil }
        return columns[index]
    }
}
