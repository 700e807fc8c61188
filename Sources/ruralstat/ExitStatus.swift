import ArgumentParser
import RuralStat

/// The exit statuses of every command (sysexits.h), documented in `ruralstat --help`:
/// 0 success, 64 usage error or unreadable input, 65 bad input data, 73 output not written.
///
/// Option values ArgumentParser rejects, and `ValidationError`s, exit 64 by ArgumentParser's
/// own rule; ``UsageError``s of a command's own checks exit 64 with that command's usage
/// (``RuralStatCommand/exit(usage:for:)``); everything else goes through
/// ``failure(_:message:)``. Every message is in the language of `--lang`
/// (``StandardStreams/language``).
enum ExitStatus {
    /// EX_USAGE: a bad option or formula, a missing or unreadable input file.
    static let usage = ExitCode(64)
    /// EX_DATAERR: an input file holds bad data.
    static let dataError = ExitCode(65)
    /// EX_CANTCREAT: an output file could not be written.
    static let cannotWrite = ExitCode(73)

    /// The line every command's `--help` ends with.
    static let summary = "Exit status: 0 success, 64 usage error or unreadable input, 65 bad input data, "
        + "73 an output file could not be written."

    /// The word before an error message: `error: ` (`错误：`).
    static let error = LocalizedText(en: "error: ", zh: "错误：")
    /// The word before a hint: `hint: ` (`提示：`).
    static let hint = LocalizedText(en: "hint: ", zh: "提示：")

    /// The status for a library error's exit code, after printing `message` to standard error.
    static func failure(_ code: Int32, message: LocalizedText) -> ExitCode {
        StandardStreams.printError(message)
        return ExitCode(code)
    }

    /// The status `code`, after printing `error: ` and what `error` says.
    static func failure(_ code: Int32, error: any Error) -> ExitCode {
        failure(code, message: Self.error + LocalizedText(describing: error))
    }
}

/// A usage error found by a command's own checks of its options (exit status 64), in both
/// languages; printed with the command's usage line.
struct UsageError: Error {
    /// What is wrong and what to do instead.
    let message: LocalizedText

    /// A usage error saying `message`.
    init(_ message: LocalizedText) {
        self.message = message
    }

    /// A usage error saying `en` (`zh` in Chinese).
    init(en: String, zh: String) {
        message = LocalizedText(en: en, zh: zh)
    }

    /// A usage error saying what a library error says (a bad `--by`, formula or setting).
    init(_ error: any Error) {
        message = LocalizedText(describing: error)
    }

    /// A `--year` the data does not have, listing the years it has.
    static func noRecords(in year: Int, years: [Int]) -> UsageError {
        let list = years.map(String.init)
        return UsageError(en: "no records in \(year); the data has \(list.joined(separator: ", "))",
                          zh: "\(year)年没有记录；数据中的年份有 \(list.joined(separator: "、"))")
    }

    /// The error ArgumentParser reports while it parses and checks options (a
    /// `ParsableArguments.validate()`), with the message in the user's language.
    var validationError: ValidationError {
        ValidationError(message.text(StandardStreams.language))
    }
}
