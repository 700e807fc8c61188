import ArgumentParser
import RuralStat

/// `ruralstat validate`: reads and checks the input files and summarises them (SPEC §2, §4.1).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the input files and summarise them: rows, households, years, categories, warnings.",
        discussion: """
        Every rule of the households and workers files is checked; bad rows stop the command \
        (exit 65) unless --on-error skip. Warnings (exit 0) name the line of rows that cannot \
        be or look doubtful: more labour than people or workers than labour, months with no \
        worker or over 12 a worker, more out-of-province or public-welfare workers than workers, \
        a monitoring object without monitored_since or entered after the record's year, a \
        household size that jumps, incomes copied from last year, blank places; and with \
        --workers, every disagreement between the two files that employment reports. The summary covers the whole file (--by and --year \
        are refused). JSON gives the keys rows, households, years, rows_per_year, categories, \
        townships, optional_columns and warnings, then header_line (the line the header was \
        found on: 1 unless a title row stands above it) and empty_rows_skipped (rows whose every \
        cell is empty); CSV gives the warnings (line, column, message).
        """ + "\n" + ExitStatus.summary
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        if common.grouping.dimensions != nil || common.year != nil {
            throw UsageError(
                en: "validate summarises the whole file and takes no --by or --year: use income, employment, guarantees or risk for groups and years",
                zh: "validate 汇总整个文件，不接受 --by 或 --year：分组和分年度请用 income、employment、guarantees 或 risk")
        }
        let format = common.report.format
        let input = try common.loadInput(allowsNoRows: true, next: .checking)
        var summary = ValidationSummary(input.households)
        if let workers = input.workers {
            // The employment command's checks of the two files against each other.
            summary.warnings += EmploymentConsistency.warnings(workers: workers, households: input.households)
                .map(ValidationWarning.init)
        }
        let report = ValidationReport(
            summary, source: input.householdsReport.source,
            workerRows: input.workers?.count, readNotes: input.householdsReport.notes + (input.workersReport?.notes ?? []))
        var document = switch format {
        case .json: report.machineDocument()
        case .csv: report.warningsDocument()
        default: report.readableDocument(language: common.report.lang)
        }
        if format == .json {
            // How the households file was read: the line its header was found on (1 unless a
            // title stood above it) and the records of empty cells skipped.
            document.facts += [("header_line", .integer(input.householdsReport.headerLine)),
                               ("empty_rows_skipped", .integer(input.householdsReport.emptyRows))]
            if let workers = input.workersReport {
                document.facts.append(("worker_empty_rows_skipped", .integer(workers.emptyRows)))
            }
        }
        ProgressLine.shared.begin(.writing)
        try common.report.write(document)
    }
}
