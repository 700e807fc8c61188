/// When CSV files are written with a UTF-8 byte-order mark (`--bom`), which Excel on Chinese
/// Windows needs to show UTF-8 text rather than garbage.
///
/// ``auto`` (the default) marks CSV files — the output and the rejects file — when the input
/// looked like it came from Excel: it had a byte-order mark or was GB18030. Standard output is
/// never marked under ``auto``, so `--format csv` piped to another program gets plain UTF-8,
/// the same bytes for the same input. ``always`` marks every CSV, standard output included;
/// ``never`` marks none.
public enum ByteOrderMarkPolicy: String, CaseIterable, Sendable {
    /// A mark on CSV files when the input had one or was GB18030; never on standard output.
    case auto
    /// A mark on every CSV output, files and standard output.
    case always
    /// No mark.
    case never

    /// The UTF-8 byte-order mark, EF BB BF.
    public static let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether CSV `bytes` going to a file (`toFile`) or to standard output get the mark, given
    /// whether the input had a mark or was GB18030.
    public func marks(toFile: Bool, inputFromExcel: Bool) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: toFile && inputFromExcel
        }
    }

    /// `csv` with the mark in front when ``marks(toFile:inputFromExcel:)`` says so.
    public func apply(to csv: [UInt8], toFile: Bool, inputFromExcel: Bool) -> [UInt8] {
        marks(toFile: toFile, inputFromExcel: inputFromExcel) ? Self.mark + csv : csv
    }
}
