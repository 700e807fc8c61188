import ArgumentParser
import RuralStat

extension ByteOrderMarkPolicy: ExpressibleByArgument {}

/// Where and how a command writes its result: `--format`, `--output`, `--lang`, `--bom`, `--wide` (SPEC §4).
///
/// Without `--format`, an `--output` name ending in `.csv`, `.json`, `.md`, `.xlsx` or `.html` (any
/// case) gives the format; any other name, or standard output, gives `table`. A `--format`
/// that contradicts the name's extension is a usage error (exit 64): `--output report.xlsx
/// --format csv` would write a CSV that Excel refuses to open.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"),
            help: "Output format: table, csv, json, markdown, xlsx (needs --output) or html (one self-contained page). Default: from --output's extension (.csv .json .md .xlsx .html), else table.")
    var requestedFormat: OutputFormat?

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Language of labels in tables, Markdown, Excel and HTML, and of messages on standard error: en or zh.")
    var lang: Language = .en

    @Option(help: "UTF-8 byte-order mark on CSV outputs and rejects files, for Excel: auto (files, when the input had a mark or was GB18030), always or never.")
    var bom: ByteOrderMarkPolicy = .auto

    @Flag(help: "Show every column in terminal, Markdown and HTML tables. Without it a terminal table shows its main columns, fitted to the terminal's width; CSV, JSON and Excel always have every column.")
    var wide = false

    /// Whether the input had a byte-order mark or was GB18030 (set once the input is read;
    /// one command runs per process).
    nonisolated(unsafe) static var inputFromExcel = false

    /// The format: `--format`, else the one `--output`'s extension names, else `table`.
    var format: OutputFormat { requestedFormat ?? output.flatMap(Self.format(ofExtension:)) ?? .table }

    /// The format a file name's extension names, if any: `.csv`, `.json`, `.md`, `.xlsx`, `.html`.
    static func format(ofExtension path: String) -> OutputFormat? {
        let name = path.lowercased()
        let formats: [(String, OutputFormat)] = [(".csv", .csv), (".json", .json), (".md", .markdown), (".xlsx", .xlsx), (".html", .html)]
        return formats.first { name.hasSuffix($0.0) }?.1
    }

    /// xlsx needs `--output` (a workbook is not written to a terminal), and `--format` must
    /// agree with `--output`'s extension (exit 64 otherwise).
    func validate() throws {
        if format == .xlsx, output == nil {
            throw UsageError(en: "--format xlsx writes a workbook: name the file with --output FILE.xlsx",
                             zh: "--format xlsx 写出工作簿：请用 --output 文件名.xlsx 指定文件").validationError
        }
        if let requestedFormat, let output, let named = Self.format(ofExtension: output), named != requestedFormat {
            throw UsageError(
                en: "--format \(requestedFormat.rawValue) contradicts --output \(output), whose extension "
                    + "means \(named.rawValue): drop --format (the extension decides) or give the file a matching extension",
                zh: "--format \(requestedFormat.rawValue) 与 --output \(output) 的扩展名（表示 \(named.rawValue)）矛盾："
                    + "请去掉 --format（由扩展名决定），或改用相符的扩展名").validationError
        }
    }

    /// How tables for people are laid out: `--wide`, and the terminal's width when the table
    /// goes to standard output (``StandardStreams/outputWidth``); a file named by `--output`
    /// is never fitted to a window.
    var layout: TableLayout { TableLayout(width: output == nil ? StandardStreams.outputWidth : nil, wide: wide) }

    /// Writes the document in the chosen format and language to `--output` or standard output;
    /// CSV with a byte-order mark as `--bom` says; tables laid out as ``layout`` says.
    ///
    /// - Throws: `ExitCode(73)` after a message when the workbook cannot be built or the file
    ///   cannot be written.
    func write(_ document: ReportDocument) throws {
        var bytes: [UInt8]
        do { bytes = try document.rendered(as: format, language: lang, layout: layout) } catch {
            throw ExitStatus.failure(ExitStatus.cannotWrite.rawValue, error: error)
        }
        if format == .csv { bytes = bom.apply(to: bytes, toFile: output != nil, inputFromExcel: Self.inputFromExcel) }
        try StandardStreams.write(bytes, to: output)
    }
}
