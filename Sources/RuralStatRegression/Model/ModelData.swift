import RuralStatCore
import RuralStatText

/// The table a model is fitted on: named columns of equal length, each numeric (`Double`,
/// NaN for missing) or text (dictionary-encoded, `nil` for missing).
///
/// This is the only input the regression needs, so a CSV file, a panel or a program's own
/// arrays become a model by naming their columns. Optional line numbers let errors point
/// at the input file's line rather than at a row index.
public struct ModelData: Sendable {
    /// A column's values.
    public enum Column: Sendable {
        /// Numbers; NaN marks a missing cell.
        case numeric([Double])
        /// Text; missing cells have the code ``TextColumn/missing``.
        case text(TextColumn)

        /// A text column from plain values, `nil` meaning missing.
        public static func text(_ values: [String?]) -> Column { .text(TextColumn(values)) }

        /// The number of rows.
        public var count: Int {
            switch self {
            case .numeric(let values): values.count
            case .text(let column): column.count
            }
        }
    }

    /// The column names, in order.
    public let names: [String]
    /// The columns, in the order of ``names``.
    public let columns: [Column]
    /// The number of rows.
    public let rowCount: Int
    /// For each row, the line of the input file it came from (for error messages), or `nil`.
    public let lineNumbers: [Int]?

    /// A table of the given columns.
    ///
    /// - Precondition: the columns have equal lengths, names are unique, and `lineNumbers`
    ///   (if any) has one entry per row.
    public init(_ columns: [(name: String, column: Column)], lineNumbers: [Int]? = nil) {
        let count = columns.first?.column.count ?? 0
        precondition(columns.allSatisfy { $0.column.count == count }, "columns must have equal lengths")
        precondition(Set(columns.map(\.name)).count == columns.count, "column names must be unique")
        precondition(lineNumbers.map { $0.count == count } ?? true, "one line number per row")
        names = columns.map(\.name)
        self.columns = columns.map(\.column)
        rowCount = count
        self.lineNumbers = lineNumbers
    }

    /// The column named `name`: an exact match first, else the only case-insensitive one.
    public func column(named name: String) -> Column? {
        if let index = names.firstIndex(of: name) { return columns[index] }
        let matches = names.indices.filter { names[$0].lowercased() == name.lowercased() }
        return matches.count == 1 ? columns[matches[0]] : nil
    }

    /// How a row is called in messages: `line 17` (`第17行`) with line numbers, else `row 17`
    /// (`第17条记录`), 1-based.
    func rowName(_ row: Int) -> LocalizedText {
        Self.rowName(row, lineNumbers)
    }

    /// `line N` for `row` of `lineNumbers`, else `row N` (1-based), in both languages.
    static func rowName(_ row: Int, _ lineNumbers: [Int]?) -> LocalizedText {
        if let lineNumbers { return LocalizedText(en: "line \(lineNumbers[row])", zh: "第\(lineNumbers[row])行") }
        return LocalizedText(en: "row \(row + 1)", zh: "第\(row + 1)条记录")
    }
}
