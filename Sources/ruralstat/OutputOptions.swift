import ArgumentParser
import RuralStat

/// Where and how a command writes its result: `--format`, `--output`, `--lang` (SPEC §4).
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, csv, json, markdown, xlsx (needs --output) or html (one self-contained page).")
    var format: OutputFormat = .table

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Language of labels in tables, Markdown and Excel: en or zh.")
    var lang: Language = .en

    /// xlsx needs `--output`: a workbook is not written to a terminal (exit 64 otherwise).
    func validate() throws {
        if format == .xlsx, output == nil {
            throw ValidationError("--format xlsx writes a workbook: name the file with --output FILE.xlsx")
        }
    }

    /// Writes the document in the chosen format and language to `--output` or standard output.
    ///
    /// - Throws: `ExitCode(73)` after a message when the workbook cannot be built or the file
    ///   cannot be written.
    func write(_ document: ReportDocument) throws {
        let bytes: [UInt8]
        do { bytes = try document.rendered(as: format, language: lang) } catch {
            throw ExitStatus.failure(ExitStatus.cannotWrite.rawValue, message: "error: \(error)")
        }
        try StandardStreams.write(bytes, to: output)
    }
}
