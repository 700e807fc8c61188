import RuralStatCore
import RuralStatGuarantees
import RuralStatReport
import RuralStatTargets
import RuralStatText

/// The document `ruralstat guarantees` prints: the group-year table or the follow-up list, the
/// targets evaluated on the analysis, the flag columns as JSON facts and notes for people, in
/// English or Chinese.
public struct GuaranteesReport: Sendable {
    /// What the report lists.
    public enum Listing: String, Sendable, CaseIterable {
        /// The group-year table.
        case groups
        /// The households with a gap, for follow-up visits (``RuralStatGuarantees/GapList``).
        case gaps
    }

    /// The analysis reported.
    public let analysis: GuaranteesAnalysis
    /// What it lists.
    public let listing: Listing
    /// The targets to evaluate, if any.
    public let targets: TargetSet?
    /// Only this year's rows and targets, when given.
    public let year: Int?

    /// A report of `analysis`.
    public init(
        _ analysis: GuaranteesAnalysis, listing: Listing = .groups, targets: TargetSet? = nil, year: Int? = nil
    ) {
        self.analysis = analysis
        self.listing = listing
        self.targets = targets
        self.year = year
    }

    /// The year the follow-up list is drawn for: ``year``, else the latest of the data.
    public var listedYear: Int? { year ?? analysis.table.years.last }

    /// The targets the guarantees analysis does not serve.
    public var otherTargets: [Target] {
        targets?.targets(notServedBy: GuaranteesMetricSource(analysis)) ?? []
    }

    /// The document in `language`: the listing (`rows`, or `gaps` with the `year` fact), then
    /// `targets` when there are any; the fact `flag_columns` names the flag columns of the file.
    ///
    /// - Throws: ``RuralStatCore/MetricError`` when a served target cannot be evaluated.
    public func document(language: Language) throws(MetricError) -> ReportDocument {
        let dimensions = analysis.grouping.dimensions
        let presentFlags = analysis.households.presentFlags
        var facts: [(String, JSONValue)] = [("flag_columns", .array(presentFlags.map { .string($0.columnName) }))]
        var sections: [ReportDocument.Section]
        let notes: [String]
        switch listing {
        case .groups:
            sections = [analysis.table.section(dimensions: dimensions, year: year)]
            notes = GuaranteesTable.notes(presentFlags: presentFlags, language: language)
        case .gaps:
            let listed = listedYear
            let gaps = GapList(analysis.households, grouping: analysis.grouping, year: listed)
            facts.append(("year", listed.map(JSONValue.integer) ?? .null))
            sections = [gaps.section(year: listed)]
            notes = gaps.notes(language: language)
        }
        if let targets {
            sections.append(try targets.section(evaluatedOn: GuaranteesMetricSource(analysis), dimensions: dimensions,
                                                year: year))
        }
        return ReportDocument(facts: facts, sections: sections, notes: notes)
    }
}
