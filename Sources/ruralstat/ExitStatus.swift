import ArgumentParser

/// The exit statuses of every command (sysexits.h), documented in `ruralstat --help`:
/// 0 success, 64 usage error or unreadable input, 65 bad input data, 73 output not written.
///
/// Option values ArgumentParser rejects, and `ValidationError`s, exit 64 by ArgumentParser's
/// own rule; everything else goes through ``failure(_:message:)``.
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

    /// The status for a library error's exit code, after printing `message` to standard error.
    static func failure(_ code: Int32, message: String) -> ExitCode {
        StandardStreams.printError(message)
        return ExitCode(code)
    }
}
