/// What happened while reading a file: how many rows, which were rejected and why.
///
/// ``rows`` is always ``accepted`` + `rejected.count` (SPEC §2.3: no row disappears silently).
public struct ReadReport: Sendable {
    /// A row left out under ``ReadOptions/ErrorPolicy/skip``.
    public struct RejectedRow: Sendable, Equatable {
        /// The 1-based line on which the row starts.
        public var line: Int
        /// The row's fields as they were in the file.
        public var fields: [String]
        /// Why it was rejected, one message per bad cell (`column 'year': value '19': …`).
        public var reasons: [String]
    }

    /// The file, as given.
    public var source: String
    /// The encoding the file was read in.
    public var encoding: TextEncoding
    /// The header fields as written in the file.
    public var header: [String]
    /// Rows kept in the panel.
    public var accepted: Int
    /// Rows left out, in file order.
    public var rejected: RejectedRows
    /// Remarks that are not errors, e.g. `column 'remark' is not used and was ignored`.
    public var notes: [String]

    /// Data rows read: accepted + rejected.
    public var rows: Int { accepted + rejected.count }

    /// `read N rows: A accepted, R rejected`.
    public var summary: String {
        "read \(rows) rows: \(accepted) accepted, \(rejected.count) rejected"
    }
}
