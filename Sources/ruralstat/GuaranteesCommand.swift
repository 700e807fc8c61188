import ArgumentParser
import RuralStat

/// `ruralstat guarantees`: "三保障" and safe drinking water — households with a gap by group and
/// year, the follow-up list, and the plans' "动态清零" targets.
struct GuaranteesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guarantees",
        abstract: "三保障 and safe water by group and year: households with a gap, the follow-up list, zero targets.",
        discussion: """
        The table has the columns year, <by…>, households, education_gap, medical_gap, \
        housing_gap, water_gap, any_gap, any_gap_share, missing_flags, persons_with_gap, \
        any_gap_change (weighted by w); CSV, JSON, Excel and --wide tables add no_gap, persons, \
        persistent_gap, each flag's gap share and any_gap_share_change. A gap is a flag of 0 \
        (education_ok, medical_ok, housing_ok, water_ok); a household with no gap and an empty \
        flag counts in missing_flags, never as guaranteed. --list gaps lists every household \
        with a gap in the year (--year, default the latest): township, village, category, which \
        flags, years in a row, monitoring object. --preset suixi-2022 checks "三保障一安全核心问题动态清零" \
        (any_gap = 0). A households file with none of the four flag columns is an error (exit 65).
        """ + "\n" + ExitStatus.summary
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var targetOptions: TargetOptions

    @Option(help: "What to list: groups (the group-year table) or gaps (the households with a gap, for follow-up).")
    var list: GuaranteesReport.Listing = .groups

    func run() throws {
        let format = common.report.format
        let targetSet = try targetOptions.load(format: common.report.format)
        let input = try common.loadInput(needsWorkers: false)
        let analysis: GuaranteesAnalysis
        do {
            analysis = try GuaranteesAnalysis(households: input.households, by: common.dimensions)
        } catch let error as GuaranteesError {
            throw ExitStatus.failure(ExitStatus.dataError.rawValue, error: error)
        } catch {
            throw UsageError(error)
        }
        if let year = common.year, !analysis.table.years.contains(year) {
            throw UsageError.noRecords(in: year, years: analysis.table.years)
        }
        let report = GuaranteesReport(analysis, listing: list, targets: targetSet, year: common.year)
        let document: ReportDocument
        do { document = try report.document(language: common.report.lang) } catch {
            throw UsageError(error)
        }
        try targetOptions.finish(document, other: report.otherTargets, command: "guarantees", format: format)
        ProgressLine.shared.begin(.writing)
        try common.report.write(document)
    }
}
