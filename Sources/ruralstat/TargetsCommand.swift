import ArgumentParser
import RuralStat

/// `ruralstat targets`: the built-in presets, to list and to copy, and a whole plan checked on
/// the data.
struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "List the target presets, print one as TOML, or check a whole plan on the data.",
        discussion: ExitStatus.summary,
        subcommands: [List.self, Show.self, Check.self]
    )

    /// `ruralstat targets list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the presets with their plans.",
                                                        discussion: ExitStatus.summary)

        @Option(help: "Message language: en or zh.")
        var lang: Language = .en

        func run() throws {
            for name in TargetSet.presetNames {
                let set = try TargetSet.preset(named: name)
                print("\(name)  \(set.title)  " + (lang == .zh ? "（\(set.targets.count) 个目标）" : "(\(set.targets.count) targets)"))
            }
        }
    }

    /// `ruralstat targets show NAME`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a preset as a TOML targets file (redirect it to a file, edit, pass with --targets).",
            discussion: ExitStatus.summary
        )

        @Argument(help: "The preset's name (see `ruralstat targets list`).")
        var name: String

        func run() throws {
            do {
                print(try TargetSet.presetTOML(named: name), terminator: "")
            } catch {
                throw UsageError(error)
            }
        }
    }

    /// `ruralstat targets check --preset NAME | --targets FILE`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Judge every target of a plan on the data: are we on plan?",
            discussion: """
            Every target of the preset or targets file, whichever analysis owns its metric \
            (income, employment, 三保障, risk elimination), per year: level (county targets once \
            per county whatever --by is; group targets in each --by group), population, value, \
            threshold, met, gap, and for level targets before their year the growth needed and \
            on_track. A second table lists the plan: each target's sentence, its reading, and \
            whether it could be judged (and why not). When the file ends before the plan, a table \
            between them gives p_meet, the forecast probability that each growth and level target \
            is met in each year ahead (up to three). CSV writes the judgements; JSON has all \
            (keys `targets`, `outlook` and `plan`). The line: a per-year line of the targets holds in its \
            years, the other years take --line, else lines.json next to the households file.
            """ + "\n" + ExitStatus.summary
        )

        @OptionGroup var common: CommonOptions
        @OptionGroup var targetOptions: TargetOptions

        @Option(help: "Growth comparison: balanced (households present in both years) or cross-section.")
        var panel: PanelMode = .balanced

        @Option(help: "Line: 6900, 2021=6000,2022=6900 or median:0.6, for the years the targets' line does not name.")
        var line: String?

        func run() throws {
            guard let targetSet = try targetOptions.load(table: .main, format: common.report.format) else {
                throw UsageError(en: "give the plan to check: --preset NAME or --targets FILE",
                                 zh: "请给出要检查的规划：--preset 名称 或 --targets 文件")
            }
            let line = try common.monitoringLine(self.line, targets: targetSet)
            let input = try common.loadInput(needsWorkers: false)
            let check: PlanCheckReport
            do {
                check = try PlanCheckReport(targetSet, households: input.households, workers: input.workers,
                                            by: common.dimensions, mode: panel, line: line, year: common.year)
            } catch {
                throw UsageError(error)
            }
            if let year = common.year, !check.years.contains(year) {
                throw UsageError.noRecords(in: year, years: check.years)
            }
            let document = check.document(language: common.report.lang)
            try targetOptions.finish(document, other: [], command: "targets check", format: common.report.format)
            ProgressLine.shared.begin(.writing)
            try common.report.write(document)
        }
    }
}
