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
        Without --households every command runs on the bundled sample (Datasets/sample).
        Exit status: 0 success, 64 usage error or unreadable file, 65 bad input data.
        """,
        subcommands: [
            ValidateCommand.self, IncomeCommand.self, EmploymentCommand.self, RegressCommand.self,
            RiskCommand.self, TargetsCommand.self, SynthCommand.self,
        ]
    )

    /// Parks OpenBLAS's idle workers (``BLASThreads/parkWorkers()``), then runs the command
    /// line as ArgumentParser does.
    static func main() {
        BLASThreads.parkWorkers()
        main(nil)
    }
}
