import ArgumentParser
import RuralStat

/// The input files of a command, read and checked.
struct LoadedInput {
    /// The households panel.
    var households: HouseholdPanel
    /// What reading the households file found.
    var householdsReport: ReadReport
    /// The workers panel, when a workers file was read.
    var workers: WorkerPanel?
    /// What reading the workers file found.
    var workersReport: ReadReport?
}

/// Loading the input files every command shares (SPEC §2, §2.3, §4).
///
/// - Without `--households` the bundled sample is read (``BundledSample``: regenerated into a
///   cache folder, or `RURALSTAT_SAMPLE_DIR`), with its workers file unless `--workers` names one.
/// - `--on-error skip` writes the rejected rows to `--rejects`; by default `<output>.rejects.csv`
///   next to `--output`, else `rejects.csv` in the current directory. Rejected workers go to
///   the same name with `.workers` before `.csv`.
/// - `read N rows: A accepted, R rejected` goes to standard error for each file.
/// - Errors are printed as `file:line: column 'c': value 'v': message`; the process exits 64
///   for a missing or unreadable file or a bad option value, 65 for bad data.
extension CommonOptions {
    /// The bundled sample's folder (``BundledSample/directory()``).
    ///
    /// - Throws: `ExitCode(73)` after a message when the sample cannot be written to the cache.
    static func sampleDirectory() throws -> String {
        do { return try BundledSample.directory() } catch {
            throw ExitStatus.failure(ExitStatus.cannotWrite.rawValue, message: LocalizedText(
                en: "ruralstat: bundled sample: \(error)", zh: "ruralstat：内置样例数据：\(error)"))
        }
    }

    /// `--encoding` and `--on-error` as read options.
    ///
    /// - Throws: `ValidationError` (exit 64) for a value that is not one of the choices, and for
    ///   `--rejects` without `--on-error skip`, which would write nothing.
    func readOptions() throws -> ReadOptions {
        if rejects != nil, onError != .skip {
            throw UsageError(
                en: "--rejects is used only with --on-error skip (otherwise bad rows stop the command): add --on-error skip, or drop --rejects",
                zh: "--rejects 只与 --on-error skip 一起使用（否则有问题的行会使命令停止）：请加上 --on-error skip，或去掉 --rejects")
        }
        var options = ReadOptions()
        options.encoding = input.encoding
        options.onError = onError
        return options
    }

    /// Where rejected rows go: `--rejects`, else `<output>.rejects.csv`, else `rejects.csv`.
    var rejectsPath: String { Self.rejectsPath(rejects, output: report.output) }

    /// `rejects`, else `<output>.rejects.csv`, else `rejects.csv`.
    static func rejectsPath(_ rejects: String?, output: String?) -> String {
        rejects ?? output.map { "\($0).rejects.csv" } ?? "rejects.csv"
    }

    /// Reads the households file and, when given (or with the sample), the workers file.
    ///
    /// - Parameters:
    ///   - needsWorkers: whether the command uses workers; if not, the sample's workers file is
    ///     not read (an explicit `--workers` always is).
    ///   - allowsNoRows: whether a households file without data rows is fine (`validate`
    ///     reports 0 rows); for an analysis it is an error, exit 65.
    ///   - householdColumns: the households columns the command reads, `nil` for every one;
    ///     the others are checked but not stored (``HouseholdFile/read(path:options:columns:)``).
    ///   - workerColumns: likewise the workers file's optional columns, by name.
    ///   - next: the stage the progress line shows once the files are read.
    /// - Throws: `ExitCode(64)` or `ExitCode(65)` after printing the errors, or
    ///   `ValidationError` for a bad option value.
    func loadInput(
        needsWorkers: Bool = true, allowsNoRows: Bool = false, householdColumns: Set<HouseholdColumn>? = nil,
        workerColumns: Set<String>? = nil, next: ProgressLine.Stage = .analysing
    ) throws -> LoadedInput {
        var options = try readOptions()
        ProgressLine.shared.use(report.lang)
        let usesSample = households == nil
        let householdsPath = try households ?? Self.sampleDirectory() + "/households.csv"
        options.progress = ProgressLine.shared.reading(householdsPath)
        let (panel, report) = try Self.load(path: householdsPath, options: options) { path, options throws(InputError) in
            try HouseholdFile.read(path: path, options: options, columns: householdColumns)
        }
        var input = LoadedInput(households: panel, householdsReport: report)
        OutputOptions.inputFromExcel = report.looksFromExcel
        try finish(report, rejectsTo: rejectsPath, options: options)
        if !allowsNoRows { try Self.requireRows(report) }
        let workersPath = try workers ?? (usesSample && needsWorkers ? Self.sampleDirectory() + "/workers.csv" : nil)
        if let workersPath {
            options.progress = ProgressLine.shared.reading(workersPath)
            let (panel, report) = try Self.load(path: workersPath, options: options) { path, options throws(InputError) in
                try WorkerFile.read(path: path, options: options, columns: workerColumns)
            }
            input.workers = panel
            input.workersReport = report
            try finish(report, rejectsTo: workersRejectsPath, options: options)
        }
        ProgressLine.shared.begin(next)
        return input
    }

