import RuralStatCore

extension IncomeAnalysis {
    /// The households columns the analysis, its report and its targets read: the required
    /// columns, `weight` and the group columns (``RuralStatCore/GroupDimension/columns``). A
    /// panel read with only these (`HouseholdFile.read(path:options:columns:)`) gives the same
    /// analysis as the whole file, in less memory.
    public static let householdColumns: Set<HouseholdColumn> = Set(HouseholdColumn.allCases.filter(\.isRequired))
        .union(GroupDimension.columns).union([.weight])
}
