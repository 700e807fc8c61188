import ArgumentParser
import RuralStat

/// Where and how a command writes its result: `--format`, `--output`, `--lang` (SPEC §4).
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, csv, json, markdown or xlsx (xlsx needs --output).")
    var format: String = "table"

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Language of labels in tables, Markdown and Excel: en or zh.")
    var lang: String = "en"

    /// The output format named by `--format`.
    ///
    /// - Throws: `ValidationError` (exit 64) for a name that is not a format, or for xlsx
    ///   without `--output` (a workbook is not written to a terminal).
    func outputFormat() throws -> OutputFormat {
        guard let outputFormat = OutputFormat(rawValue: format) else {
            let names = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown --format '\(format)'; use \(names)")
        }
        if outputFormat == .xlsx, output == nil {
            throw ValidationError("--format xlsx writes a workbook: name the file with --output FILE.xlsx")
        }
        return outputFormat
    }

    /// The language named by `--lang`.
    ///
    /// - Throws: `ValidationError` (exit 64) for a name that is not a language.
    func language() throws -> Language {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError("unknown --lang '\(lang)'; use en or zh")
        }
        return language
    }

    /// Writes the document in the chosen format and language to `--output` or standard output.
    func write(_ document: ReportDocument) throws {
        try StandardStreams.write(document.rendered(as: outputFormat(), language: language()), to: output)
    }
}
