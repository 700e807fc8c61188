import ArgumentParser
import RuralStat

/// `ruralstat risk`: early warning of sudden income drops (SPEC §3.2, §4.1 `risk`).
struct RiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "Early warning: indicators, a risk score with reasons, p_below_line, elimination readiness, watchlists.",
        discussion: """
        One row per household of the year analysed (--year, default the latest), highest score first \
        (ties by household id), with the SPEC §4.1 columns year, household_id, <by…>, category, pci, \
        pci_change, sudden_drop, below_line, near_line, under_10k, rigid_burden, rigid_expense, \
        zero_employment, employment_drop, guarantee_gap, score, level, p_below_line, reasons, \
        elimination_ready, then township, village, push_medical, push_education, unmet_conditions, \
        log_odds (the score's log-odds by factor). \
        The score (0–100) is the probability, in percent, that next year the household's pci is below \
        the line or down by --drop or more, from a model fitted on the file's own past transitions. \
        --top N lists the N highest scores (per --by group when --by is given) for field visits. \
        --evaluate back-tests out of time instead: for each year with a following year, fit on the \
        transitions up to it, score its households and compare with what happened the next year. \
        The line: --line, else the targets' line, else lines.json next to the households file.
        """ + "\n" + ExitStatus.summary
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var targetOptions: TargetOptions

    @Option(help: "Line: 6900, 2021=6000,2022=6900 or median:0.6. Default: the targets' line, else lines.json.")
    var line: String?

    @Option(help: "sudden_drop: pci_change at or below −DROP (and the score's event).")
    var drop: Double = 0.30

    @Option(help: "near_line: line ≤ pci < NEAR × line.")
    var near: Double = 1.5

    @Option(help: "rigid_expense: (medical + education) / net income at or above this.")
    var rigid: Double = 0.5

    @Option(name: .customLong("low-income"), help: "under_10k: pci below this amount of yuan.")
    var lowIncome: Double = 10_000

    @Option(name: .customLong("medical-push"), help: "Medical push rule: out-of-pocket yuan for 脱贫人口,other households.")
    var medicalPush: String = "5000,20000"

    @Option(name: .customLong("education-push"), help: "Education push rule: education expense above this many yuan.")
    var educationPush: Double = 10_000

    @Option(help: "Level cut-offs on the score: HIGH,MEDIUM.")
    var levels: String = "50,25"

    @Option(help: "Ridge penalty of the score's logistic model (standardised predictors).")
    var penalty: Double = 1

    @Option(help: "Only the N highest scores (per --by group with --by): the watchlist for field visits.")
    var top: Int?

    @Flag(help: "Back-test out of time: AUCs, precision and recall at the top, calibration.")
    var evaluate = false

    @Option(help: "With --evaluate: the visiting capacity N for precision and recall in the top N.")
    var capacity: Int = 100

    func run() throws {
        let settings = try self.settings()
        let line = try common.monitoringLine(line, targets: targetOptions.load(table: .none, format: common.report.format))
        let input = try common.loadInput(needsWorkers: false)
        let panel = input.households
        if let year = common.year, !panel.year.contains(Int32(year)) {
            throw UsageError.noRecords(in: year, years: Set(panel.year).sorted().map(Int.init))
        }
        let report: RiskReport
        do {
            report = try RiskReport(
                panel, settings: settings, line: line, by: common.dimensions,
                content: evaluate ? .backtest(capacity: capacity) : .assessment(year: common.year, top: top),
                compact: !common.report.wide && [.table, .markdown, .html].contains(common.report.format))
        } catch {
            throw UsageError(error)
        }
        let document: ReportDocument
        do { document = try report.document(language: common.report.lang) } catch {
            let households = try common.households ?? CommonOptions.sampleDirectory() + "/households.csv"
            throw ExitStatus.failure(ExitStatus.dataError.rawValue, message: ExitStatus.error
                + LocalizedText(en: "\(households): ", zh: "\(households)：") + LocalizedText(describing: error))
        }
        ProgressLine.shared.begin(.writing)
        try common.report.write(document)
    }

    /// The settings from the options.
    private func settings() throws -> RiskSettings {
        guard drop > 0, drop < 1 else {
            throw UsageError(en: "--drop must lie between 0 and 1, not \(drop)", zh: "--drop 必须在0到1之间，不是 \(drop)")
        }
        guard near >= 1 else { throw UsageError(en: "--near must be at least 1, not \(near)", zh: "--near 必须不小于1，不是 \(near)") }
        guard rigid > 0 else { throw UsageError(en: "--rigid must be positive, not \(rigid)", zh: "--rigid 必须大于0，不是 \(rigid)") }
        guard penalty >= 0 else {
            throw UsageError(en: "--penalty must not be negative, not \(penalty)", zh: "--penalty 不能为负数，不是 \(penalty)")
        }
        guard top.map({ $0 >= 1 }) ?? true else { throw UsageError(en: "--top must be at least 1", zh: "--top 必须不小于1") }
        guard capacity >= 1 else { throw UsageError(en: "--capacity must be at least 1", zh: "--capacity 必须不小于1") }
        let medical = try Self.pair(medicalPush, option: "--medical-push")
        let cutoffs = try Self.pair(levels, option: "--levels")
        guard cutoffs.1 <= cutoffs.0, cutoffs.1 >= 0, cutoffs.0 <= 100 else {
            throw UsageError(en: "--levels HIGH,MEDIUM needs 0 ≤ MEDIUM ≤ HIGH ≤ 100, not \(levels)",
                             zh: "--levels 高,中 需满足 0 ≤ 中 ≤ 高 ≤ 100，不是 \(levels)")
        }
        return RiskSettings(
            drop: drop, near: near, rigid: rigid, lowIncome: lowIncome, medicalPushAlleviated: medical.0,
            medicalPushOther: medical.1, educationPush: educationPush, highScore: cutoffs.0, mediumScore: cutoffs.1,
            penalty: penalty)
    }

    /// Reads `A,B` as two non-negative numbers.
    private static func pair(_ text: String, option: String) throws -> (Double, Double) {
        let parts = text.split(separator: ",").map { Double($0.filter { $0 != " " }) }
        guard parts.count == 2, let a = parts[0], let b = parts[1], a >= 0, b >= 0 else {
            throw UsageError(en: "invalid \(option) '\(text)': expected two non-negative numbers A,B",
                             zh: "\(option) 的值“\(text)”无效：应为两个不小于0的数，用逗号分隔")
        }
        return (a, b)
    }
}
