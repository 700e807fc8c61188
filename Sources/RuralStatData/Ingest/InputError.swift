import RuralStatText

/// Why an input file could not be read into a panel.
///
/// The two cases map to the exit statuses of SPEC §2.3: ``unreadable(file:reason:)`` is a
/// usage problem (status 64), ``invalidData(file:errors:total:)`` is bad data (status 65).
public enum InputError: Error, Sendable, LocalizedMessage {
    /// The file does not exist or cannot be read (`reason` is the system's message).
    case unreadable(file: String, reason: LocalizedText)
    /// The file was read but holds bad data: the first `errors` (up to the
    /// ``ReadOptions/errorLimit``) and the `total` number found.
    case invalidData(file: String, errors: [CellError], total: Int)

    /// The error for a file with no header line: empty, or only blank lines.
    static func emptyFile(_ file: String) -> InputError {
        .invalidData(file: file, errors: [.file(file, line: 1, LocalizedText(
            en: "the file is empty: no header line", zh: "文件为空：没有表头行"))], total: 1)
    }

    /// Whether every error is the file's (``CellError/concernsFile``): the header, the
    /// encoding or the format, which no `--on-error skip` can help.
    public var concernsFile: Bool {
        switch self {
        case .unreadable: true
        case .invalidData(_, let errors, _): !errors.isEmpty && errors.allSatisfy(\.concernsFile)
        }
    }

    /// The process exit status for this error: 64 (EX_USAGE) or 65 (EX_DATAERR).
    public var exitCode: Int32 {
        switch self {
        case .unreadable: 64
        case .invalidData: 65
        }
    }

    /// One line per error in `language`; when some were left out, a last line saying how many.
    public func text(_ language: Language) -> String {
        switch self {
        case .unreadable(let file, let reason):
            return language == .zh ? "无法读取 \(file)：\(reason.zh)" : "cannot read \(file): \(reason.en)"
        case .invalidData(let file, let errors, let total):
            var lines = errors.map { $0.text(language) }
            if total > errors.count {
                lines.append(language == .zh ? "\(file)：另有 \(total - errors.count) 个错误（共 \(total) 个）"
                    : "\(file): \(total - errors.count) more errors (\(total) in all)")
            }
            return lines.joined(separator: "\n")
        }
    }
}