    /// Runs a reader, turning its errors into messages on standard error and an exit status.
    private static func load<Panel>(
        path: String, options: ReadOptions, _ read: (String, ReadOptions) throws(InputError) -> (Panel, ReadReport)
    ) throws -> (Panel, ReadReport) {
        do {
            return try read(path, options)
        } catch {
            throw failure(error, options: options, unreadableHint: LocalizedText(
                en: "check the path; without --households the bundled sample is used",
                zh: "请检查路径；不加 --households 时使用内置样例数据"))
        }
    }

    /// Ends an analysis of a file that has no data rows left (only a header, or every row
    /// rejected) with a message and exit status 65, instead of empty tables.
    static func requireRows(_ report: ReadReport) throws {
        guard report.accepted == 0 else { return }
        let why = report.rejected.isEmpty
            ? LocalizedText(en: "the file has a header and nothing under it", zh: "文件只有表头，没有数据")
            : LocalizedText(en: "every one of its \(report.rows) rows was rejected", zh: "全部 \(report.rows) 行均被拒绝")
        throw ExitStatus.failure(ExitStatus.dataError.rawValue, message: ExitStatus.error
            + LocalizedText(en: "\(report.source): no data rows: \(why.en); there is nothing to analyse",
                            zh: "\(report.source)：没有数据行：\(why.zh)，无可分析"))
    }

    /// Prints a reading error and its hint on standard error, and gives the exit status that
    /// ends the process: 64 for an unreadable file, 65 for bad data.
    static func failure(_ error: InputError, options: ReadOptions, unreadableHint: LocalizedText) -> ExitCode {
        StandardStreams.printError(error)
        switch error {
        case .unreadable:
            StandardStreams.printError(ExitStatus.hint + unreadableHint)
        case .invalidData:
            // Leaving rows out cannot mend a header, an encoding or a broken file.
            if options.onError == .stop, !error.concernsFile {
                StandardStreams.printError(ExitStatus.hint + LocalizedText(
                    en: "fix these rows, or use --on-error skip to leave them out",
                    zh: "请改正这些行，或用 --on-error skip 跳过有问题的行"))
            }
        }
        return ExitCode(error.exitCode)
    }

    /// Prints the report's summary and notes, and writes the rejects file under `skip`.
    private func finish(_ report: ReadReport, rejectsTo path: String, options: ReadOptions) throws {
        for note in report.notes {
            StandardStreams.printError(LocalizedText(en: "\(report.source): note: ", zh: "\(report.source)：说明：") + note)
        }
        try Self.account(report, rejectsTo: path, options: options, bom: self.report.bom)
    }

    /// Prints `file: read N rows: A accepted, R rejected` (and the empty rows skipped) and,
    /// under `skip`, writes the rejected rows with their reasons to `path`, with a byte-order
    /// mark as `bom` says for this input.
    static func account(
        _ report: ReadReport, rejectsTo path: String, options: ReadOptions, bom: ByteOrderMarkPolicy
    ) throws {
        let language = StandardStreams.language
        StandardStreams.printError(report.source + (language == .zh ? "：" : ": ") + report.summary(language))
        guard options.onError == .skip else { return }
        try StandardStreams.write(bom.apply(to: report.rejectsCSV(), toFile: true, inputFromExcel: report.looksFromExcel),
                                  to: path)
        if !report.rejected.isEmpty {
            StandardStreams.printError(LocalizedText(en: "rejected rows written to \(path)", zh: "被拒绝的行已写入 \(path)"))
        }
    }
}
