import ArgumentParser
import RuralStat

/// `ruralstat validate`: reads and checks the input files and summarises them (SPEC §2, §4.1).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the input files and summarise them: rows, households, years, categories, warnings.",
        discussion: """
        Every rule of the households and workers files is checked; bad rows stop the command \
        (exit 65) unless --on-error skip. The summary covers the whole file (--by and --year \
        are not used). JSON gives the keys rows, households, years, rows_per_year, categories, \
        townships, optional_columns and warnings; CSV gives the warnings (line, column, message).
        """ + "\n" + ExitStatus.summary
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let format = common.report.format
        let input = try common.loadInput()
        let report = ValidationReport(
            ValidationSummary(input.households), source: input.householdsReport.source,
            workerRows: input.workers?.count, readNotes: input.householdsReport.notes + (input.workersReport?.notes ?? []))
        let document = switch format {
        case .json: report.machineDocument()
        case .csv: report.warningsDocument()
        default: report.readableDocument()
        }
        try common.report.write(document)
    }
}
