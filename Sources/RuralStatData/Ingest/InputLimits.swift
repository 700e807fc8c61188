import RuralStatText

/// The limits every input file must keep, CSV or workbook; past one the file or the row is
/// refused with a message that names the limit (exit status 65), never read on until memory
/// or time runs out.
///
/// Chosen to sit well above any real monitoring file and far below what could hurt: Excel's
/// own cell and column limits, and amounts no household or county can reach.
public enum InputLimits {
    /// Bytes in one field after unquoting: Excel's 32,767 characters per cell at up to four
    /// UTF-8 bytes each. A longer text cell rejects its row.
    public static let maximumFieldBytes = 131_072
    /// Bytes in one record (one row, quoted line breaks included); a longer record stops the
    /// reading, since its end cannot be told from a runaway quote.
    public static let maximumRecordBytes = 4 << 20
    /// Bytes in the header line.
    public static let maximumHeaderBytes = 65_536
    /// Columns in the header (Excel's 16,384).
    public static let maximumColumns = 16_384
    /// The largest magnitude of a number cell, in yuan or any other unit: 10^15 (a
    /// quadrillion), so that sums over a million rows stay exact to the fen and finite.
    /// Infinities, NaN and larger numbers (`1e309`, 400 digits) are refused.
    public static let maximumMagnitude = 1e15

    /// The error message for a header of `count` columns, more than ``maximumColumns``.
    static func tooManyColumns(_ count: Int) -> LocalizedText {
        LocalizedText(en: "the header has \(count) columns; at most \(maximumColumns) are read",
                      zh: "表头有 \(count) 列，最多读取 \(maximumColumns) 列")
    }
}
