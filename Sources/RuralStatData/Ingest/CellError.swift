import RuralStatText

/// One bad value in an input file: where it is, what it is, and what is wrong with it.
///
/// Problems with the file as a whole (a missing required column, an unterminated quote, bytes
/// that are not text in the file's encoding) are reported the same way, with the line where
/// they were found and, when no single column is at fault, an empty ``column``.
public struct CellError: Error, Equatable, Sendable, LocalizedMessage {
    /// The file, as given on the command line.
    public var file: String
    /// The 1-based line on which the record starts (1 is the header).
    public var line: Int
    /// The column's name as written in the file's header (or the SPEC name when missing).
    public var column: String
    /// The offending cell text.
    public var value: String
    /// What is wrong, e.g. `must be at least 1` (`必须不小于1`).
    public var message: LocalizedText
    /// Whether the problem is the file's, not a row's (the header, the encoding, the format):
    /// leaving rows out with `--on-error skip` cannot help, so no such hint is given.
    public var concernsFile: Bool

    /// Creates an error report for one cell (or, with `concernsFile`, for the whole file).
    public init(file: String, line: Int, column: String, value: String, message: LocalizedText, concernsFile: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.message = message
        self.concernsFile = concernsFile
    }

    /// A problem of the whole file found at `line`, with no single column at fault.
    static func file(_ file: String, line: Int, _ message: LocalizedText) -> CellError {
        CellError(file: file, line: line, column: "", value: "", message: message, concernsFile: true)
    }

    /// `column 'c': value 'v': message` (`列“c”：值“v”：message`), leaving out the column
    /// when there is none.
    public func reason(_ language: Language) -> String {
        guard !column.isEmpty else { return message.text(language) }
        switch language {
        case .en: return "column '\(column)': value '\(value)': \(message.en)"
        case .zh: return "列“\(column)”：值“\(value)”：\(message.zh)"
        }
    }

    /// `file:line: column 'c': value 'v': message`, in `language`.
    public func text(_ language: Language) -> String {
        "\(file):\(line): \(reason(language))"
    }
}
