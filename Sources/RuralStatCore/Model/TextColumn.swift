/// A dictionary-encoded text column: one `UInt32` code per row into a table of distinct values.
///
/// Codes are assigned in order of first appearance, so the same file always gives the same
/// codes. A missing cell has the code ``missing``.
public struct TextColumn: Sendable, Equatable {
    /// The code of a missing cell.
    public static let missing: UInt32 = .max

    /// One code per row.
    public var codes: [UInt32]
    /// The distinct values; `dictionary[Int(code)]` is a row's text.
    public var dictionary: [String]

    /// Creates a column from codes and their dictionary.
    public init(codes: [UInt32] = [], dictionary: [String] = []) {
        self.codes = codes
        self.dictionary = dictionary
    }

    /// Encodes a list of values, `nil` meaning missing.
    public init(_ values: [String?]) {
        var index: [String: UInt32] = [:]
        var dictionary: [String] = []
        codes = values.map { value in
            guard let value else { return Self.missing }
            if let code = index[value] { return code }
            let code = UInt32(dictionary.count)
            index[value] = code
            dictionary.append(value)
            return code
        }
        self.dictionary = dictionary
    }

    /// The number of rows.
    public var count: Int { codes.count }

    /// The text of a row, or `nil` when missing.
    public subscript(row: Int) -> String? {
        let code = codes[row]
        return code == Self.missing ? nil : dictionary[Int(code)]
    }
}

/// Sentinels for missing cells in the numeric columns of the panels.
///
/// Numbers (`Double`) use NaN; integers (`Int32`) use ``integer``; booleans and codes stored as
/// `UInt8` use ``code``. Using sentinels keeps each column one contiguous array of scalars.
public enum Missing {
    /// A missing integer cell.
    public static let integer: Int32 = .min
    /// A missing boolean or code cell.
    public static let code: UInt8 = .max
}
