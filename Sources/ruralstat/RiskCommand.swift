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
        """
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
        let dimensions: [GroupDimension]
        do { dimensions = try GroupDimension.parseList(common.by) } catch { throw ValidationError(error.description) }
        let input = try common.loadInput(needsWorkers: false)
        let panel = input.households
        if let year = common.year, !panel.year.contains(Int32(year)) {
            let years = Set(panel.year).sorted().map(String.init).joined(separator: ", ")
            throw ValidationError("no records in \(year); the data has \(years)")
        }
        let line = try common.monitoringLine(line, targets: targetOptions.load())
        var withLines = settings
        if let line { withLines.lines = IncomeAnalysis.lines(line.line, for: panel) }
        let risk = RiskPanel(panel, settings: withLines)
        let grouping: Grouping
        do { grouping = try Grouping(panel, by: dimensions) } catch { throw ValidationError(error.description) }
        let language = common.report.lang
        let document: ReportDocument
        do {
            document = evaluate ? try backtestDocument(risk, line: line)
                : try assessmentDocument(risk, grouping: grouping, line: line)
        } catch let error as RiskError {
            StandardStreams.printError("error: \(common.households ?? CommonOptions.sampleDirectory + "/households.csv"): \(error)")
            throw ExitCode(65)
        }
        let bytes: [UInt8]
        do { bytes = try document.rendered(as: common.report.format, language: language) } catch {
            StandardStreams.printError("error: \(error)")
            throw ExitCode(73)
        }
        try StandardStreams.write(bytes, to: common.report.output)
    }

    /// The settings from the options.
    private func settings() throws -> RiskSettings {
        guard drop > 0, drop < 1 else { throw ValidationError("--drop must lie between 0 and 1, not \(drop)") }
        guard near >= 1 else { throw ValidationError("--near must be at least 1, not \(near)") }
        guard rigid > 0 else { throw ValidationError("--rigid must be positive, not \(rigid)") }
        guard penalty >= 0 else { throw ValidationError("--penalty must not be negative, not \(penalty)") }
        guard top.map({ $0 >= 1 }) ?? true else { throw ValidationError("--top must be at least 1") }
        guard capacity >= 1 else { throw ValidationError("--capacity must be at least 1") }
        let medical = try Self.pair(medicalPush, option: "--medical-push")
        let cutoffs = try Self.pair(levels, option: "--levels")
        guard cutoffs.1 <= cutoffs.0, cutoffs.1 >= 0, cutoffs.0 <= 100 else {
            throw ValidationError("--levels HIGH,MEDIUM needs 0 ≤ MEDIUM ≤ HIGH ≤ 100, not \(levels)")
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
            throw ValidationError("invalid \(option) '\(text)': expected two non-negative numbers A,B")
        }
        return (a, b)
    }

    /// The settings shown with every output.
    private func facts(_ risk: RiskPanel, line: (line: MonitoringLine, source: String)?) -> [(String, JSONValue)] {
        let s = risk.settings
        return [
            ("drop", .number(s.drop)), ("near", .number(s.near)), ("rigid", .number(s.rigid)),
            ("low_income", .number(s.lowIncome)),
            ("line", line.map { .string($0.line.description) } ?? .null),
            ("lines", .object(s.lines.keys.sorted().map { (String($0), .number(s.lines[$0]!)) })),
            ("medical_push", .array([.number(s.medicalPushAlleviated), .number(s.medicalPushOther)])),
            ("education_push", .number(s.educationPush)),
            ("levels", .object([("high", .number(s.highScore)), ("medium", .number(s.mediumScore))])),
            ("penalty", .number(s.penalty)),
        ]
    }

    /// Notes under the tables: the thresholds and the line.
    private func notes(_ risk: RiskPanel, line: (line: MonitoringLine, source: String)?) -> [String] {
        let s = risk.settings
        let zh = common.report.lang == .zh
        let lines = s.lines.keys.sorted().map { "\($0): \(NumberFormatting.grouped(s.lines[$0]!, decimals: 0))" }
            .joined(separator: ", ")
        let pct = { (v: Double) in NumberFormatting.grouped(100 * v, decimals: 0) + "%" }
        return [
            zh ? "阈值：骤减 ≤ −\(pct(s.drop))，接近监测线 < \(s.near)×监测线，刚性支出 ≥ \(pct(s.rigid))，低收入 < \(NumberFormatting.grouped(s.lowIncome, decimals: 0)) 元；风险等级 高 ≥ \(s.highScore)，中 ≥ \(s.mediumScore)"
                : "thresholds: drop ≤ −\(pct(s.drop)), near < \(s.near) × line, rigid ≥ \(pct(s.rigid)), low income < \(NumberFormatting.grouped(s.lowIncome, decimals: 0)) yuan; levels high ≥ \(s.highScore), medium ≥ \(s.mediumScore)",
            line.map { (zh ? "监测线（元，来自 \($0.source)）：" : "line (yuan, from \($0.source)): ") + lines }
                ?? (zh ? "未给出监测线：below_line 与 near_line 为空" : "no line given: below_line and near_line are empty"),
        ]
    }

    /// The household table or the watchlist.
    private func assessmentDocument(
        _ risk: RiskPanel, grouping: Grouping, line: (line: MonitoringLine, source: String)?
    ) throws -> ReportDocument {
        let assessment = try RiskAssessment(risk, year: common.year)
        let entries = top.map { assessment.watchlist(top: $0, grouping: grouping.dimensions.isEmpty ? nil : grouping) }
            ?? assessment.entries
        let compact = [.table, .markdown].contains(common.report.format)
        let table = assessment.table(entries, grouping: grouping, language: common.report.lang, compact: compact)
        let heading = top == nil ? "Risk of sudden income drop, \(assessment.year)" : "Watchlist, \(assessment.year)"
        let chinese = top == nil ? "\(assessment.year)年收入骤减风险" : "\(assessment.year)年重点走访名单"
        var facts = facts(risk, line: line)
        facts += [("year", .integer(assessment.year)), ("training_transitions", .integer(assessment.model.trainingTransitions)),
                  ("base_rate", .number(assessment.model.baseRate))]
        return ReportDocument(facts: facts, sections: [.init(key: "rows", heading: heading, chinese: chinese, table: table)],
                              notes: notes(risk, line: line))
    }

    /// The out-of-time back-test.
    private func backtestDocument(_ risk: RiskPanel, line: (line: MonitoringLine, source: String)?) throws -> ReportDocument {
        let backtest = try RiskBacktest(risk, capacity: capacity)
        var facts = facts(risk, line: line)
        facts.append(("capacity", .integer(capacity)))
        return ReportDocument(facts: facts, sections: [
            .init(key: "rows", heading: "Out-of-time back-test", chinese: "样本外回测", table: backtest.table()),
            .init(key: "calibration", heading: "Calibration", chinese: "校准", table: backtest.calibrationTable()),
        ], notes: notes(risk, line: line))
    }
}
