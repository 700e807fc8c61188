import RuralStatCore

extension EmploymentAnalysis {
    /// The households columns the analysis, its report and its targets read: the required
    /// columns, `weight`, the group columns (``RuralStatCore/GroupDimension/columns``) and the
    /// household's labour and employment counts (``HouseholdEmployment``). A panel read with
    /// only these gives the same analysis as the whole file, in less memory.
    public static let householdColumns: Set<HouseholdColumn> = Set(HouseholdColumn.allCases.filter(\.isRequired))
        .union(GroupDimension.columns)
        .union([.weight, .laborCount, .employedCount, .employedMonths, .outOfProvinceCount, .publicWelfareJobs])

    /// The optional workers columns the analysis reads (``RuralStatCore/FileSchema/workers``
    /// names; the required ones are always read): `location` and `job_type`, not the worker's
    /// `wage_income`, which no measure of SPEC §3.3 uses.
    public static let workerColumns: Set<String> = ["location", "job_type"]
}
