import ArgumentParser
import RuralStat

/// `ruralstat income`: income level, growth, distribution and poverty by group and year
/// (SPEC §3, §4.1), with targets evaluated on them (SPEC §3.1).
struct IncomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "income",
        abstract: "Per-capita income, growth, distribution and poverty by group and year, against targets.",
        discussion: """
        One row per group and year: households, persons, PCI, growth (balanced panel by default), \
        median and deciles, Gini, FGT0–2 at the year's line, wage share and per-capita components. \
        Terminal, Markdown and HTML tables show the main columns (--wide: all); CSV, JSON and Excel give all. \
        Targets (--targets FILE or --preset NAME) come in a second table: JSON key `targets`, \
        CSV file --targets-output. --incidence FROM:TO reports the growth at each pci cut point P10…P90 instead. \
        The line for FGT: --line, else the targets' line, else lines.json next to the households \
        file (year → yuan, as `ruralstat synth` writes it); a bad lines.json exits 65.
        """ + "\n" + ExitStatus.summary
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var targetOptions: TargetOptions

    @Option(help: "Growth comparison: balanced (households present in both years) or cross-section.")
    var panel: PanelMode = .balanced

    @Option(help: "Line for FGT: 6900, 2021=6000,2022=6900 or median:0.6. Default: the targets' line, else lines.json next to the households file.")
    var line: String?

    @Option(name: .customLong("growth-rate"), help: "Add share_met_growth: the share of households whose own growth reached this rate (e.g. 0.12).")
    var growthRate: Double?

    @Option(help: "Growth incidence between two years, FROM:TO or FROM-TO (e.g. 2020:2024): the growth at each pci cut point P10…P90.")
    var incidence: String?

    func run() throws {
        let format = common.report.format
        if let growthRate, !(-1 < growthRate && growthRate < 1) {
            let percent = NumberFormatting.grouped(100 * growthRate, decimals: 0)
            throw UsageError(en: "--growth-rate \(growthRate) is \(percent)%: a rate is a fraction, e.g. 0.12 for 12%",
                             zh: "--growth-rate \(growthRate) 即 \(percent)%：增长率请写成小数，如 12% 写作 0.12")
        }
        let span = try incidence.map(Self.parseSpan)
        let targetSet = try targetOptions.load(format: common.report.format)
        let line = try common.monitoringLine(self.line, targets: targetSet)
        let input = try common.loadInput(needsWorkers: false, householdColumns: IncomeAnalysis.householdColumns)
        let analysis: IncomeAnalysis
        do {
            analysis = try IncomeAnalysis(
                panel: input.households, by: common.dimensions, mode: panel, line: line?.line, growthRate: growthRate
            )
        } catch {
            throw UsageError(error)
        }
        for year in [common.year, span?.from, span?.to].compactMap({ $0 }) where !analysis.years.contains(year) {
            throw UsageError.noRecords(in: year, years: analysis.years)
        }
        let report = IncomeReport(analysis, line: line, targets: span == nil ? targetSet : nil, year: common.year,
                                  incidence: span)
        let document: ReportDocument
        do { document = try report.document(language: common.report.lang) } catch {
            throw UsageError(error)
        }
        try targetOptions.finish(document, other: [], command: "income", format: format)  // others are in the notes
        ProgressLine.shared.begin(.writing)
        try common.report.write(document)
    }

    /// Reads `FROM:TO` with FROM < TO; `FROM-TO` (and the full-width `：`, `－` and the dashes
    /// `–`, `—`, `~`, `～` a range is written with) as well.
    private static func parseSpan(_ text: String) throws -> (from: Int, to: Int) {
        let separators: Set<Character> = [":", "：", "-", "－", "–", "—", "~", "～"]
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: separators.contains)
            .map { $0.filter { $0 != " " } }
        guard parts.count == 2, let from = Int(parts[0]), let to = Int(parts[1]), from < to else {
            throw UsageError(en: "invalid --incidence '\(text)'; expected FROM:TO (or FROM-TO) with FROM < TO, e.g. 2020:2024",
                             zh: "--incidence 的值“\(text)”无效；应为“起始年:截止年”（或“起始年-截止年”），起始年早于截止年，如 2020:2024")
        }
        return (from, to)
    }
}
