import ArgumentParser
import RuralStat

/// The `ruralstat` command: income, risk, employment and forecasting for households lifted
/// out of poverty and households under return-to-poverty monitoring.
@main
struct RuralStatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ruralstat",
        abstract: "Income, risk, employment and forecasts for poverty-alleviated and monitored households.",
        discussion: """
        Without --households every command runs on the bundled sample: the panel of Datasets/sample, \
        regenerated from its seed into ~/.cache/ruralstat on first use (RURALSTAT_SAMPLE_DIR overrides).
        On a terminal a progress line on standard error says what is being done (reading, with \
        the rows read so far, computing, writing) and is erased before results and errors; \
        RURALSTAT_PROGRESS=1 shows it anywhere, RURALSTAT_PROGRESS=0 never.
        Exit status (every command): 0 success; 64 usage error (a bad option, formula or \
        argument), or a missing or unreadable input file; 65 bad input data (rows that break \
        the rules of the households, workers or lines file); 73 an output file could not be written.
        """,
        subcommands: [
            ValidateCommand.self, IncomeCommand.self, EmploymentCommand.self, GuaranteesCommand.self, RegressCommand.self,
            RiskCommand.self,
            TargetsCommand.self, SynthCommand.self, ForecastCommand.self, ReportCommand.self,
        ]
    )

    /// Parks OpenBLAS's idle workers (``BLASThreads/parkWorkers()``), then runs the command
    /// line as ArgumentParser does, its files checked first (``NamesFiles``: no output over an
    /// input, before anything is read), putting its outputs in place only when it succeeds
    /// (``StandardStreams/commit()``; on failure none is written).
    ///
    /// A usage error the command finds while it runs (``UsageError``, `ValidationError`) is
    /// printed with that command's usage, not the root's.
    static func main() {
        HugePages.requestByRestarting()
        BLASThreads.parkWorkers()
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(nil)
        } catch {
            exit(parsing: error)
        }
        do {
            if let command = command as? any NamesFiles { try StandardStreams.check(command.files) }
            try command.run()
            ProgressLine.shared.clear()
            try StandardStreams.commit()
        } catch {
            ProgressLine.shared.clear()
            StandardStreams.outputs.abort()
            switch error {
            case let error as UsageError: exit(usage: error.message.text(StandardStreams.language), for: type(of: command))
            case let error as ValidationError: exit(usage: error.message, for: type(of: command))
            default: exit(withError: error)
            }
        }
    }

    /// Prints `message` with the usage of `command` as ArgumentParser prints a usage error
    /// (`Error:`, `Usage:`, where to find the help), in the user's language, and exits 64.
    static func exit(usage message: String, for command: any ParsableCommand.Type) -> Never {
        let names = Self.names(of: command) ?? [configuration.commandName ?? "ruralstat"]
        let usage = usageString(for: command).split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\n       ")
        let help = names.joined(separator: " ") + " --help"
        StandardStreams.printError(StandardStreams.language == .zh
            ? "错误：\(message)\n用法：\(usage)\n  详见“\(help)”。"
            : "Error: \(message)\nUsage: \(usage)\n  See '\(help)' for more information.")
        exit(withError: ExitStatus.usage)
    }

    /// Exits for an error of parsing the command line as ArgumentParser does; with `--lang zh`
    /// the words ArgumentParser puts around a usage error (`Error:`, `Help:`, `Usage:`, `See
    /// '… --help' for more information.`) are in Chinese, and so are its messages about the
    /// command line (``chineseParseMessage(_:)``); the options' help texts stay in English.
    static func exit(parsing error: any Error) -> Never {
        guard StandardStreams.language == .zh, exitCode(for: error) == .validationFailure else { exit(withError: error) }
        var lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let frame = [("Error: ", "错误："), ("Help:  ", "说明："), ("Usage: ", "用法：")]
        for index in lines.indices {
            if lines[index].hasPrefix("Error: ") {
                lines[index] = "错误：" + chineseParseMessage(String(lines[index].dropFirst("Error: ".count)))
            } else if let (english, chinese) = frame.first(where: { lines[index].hasPrefix($0.0) }) {
                lines[index] = chinese + lines[index].dropFirst(english.count)
            } else if lines[index].hasPrefix("  See '"), lines[index].hasSuffix("' for more information.") {
                lines[index] = "  详见“" + lines[index].dropFirst("  See '".count).dropLast("' for more information.".count) + "”。"
            }
        }
        StandardStreams.printError(lines.joined(separator: "\n"))
        exit(withError: ExitStatus.usage)
    }

    /// ArgumentParser's message about the command line in Chinese, for the messages it gives
    /// (unknown option, missing value, invalid value, missing or unexpected argument); any
    /// other stays as it is.
    static func chineseParseMessage(_ message: String) -> String {
        func quoted(_ text: Substring) -> [String] {
            text.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        }
        let parts = quoted(Substring(message))
        if message.hasPrefix("Unknown option "), let option = parts.first {
            let suggestion = parts.count > 1 ? "。是否要用“\(parts[1])”？" : ""
            return "未知选项“\(option)”" + suggestion
        }
        if message.hasPrefix("Missing value for "), let option = parts.first { return "选项“\(option)”缺少值" }
        if message.hasPrefix("The value "), parts.count >= 2 {
            let choices = message.contains("Please provide one of the following:") ? "，请从下列值中选择：" : ""
            return "“\(parts[0])”不是“\(parts[1])”的有效值" + choices
        }
        if message.hasPrefix("Missing expected argument "), let argument = parts.first { return "缺少参数“\(argument)”" }
        if message.hasPrefix("Unexpected argument "), let argument = parts.first { return "多余的参数“\(argument)”" }
        return message
    }

    /// The command names from the root to `command` (`["ruralstat", "targets", "check"]`).
    private static func names(of command: any ParsableCommand.Type,
                              under parent: any ParsableCommand.Type = RuralStatCommand.self) -> [String]? {
        let name = parent._commandName
        if parent == command { return [name] }
        for child in parent.configuration.subcommands {
            if let path = names(of: command, under: child) { return [name] + path }
        }
        return nil
    }
}
