import ArgumentParser
import RuralStat

/// `ruralstat regress`: a linear model on any CSV file, by formula (SPEC §3.4, §4.1).
struct RegressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Fit a linear model to any CSV file by formula, with classical or robust standard errors.",
        discussion: """
        Formula: y ~ x1 + log(x2) + C(category) + x1:x2, I(x^2) for arithmetic, - 1 for no \
        intercept; text columns are categories (first level in sorted order is the reference). \
        Rows with an empty, NA or NaN cell in a used column are dropped and counted. Least \
        squares by QR with column pivoting and iterative refinement (LAPACK); aliased terms are \
        reported, not fatal.
        """ + "\n" + ExitStatus.summary
    )

    @Option(help: "The CSV file (header line, then one row per observation).")
    var data: String

    @Option(help: "The model formula, e.g. \"log(pci) ~ wage_share + C(category)\".")
    var formula: String

    @Option(help: "A column of weights > 0 for weighted least squares.")
    var weights: String?

    @Option(help: "Standard errors: classical, robust (hc0–hc3) or clustered by a column.")
    var se: StandardErrors = .type(.classical)

    @OptionGroup var input: EncodingOptions

    @OptionGroup var report: OutputOptions

    func run() throws {
        let (covariance, cluster) = se.covariance
        let parsed = try Self.reporting { try Formula(formula) }
        let showProgress = StandardStreams.errorIsTerminal
        if showProgress { StandardStreams.printError("reading \(data)…") }
        let table: CSVTable
        do {
            table = try CSVTable.read(path: data, encoding: input.encoding)
        } catch {
            throw ExitStatus.failure(error.exitCode, message: error.description)
        }
        let modelData = Self.modelData(table, using: parsed.columns + [weights, cluster].compactMap { $0 })
        if showProgress { StandardStreams.printError("fitting \(parsed.text) on \(modelData.rowCount) rows…") }
        let document = try Self.reporting(file: data) {
            let model = try LinearModel(parsed, data: modelData, weights: weights, cluster: cluster)
            return try model.summary(covariance).report(formula: parsed.text, droppedRows: model.droppedRows)
        }
        try report.write(document)
    }

    /// Runs `body`; a ``RegressionError`` is printed (after the file name, if any) and ends the
    /// process with 64 for formula and usage errors, 65 for bad data.
    private static func reporting<Result>(file: String? = nil, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as RegressionError {
            let status = error.code == .formula || error.code == .usage ? ExitStatus.usage : ExitStatus.dataError
            throw ExitStatus.failure(status.rawValue,
                                     message: "ruralstat regress: " + (file.map { "\($0): " } ?? "") + error.message)
        }
    }

    /// The table as model data: only the columns the model uses are converted when the header
    /// has them all; otherwise every column, so the error about the missing one lists them.
    static func modelData(_ table: CSVTable, using names: [String]) -> ModelData {
        let lines = table.line.map { Int($0) }
        let lowered = table.header.map { $0.lowercased() }
        let indices = names.map { name in
            table.header.firstIndex(of: name) ?? lowered.firstIndex(of: name.lowercased())
        }
        guard indices.allSatisfy({ $0 != nil }) else {
            return ModelData(header: table.header, cells: table.columns, lineNumbers: lines)
        }
        let used = Set(indices.compactMap { $0 }).sorted()
        return ModelData(header: used.map { table.header[$0] }, cells: used.map { table.columns[$0] }, lineNumbers: lines)
    }
}
