import ArgumentParser
import Foundation
import RuralStat

/// `ruralstat synth`: writes a synthetic panel (households.csv, workers.csv, lines.json).
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate a synthetic panel of households and workers from a seed.",
        discussion: """
        Writes DIR/households.csv, DIR/workers.csv and DIR/lines.json (the monitoring line per \
        year), all three or none: each is written beside its target and renamed into place \
        once all are complete. The same options give the same bytes on any machine. --count is the number of \
        households in the first year; with entries and exits the file has about count × years rows.
        """ + "\n" + ExitStatus.summary
    )

    @Option(help: "Households in the first year.")
    var count: Int

    @Option(name: .customLong("first-year"), help: "First year of the panel.")
    var firstYear: Int

    @Option(name: .customLong("last-year"), help: "Last year of the panel.")
    var lastYear: Int

    @Option(help: "Seed of the random generator (0 to 2^64 − 1).")
    var seed: UInt64

    @Option(name: .customLong("output-dir"), help: "Directory to write the three files into (created if needed).")
    var outputDir: String

    @Option(help: "Header, label and message language: en or zh.")
    var lang: Language = .en

    @Option(help: "Encoding of the CSV files: utf-8 or gb18030.")
    var encoding: TextEncoding = .utf8

    @Option(help: "The county's name, written in the county column.")
    var county: String = "青山县"

    @Option(help: "Townships in the county (default: one per 500 households, 1 to 30).")
    var townships: Int?

    @Flag(help: "Add a survey-like weight column (default: no weights, every weight 1).")
    var weights = false

    func run() throws {
        let config = SynthConfig(
            households: count, firstYear: firstYear, lastYear: lastYear, seed: seed,
            county: county, townships: townships, weights: weights)
        ProgressLine.shared.use(lang)
        ProgressLine.shared.begin(.generating(households: count))
        let panel: SyntheticPanel
        do {
            panel = try SyntheticPanel.generate(config)
        } catch {
            throw UsageError(error)
        }
        ProgressLine.shared.begin(.writing)
        let files = panel.files(language: lang, encoding: encoding)
        do {
            try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
        } catch {
            throw ExitStatus.failure(ExitStatus.cannotWrite.rawValue, message: LocalizedText(
                en: "ruralstat synth: cannot write \(outputDir): cannot create the directory",
                zh: "ruralstat synth：无法写入 \(outputDir)：无法创建文件夹"))
        }
        // Staged beside their targets and renamed into place together (OutputTransaction):
        // a failure leaves the folder as it was.
        for file in files { try StandardStreams.write(file.bytes, to: path(of: file.name)) }
        try StandardStreams.commit()
        for file in files {
            StandardStreams.printError(LocalizedText(
                en: "wrote \(path(of: file.name)): \(file.rows) rows, \(file.bytes.count) bytes (seed \(seed))",
                zh: "已写入 \(path(of: file.name))：\(file.rows) 行，\(file.bytes.count) 字节（随机种子 \(seed)）"))
        }
    }

    /// The path of the file `name` in `--output-dir`.
    private func path(of name: String) -> String {
        outputDir.hasSuffix("/") ? outputDir + name : outputDir + "/" + name
    }
}
