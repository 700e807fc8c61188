import RuralStatCore
import RuralStatEmployment
import RuralStatReport
import RuralStatTargets
import RuralStatText

/// The document `ruralstat employment` prints: the listing asked for, the targets evaluated
/// on the analysis, the warnings where the two files disagree, the settings as JSON facts and
/// a note for people, in English or Chinese.
public struct EmploymentReport: Sendable {
    /// What the report lists.
    public enum Listing: String, Sendable, CaseIterable {
        /// The group-year table.
        case groups
        /// Every household-year with its indicators.
        case households
        /// The households with labour and no worker (零就业家庭).
        case zeroEmployment = "zero-employment"
    }

    /// The analysis reported.
    public let analysis: EmploymentAnalysis
    /// What it lists.
    public let listing: Listing
    /// The targets to evaluate, if any.
    public let targets: TargetSet?
    /// Only this year, when given.
    public let year: Int?
    /// How many warnings the document shows; every one when `nil`.
    public let warningsShown: Int?

    /// A report of `analysis`.
    public init(
        _ analysis: EmploymentAnalysis, listing: Listing = .groups, targets: TargetSet? = nil, year: Int? = nil,
        warningsShown: Int? = nil
    ) {
        self.analysis = analysis
        self.listing = listing
        self.targets = targets
        self.year = year
        self.warningsShown = warningsShown
    }

    /// The targets the employment analysis does not serve.
    public var otherTargets: [Target] {
        targets?.targets(notServedBy: EmploymentMetricSource(analysis)) ?? []
    }

    /// The document in `language`: the listing (`rows`, `households` or `zero_employment`),
    /// then `targets` and `warnings` when there are any.
    ///
    /// - Parameter alwaysWarnings: include the warnings section even when empty (JSON).
    /// - Throws: ``RuralStatCore/MetricError`` when a served target cannot be evaluated.
    public func document(language: Language, alwaysWarnings: Bool = false) throws(MetricError) -> ReportDocument {
        let dimensions = analysis.grouping.dimensions
        var sections: [ReportDocument.Section]
        switch listing {
        case .groups:
            sections = [.init(key: "rows", heading: "Employment stability", chinese: "就业稳定情况",
                              table: analysis.table.reportTable(dimensions: dimensions, year: year,
                                                                weighted: analysis.households.panel.isWeighted))]
        case .households:
            sections = [.init(key: "households", heading: "Households", chinese: "农户就业指标",
                              table: analysis.households.householdsTable(
                                  grouping: analysis.grouping, linkage: analysis.linkage, year: year))]
        case .zeroEmployment:
            sections = [.init(key: "zero_employment", heading: "Zero-employment households", chinese: "零就业家庭",
                              table: analysis.households.zeroEmploymentTable(year: year))]
        }
        if let targets {
            sections.append(try targets.section(evaluatedOn: EmploymentMetricSource(analysis), dimensions: dimensions,
                                                year: year))
        }
        var notes: [String] = []
        let warnings = analysis.warnings
        if analysis.linkage != nil, alwaysWarnings || !warnings.isEmpty {
            let shown = warningsShown.map { Array(warnings.prefix($0)) } ?? warnings
            sections.append(.init(key: "warnings", heading: "Where the files disagree", chinese: "两表不一致之处",
                                  table: EmploymentWarning.table(shown)))
        }
        let settings = analysis.households.settings
        let facts: [(String, JSONValue)] = [
            ("stable_months", .number(settings.stableMonths)),
            ("stability_index_weights", .object([
                ("coverage", .number(settings.stabilityIndex.coverageWeight)),
                ("months", .number(settings.stabilityIndex.monthsWeight)),
                ("persistence", .number(settings.stabilityIndex.persistenceWeight)),
            ])),
            ("warnings_count", .integer(warnings.count)),
        ]
        let whole = settings.stableMonths == settings.stableMonths.rounded()
        let months = NumberFormatting.grouped(settings.stableMonths, decimals: whole ? 0 : 1)
        notes.append(language == .zh ? "稳定就业：年务工 \(months) 个月及以上" : "stable work: at least \(months) months in the year")
        if let warningsShown, warnings.count > warningsShown {
            let more = warnings.count - warningsShown
            notes.append(language == .zh ? "另有 \(more) 条不一致提示：见 --format json 或 --warnings-output FILE"
                : "\(more) more warnings: see --format json or --warnings-output FILE")
        }
        return ReportDocument(facts: facts, sections: sections, notes: notes)
    }
}
