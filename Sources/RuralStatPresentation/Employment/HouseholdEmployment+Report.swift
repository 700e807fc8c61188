import RuralStatCore
import RuralStatEmployment
import RuralStatReport
import RuralStatText

/// The household lists of `ruralstat employment --list`.
extension HouseholdEmployment {
    /// `--list households`: every household-year with its indicators, sorted by year, group
    /// and household id: `year, household_id, <by…>, labor_count, employed_count,
    /// employed_months, covered, zero_employment, employment_rate, months_intensity,
    /// persistent, wage_share, stability_index` and, with a workers file, `worker_rows`; a
    /// narrow terminal keeps the year, household, group, labour, workers and stability index.
    ///
    /// - Parameters:
    ///   - grouping: the `--by` grouping of the panel.
    ///   - linkage: the workers file's linkage, for the count of worker rows.
    ///   - year: only this year; every year when `nil`.
    public func householdsTable(grouping: Grouping, linkage: WorkerLinkage? = nil, year: Int? = nil) -> ReportTable {
        var columns = [ReportColumn("year", title: "Year", chinese: "年度", style: .year, priority: .essential),
                       ReportColumn("household_id", title: "Household", chinese: "户编号", style: .text, priority: .essential)]
        columns += GroupColumns.columns(for: grouping.dimensions)
        columns += [
            ReportColumn("labor_count", title: "Labour", chinese: "劳动力人数", style: .count, priority: .essential),
            ReportColumn("employed_count", title: "Workers", chinese: "务工人数", style: .count, priority: .essential),
            ReportColumn("employed_months", title: "Months", chinese: "务工月数", style: .decimal(1)),
            ReportColumn("covered", title: "Covered", chinese: "有务工", style: .flag),
            ReportColumn("zero_employment", title: "Zero employment", chinese: "零就业", style: .flag),
            ReportColumn("employment_rate", title: "Employment rate", chinese: "劳动力务工率", style: .share),
            ReportColumn("months_intensity", title: "Months intensity", chinese: "务工月数充分度", style: .share),
            ReportColumn("persistent", title: "Persistent", chinese: "连续务工", style: .flag),
            ReportColumn("wage_share", title: "Wage share", chinese: "工资性收入占比", style: .share),
            ReportColumn("stability_index", title: "Stability index", chinese: "就业稳定指数", style: .decimal(1), priority: .essential),
        ]
        if linkage != nil { columns.append(ReportColumn("worker_rows", title: "Worker rows", chinese: "务工人员", style: .count)) }
        var table = ReportTable(columns: columns)
        for row in sortedRows(year: year, group: grouping.groupOfRow) {
            let x = indicators(row)
            var cells: [ReportCell] = [.integer(Int(panel.year[row])), .text(panel.householdID[row] ?? "")]
            cells += GroupColumns.cells(labels: grouping.labels[Int(grouping.groupOfRow[row])], dimensions: grouping.dimensions)
            cells += [
                Self.cell(x.labor), Self.cell(x.employed), .number(months(row)),
                Self.cell(x.covered), Self.cell(x.zeroEmployment), .number(x.employmentRate),
                .number(x.monthsIntensity), Self.cell(x.persistent), .number(x.wageShare), .number(x.stabilityIndex),
            ]
            if let linkage { cells.append(.integer(Int(linkage.workerCount[row]))) }
            table.append(cells)
        }
        return table
    }

    /// `--list zero-employment` (零就业家庭): the households with labour and no worker, for
    /// follow-up, sorted by year, county, township, village and household id: `year, county,
    /// township, village` (those the file has), `household_id, category, household_size,
    /// labor_count, employed_last_year`.
    ///
    /// - Parameter year: only this year; every year when `nil`.
    public func zeroEmploymentTable(year: Int? = nil) -> ReportTable {
        let places = panel.places
        var columns = HouseholdListColumns.columns(places: places.map(\.dimension))
        columns += [
            ReportColumn("household_size", title: "Persons", chinese: "家庭人口", style: .count),
            ReportColumn("labor_count", title: "Labour", chinese: "劳动力人数", style: .count),
            ReportColumn("employed_last_year", title: "Workers last year", chinese: "上年务工人数", style: .count),
        ]
        let zero = (0..<panel.count).filter { row in
            (year == nil || Int(panel.year[row]) == year) && labor(row).map { $0 >= 1 } == true && employed(row) == 0
        }
        let keys = zero.map { row in places.map { $0.column[row] ?? "" } + [panel.householdID[row] ?? ""] }
        let order = zero.indices.sorted {
            panel.year[zero[$0]] != panel.year[zero[$1]]
                ? panel.year[zero[$0]] < panel.year[zero[$1]] : keys[$0].lexicographicallyPrecedes(keys[$1])
        }
        var table = ReportTable(columns: columns)
        for index in order {
            let row = zero[index]
            let previous = Int(previousRow[row])
            var cells = HouseholdListColumns.cells(row: row, of: panel, places: places.map(\.column))
            cells += [
                .integer(Int(panel.householdSize[row])), Self.cell(labor(row)),
                previous >= 0 ? Self.cell(employed(previous)) : .missing,
            ]
            table.append(cells)
        }
        return table
    }

    /// The rows of `year` (or all), sorted by year, group and household id.
    private func sortedRows(year: Int?, group: [Int32]) -> [Int] {
        let rows = (0..<panel.count).filter { year == nil || Int(panel.year[$0]) == year }
        let ids = panel.householdID
        return rows.sorted { a, b in
            if panel.year[a] != panel.year[b] { return panel.year[a] < panel.year[b] }
            if group[a] != group[b] { return group[a] < group[b] }
            return (ids[a] ?? "") < (ids[b] ?? "")
        }
    }

    private static func cell(_ value: Int32?) -> ReportCell { value.map { .integer(Int($0)) } ?? .missing }
    private static func cell(_ value: Bool?) -> ReportCell { value.map(ReportCell.boolean) ?? .missing }
}
