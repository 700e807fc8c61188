/// The limits a workbook must keep (SpreadsheetML and Excel's own, and what a sane workbook
/// needs); a workbook past one is refused as bad data (exit status 65).
public enum XLSXLimits {
    /// Excel's rows per sheet.
    public static let maximumRows = 1_048_576
    /// Excel's columns per sheet (A to XFD).
    public static let maximumColumns = 16_384
    /// Bytes of text in one cell: Excel's 32,767 characters at up to four UTF-8 bytes each.
    public static let maximumCellBytes = InputLimits.maximumFieldBytes
    /// Entries in the zip archive.
    public static let maximumEntries = 10_000
    /// Inflated bytes of the worksheet (Excel's full sheet of short numbers fits).
    public static let maximumSheetBytes = 4 << 30
    /// Inflated bytes of any other part read (the shared strings are held in memory).
    public static let maximumPartBytes = 512 << 20
    /// How many times its compressed size a part may inflate to; real sheets inflate 5 to
    /// 30 times, a zip bomb a thousand.
    public static let maximumRatio = 200
    /// Parts up to this size are not held to the ratio (tiny parts compress oddly).
    public static let ratioFloorBytes = 8 << 20
}
