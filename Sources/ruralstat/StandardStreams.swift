#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import RuralStat

/// Writing to standard error and, through one ``OutputTransaction``, to output files, without
/// Foundation: the one file of the command that calls the C library (`write`, `isatty`, `ioctl`).
enum StandardStreams {
    /// Whether to show the progress line (``ProgressLine``): when standard error is a
    /// terminal, unless the environment variable `RURALSTAT_PROGRESS` says `1` (always, for
    /// tests) or `0` (never).
    static var showsProgress: Bool {
        switch getenv("RURALSTAT_PROGRESS").map({ String(cString: $0) }) {
        case "1": true
        case "0": false
        default: isatty(2) == 1
        }
    }

    /// The width in columns that terminal tables on standard output fit: the terminal's
    /// (`ioctl(TIOCGWINSZ)` on standard output), else `COLUMNS` from the environment, else 80
    /// when standard output is a terminal; `nil` for a pipe or a file without `COLUMNS`, whose
    /// tables are then not fitted.
    static var outputWidth: Int? {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = getenv("COLUMNS"), let columns = Int(String(cString: text)), columns > 0 { return columns }
        return isatty(1) == 1 ? 80 : nil
    }

    /// The language of everything written to standard error: `--lang` as the command line
    /// gives it (`--lang zh` or `--lang=zh`, the last one counting; English otherwise).
    ///
    /// Read from the arguments themselves, not from the parsed options, so that an error
    /// found while the options are parsed or checked is in the same language as the rest.
    static let language: Language = language(in: Array(CommandLine.arguments.dropFirst()))

    /// The `--lang` value among `arguments`, up to a `--` that ends the options.
    static func language(in arguments: [String]) -> Language {
        var found = Language.en
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                found = Language(rawValue: arguments[index + 1]) ?? found
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
            index += 1
        }
        return found
    }

    /// Writes `text` and a newline to standard error, after erasing the progress line.
    static func printError(_ text: String) {
        ProgressLine.shared.clear()
        writeError(text + "\n")
    }

    /// Writes `text` to standard error as it is (the progress line draws itself with it).
    static func writeError(_ text: String) {
        writeAll(Array(text.utf8), to: 2)
    }

    /// Writes `text` in the user's ``language`` and a newline to standard error.
    static func printError(_ text: LocalizedText) {
        printError(text.text(language))
    }

    /// Writes `message` in the user's ``language`` and a newline to standard error.
    static func printError(_ message: any LocalizedMessage) {
        printError(message.text(language))
    }

    /// The outputs of this run, put in place together by ``commit()`` when the command ends
    /// well (``OutputTransaction``).
    nonisolated(unsafe) static let outputs = OutputTransaction()

    /// Stages `bytes` for the file at `path`, or for standard output when `path` is `nil`;
    /// nothing is written before ``commit()``.
    ///
    /// - Throws: `ExitCode(73)` (EX_CANTCREAT) after a message when the file cannot be
    ///   written, `ExitCode(64)` when it is one of the input files.
    static func write(_ bytes: [UInt8], to path: String?) throws {
        do {
            try outputs.stage(bytes, to: path)
        } catch {
            throw ExitStatus.failure(error.exitCode, message: ExitStatus.error + error.message)
        }
    }

    /// Refuses, before anything is read, outputs that are input files and two outputs that
    /// are one file (exit status 64, ``OutputTransaction/checkOutputs(_:)``); the inputs stay
    /// registered, so that no output is ever staged over one.
    static func check(_ files: CommandFiles) throws {
        outputs.addInputs(files.inputs.compactMap { $0 })
        do {
            try outputs.checkOutputs(files.outputs.compactMap { output in output.path.map { (output.option, $0) } })
        } catch {
            throw ExitStatus.failure(error.exitCode, message: ExitStatus.error + error.message)
        }
    }

    /// Puts every staged output in place (exit status 73 after a message when one fails).
    static func commit() throws {
        do {
            try outputs.commit()
        } catch {
            throw ExitStatus.failure(error.exitCode, message: ExitStatus.error + error.message)
        }
    }

    /// The corresponding C routine is `write(2)`, retried until every byte is written.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    private static func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, pointer, count)
        #else
        Darwin.write(fd, pointer, count)
        #endif
    }
}
