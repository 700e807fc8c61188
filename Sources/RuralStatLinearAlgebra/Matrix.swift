/// A dense matrix of `Double`s stored column by column (column-major, the layout LAPACK uses).
///
/// Element (i, j) lives at `elements[i + j * rows]`, so each column is one contiguous run of
/// `rows` values and the leading dimension LAPACK needs is `rows`.
public struct Matrix: Sendable, Equatable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The elements, column-major: `rows * columns` values.
    public internal(set) var elements: [Double]

    /// A matrix of zeros.
    ///
    /// - Precondition: `rows` and `columns` are not negative.
    public init(rows: Int, columns: Int) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: 0, count: rows * columns)
    }

    /// A matrix over column-major `elements`.
    ///
    /// - Precondition: `elements.count == rows * columns`.
    public init(rows: Int, columns: Int, columnMajor elements: [Double]) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        precondition(elements.count == rows * columns, "expected \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix whose columns are the given arrays, all of the same length.
    ///
    /// - Precondition: every column has `rows` elements.
    public init(rows: Int, columns: [[Double]]) {
        precondition(columns.allSatisfy { $0.count == rows }, "every column must have \(rows) rows")
        self.init(rows: rows, columns: columns.count, columnMajor: Array(columns.joined()))
    }

    /// The element in row `row` and column `column` (both 0-based).
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "index out of range")
            return elements[row + column * rows]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "index out of range")
            elements[row + column * rows] = newValue
        }
    }

    /// Column `column` as an array (a copy).
    public func column(_ column: Int) -> [Double] {
        precondition(column >= 0 && column < columns, "column out of range")
        return Array(elements[(column * rows)..<((column + 1) * rows)])
    }

    /// Calls `body` with the elements of column `column` in place, without copying.
    public func withColumn<Result>(
        _ column: Int, _ body: (UnsafeBufferPointer<Double>) throws -> Result
    ) rethrows -> Result {
        precondition(column >= 0 && column < columns, "column out of range")
        return try elements.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[(column * rows)..<((column + 1) * rows)]))
        }
    }

    /// The transpose.
    ///
    /// - Complexity: O(rows × columns).
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { result.elements[j + i * columns] = elements[i + j * rows] }
        }
        return result
    }

    /// Calls `body` with the column-major elements in place, for tight loops without index
    /// checks. The buffer's size must not change.
    public mutating func withUnsafeMutableElements<Result>(
        _ body: (UnsafeMutableBufferPointer<Double>) throws -> Result
    ) rethrows -> Result {
        try elements.withUnsafeMutableBufferPointer { try body($0) }
    }
}
