import RuralStatCore

/// Analysing with a ``MonitoringLine`` as written in a targets file or `--line`.
extension IncomeAnalysis {
    /// Analyses `panel` grouped by `dimensions`, with the line of each year from `line`.
    ///
    /// A `median:s` line is s times the year's weighted median pci of the whole panel (see
    /// ``medianPCIByYear(of:)``), the same line for every group and population of the year.
    /// With no line there are no FGT measures.
    /// - Throws: ``GroupingError`` when the panel lacks a `--by` column.
    public init(
        panel: HouseholdPanel,
        by dimensions: [GroupDimension],
        mode: PanelMode = .balanced,
        line: MonitoringLine? = nil,
        growthRate: Double? = nil,
        population: Population = .everyone
    ) throws(GroupingError) {
        try self.init(
            panel: panel, by: dimensions, mode: mode, lines: line.map { Self.lines($0, for: panel) } ?? [:],
            growthRate: growthRate, population: population
        )
    }

    /// The line z_t of each year of `panel` that `line` gives one for, yuan per person.
    public static func lines(_ line: MonitoringLine, for panel: HouseholdPanel) -> [Int: Double] {
        var medians: [Int: Double]?
        var lines: [Int: Double] = [:]
        for year in Set(panel.year).map(Int.init) {
            lines[year] = line.value(year: year) {
                if medians == nil { medians = medianPCIByYear(of: panel) }
                return medians?[year]
            }
        }
        return lines
    }
}
