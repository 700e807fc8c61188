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
        if let workers, let linkage {
            warnings = EmploymentConsistency.warnings(workers: workers, households: panel, linkage: linkage)
            table = EmploymentGroupTable(households: households, workers: (workers, linkage), grouping: grouping)
        } else {
            warnings = []
            table = EmploymentGroupTable(households: households, workers: nil, grouping: grouping)
        }
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
