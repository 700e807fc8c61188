import RuralStatText

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
        /// Why it was rejected, one message per bad cell (`column 'year': value '19': …`), in
        /// English.
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
    public var notes: [LocalizedText]
    /// Records whose every cell is empty (`,,,,,,` as Excel writes for touched cells; a sheet
    /// row of empty cells), skipped and not counted in ``rows``. Blank lines, and sheet rows
    /// with no cell at all, are not records and are not counted here either.
    public var emptyRows: Int = 0
    /// The line (sheet row) of the header: 1, unless rows above it looked like a title and
    /// the header was found below them (``TableReader`` looks in the first 10 records).
    public var headerLine: Int = 1
    /// Whether the file started with a UTF-8 byte-order mark (as Excel's "CSV UTF-8" does).
    public var hadByteOrderMark = false

    /// Whether the file looks like an Excel export on Chinese Windows: a byte-order mark, or
    /// GB18030 (``RuralStatReport``'s `--bom auto` marks CSV outputs then).
    public var looksFromExcel: Bool { hadByteOrderMark || encoding == .gb18030 }

    /// Data rows read: accepted + rejected.
    public var rows: Int { accepted + rejected.count }

    /// `read N rows: A accepted, R rejected`, then `; E empty rows skipped` when there were any.
    public var summary: String { summary(.en) }

    /// ``summary`` in `language` (`读取 N 行：接受 A 行，拒绝 R 行`).
    public func summary(_ language: Language) -> String {
        switch language {
        case .en:
            let empty = emptyRows == 0 ? "" : "; \(emptyRows) empty row\(emptyRows == 1 ? "" : "s") skipped"
            return "read \(rows) rows: \(accepted) accepted, \(rejected.count) rejected" + empty
        case .zh:
            let empty = emptyRows == 0 ? "" : "；跳过空行 \(emptyRows) 行"
            return "读取 \(rows) 行：接受 \(accepted) 行，拒绝 \(rejected.count) 行" + empty
        }
    }
}
