import ArgumentParser
import RuralStat

/// `ruralstat regress`: a linear model on any CSV file, by formula (SPEC §3.4, §4.1).
struct RegressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Fit a linear model to any CSV file by formula, with classical or robust standard errors.",
        discussion: """
        Formula: y ~ x1 + log(x2) + C(category) + x1:x2, I(x^2) for arithmetic, - 1 for no \
        intercept. Columns inside C() are categories (first level in sorted order is the \
        reference); every other column must hold numbers, so a cell such as n/a there is an \
        error naming its line (or, with --on-error skip, a rejected row). Rows with an empty, \
        NA or NaN cell in a used column are dropped and counted. Least squares by QR with \
        column pivoting and iterative refinement (LAPACK); aliased terms are reported, not fatal.
        """ + "\n" + ExitStatus.summary
    )

    @Option(help: "The CSV file (header line, then one row per observation). Default: the bundled sample's households file.")
    var data: String?

    @Option(help: "The model formula, e.g. \"log(pci) ~ wage_share + C(category)\".")
    var formula: String

    @Option(help: "A column of weights > 0 for weighted least squares.")
    var weights: String?

    @Option(help: "Standard errors: classical, robust (hc0–hc3) or clustered by a column (cluster:COLUMN; with G clusters, t and F on G − 1 df, F undefined when the slopes number G or more).")
    var se: StandardErrors = .type(.classical)

    @OptionGroup var input: EncodingOptions

    @Option(name: .customLong("on-error"), help: "What to do with bad rows: stop (exit 65) or skip (write them to --rejects).")
    var onError: ReadOptions.ErrorPolicy = .stop

    @Option(help: "Where --on-error skip writes rejected rows with their reasons. Default: next to the output.")
    var rejects: String?

    @OptionGroup var report: OutputOptions

    func run() throws {
        let (covariance, cluster) = se.covariance
        let data = try self.data ?? CommonOptions.sampleDirectory() + "/households.csv"
        let parsed = try Self.reporting { try Formula(formula) }
        ProgressLine.shared.use(report.lang)
        var options = ReadOptions(encoding: input.encoding, onError: onError)
        options.progress = ProgressLine.shared.reading(data)
        let modelData: ModelData
        do {
            let readReport: ReadReport
            (modelData, readReport) = try Self.reporting(file: data) {
                try ModelData.read(path: data, formula: parsed, weights: weights, cluster: cluster, options: options)
            }
            OutputOptions.inputFromExcel = readReport.looksFromExcel
            try CommonOptions.account(readReport, rejectsTo: CommonOptions.rejectsPath(rejects, output: report.output),
                                      options: options, bom: report.bom)
            try CommonOptions.requireRows(readReport)
        } catch let error as InputError {
            throw CommonOptions.failure(error, options: options, unreadableHint: LocalizedText(en: "check the path", zh: "请检查路径"))
        }
        ProgressLine.shared.begin(.fitting(rows: modelData.rowCount))
        // The table is given up to the model, which frees it once the design is built.
        let model: LinearModel
        do {
            model = try LinearModel(parsed, data: consume modelData, weights: weights, cluster: cluster)
        } catch let error as RegressionError {
            throw Self.failure(error, file: data)
        }
        let document = try Self.reporting(file: data) {
            try model.summary(covariance).report(formula: parsed.text, droppedRows: model.droppedRows,
                                                 language: report.lang)
        }
        ProgressLine.shared.begin(.writing)
        try report.write(document)
    }

    /// Runs `body`; a ``RegressionError`` is printed (after the file name, if any) and ends the
    /// process with 64 for formula and usage errors, 65 for bad data.
    private static func reporting<Result>(file: String? = nil, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as RegressionError {
            throw failure(error, file: file)
        }
    }

    /// The process's end for `error`: 64 for formula and usage errors, 65 for bad data.
    private static func failure(_ error: RegressionError, file: String?) -> ExitCode {
        let status = error.code == .formula || error.code == .usage ? ExitStatus.usage : ExitStatus.dataError
        let place = file.map { LocalizedText(en: "\($0): ", zh: "\($0)：") } ?? .verbatim("")
        return ExitStatus.failure(status.rawValue,
                                  message: LocalizedText(en: "ruralstat regress: ", zh: "ruralstat regress：") + place + error.message)
    }
}
