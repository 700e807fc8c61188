import RuralStatCore

/// A whole employment analysis (SPEC §3.3): the household indicators, the link between the
/// workers file and the households file with its consistency warnings, and the group-year
/// table for a grouping.
public struct EmploymentAnalysis: Sendable {
    /// The household-year indicators.
    public let households: HouseholdEmployment
    /// The workers file, if one was given.
    public let workers: WorkerPanel?
    /// How the workers file links to the households file.
    public let linkage: WorkerLinkage?
    /// Where the two files disagree, sorted by kind, year and line.
    public let warnings: [EmploymentWarning]
    /// The `--by` grouping.
    public let grouping: Grouping
    /// The metrics of every group and year.
    public let table: EmploymentGroupTable

    /// Analyses `households` (and `workers`) grouped by `dimensions`.
    ///
    /// - Throws: ``RuralStatData/GroupingError`` when the households file lacks a `--by` column.
    /// - Complexity: O(n_households + n_workers) plus sorting the warnings.
    public init(
        households panel: HouseholdPanel, workers: WorkerPanel? = nil, by dimensions: [GroupDimension] = [],
        settings: EmploymentSettings = EmploymentSettings()
    ) throws(GroupingError) {
        let grouping = try Grouping(panel, by: dimensions)
        let households = HouseholdEmployment(panel, settings: settings)
        let linkage = workers.map { WorkerLinkage(workers: $0, households: panel) }
        self.households = households
        self.workers = workers
        self.linkage = linkage
        self.grouping = grouping
        warnings = workers.flatMap { workers in
            linkage.map { EmploymentConsistency.warnings(workers: workers, households: panel, linkage: $0) }
        } ?? []
        table = EmploymentGroupTable(households: households, workers: Self.linked(workers, linkage), grouping: grouping)
    }

    /// The same analysis grouped by `dimensions` instead (the warnings are the files', kept).
    ///
    /// - Throws: ``RuralStatCore/GroupingError`` when the households file lacks a column of `dimensions`.
    public func regrouped(by dimensions: [GroupDimension]) throws(GroupingError) -> EmploymentAnalysis {
        let grouping = try Grouping(households.panel, by: dimensions)
        return EmploymentAnalysis(
            households: households, workers: workers, linkage: linkage, warnings: warnings, grouping: grouping,
            table: EmploymentGroupTable(households: households, workers: Self.linked(workers, linkage), grouping: grouping)
        )
    }

    private init(
        households: HouseholdEmployment, workers: WorkerPanel?, linkage: WorkerLinkage?,
        warnings: [EmploymentWarning], grouping: Grouping, table: EmploymentGroupTable
    ) {
        self.households = households
        self.workers = workers
        self.linkage = linkage
        self.warnings = warnings
        self.grouping = grouping
        self.table = table
    }

    /// The workers file with its linkage, when there is one.
    static func linked(_ workers: WorkerPanel?, _ linkage: WorkerLinkage?) -> (panel: WorkerPanel, linkage: WorkerLinkage)? {
        workers.flatMap { panel in linkage.map { (panel: panel, linkage: $0) } }
    }

    /// The metrics of the group with these labels in `year` (see
    /// ``RuralStatCore/Grouping/group(county:township:village:category:)``); `nil` when no such
    /// group has a record that year.
    public func metrics(
        year: Int, county: String? = nil, township: String? = nil, village: String? = nil,
        category: HouseholdCategory? = nil
    ) -> EmploymentGroupYear? {
        grouping.group(county: county, township: township, village: village, category: category)
            .flatMap { table.metrics(group: $0, year: year) }
    }
}
