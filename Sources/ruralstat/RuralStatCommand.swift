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
    /// line as ArgumentParser does, putting its outputs in place only when it succeeds
    /// (``StandardStreams/commit()``; on failure none is written).
    static func main() {
        BLASThreads.parkWorkers()
        do {
            var command = try parseAsRoot(nil)
            try command.run()
            ProgressLine.shared.clear()
            try StandardStreams.commit()
        } catch {
            ProgressLine.shared.clear()
            StandardStreams.outputs.abort()
            exit(withError: error)
        }
    }
}
