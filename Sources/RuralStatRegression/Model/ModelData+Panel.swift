import RuralStatCore

/// A household panel as model data: what the forecasting and risk models fit on, from the
/// panel already in memory (the file is not read again).
extension ModelData {
    /// The names of the per-household quantities derived from the panel's columns, after
    /// them: `gross`, `net`, `pci`, `wage_share`, `pci_prev`, `pci_change`.
    public static let derivedPanelColumns = ["gross", "net", "pci", "wage_share", "pci_prev", "pci_change"]

    /// The rows `rows` of `panel` (every row by default, in panel order) as model data.
    ///
    /// Columns have the SPEC §2.1 names, for the columns the panel has:
    /// - text: `household_id`, `county`, `township`, `village`, and `category` as its code
    ///   (`alleviated` …), so `C(category)` and `C(township)` are categories;
    /// - numbers: `year`, `household_size`, the four incomes, `production_expense`, the
    ///   employment counts and months, the expenses, `assistance_measures`, the four 保障
    ///   flags as 1/0, and `weight` (1 where the panel has none, as every analysis weighs);
    ///   a missing cell is NaN, so a model using the column drops the row and counts it.
    ///   `monitored_since` is left out (a date is not a regressor).
    ///
    /// Then the derived quantities of SPEC §3 and §3.2, each computed by the panel's own
    /// definitions (``HouseholdPanel/gross(_:)``, ``HouseholdPanel/net(_:)``,
    /// ``HouseholdPanel/pci(_:)``, ``HouseholdPanel/wageShare(_:)``): `gross`, `net`, `pci`;
    /// `wage_share` = wage / gross (NaN when gross ≤ 0); `pci_prev`, the pci of the same
    /// household's record of the year before (NaN without one); `pci_change` =
    /// pci / pci_prev − 1 (NaN unless pci_prev > 0). The line numbers are the panel's, so a
    /// model's errors name the input file's lines.
    ///
    /// - Precondition: every index in `rows` is a row of `panel`.
    /// - Complexity: O(n + rows × columns) for a panel of n rows.
    public init(panel: HouseholdPanel, rows: [Int]? = nil) {
        self.init(panel: panel, rows: rows, only: nil)
    }

    /// The table of ``init(panel:rows:)`` with only the columns whose names, lowercased, are
    /// in `names` (every column for `nil`), in the same order: the others are not computed.
    ///
    /// - Precondition: `names`, when given, includes at least one of the table's columns.
    package init(panel: HouseholdPanel, rows: [Int]? = nil, only names: Set<String>?) {
        let rows = rows ?? Array(0..<panel.count)
        func numbers(_ values: [Double]) -> Column { .numeric(rows.map { values[$0] }) }
        func integers(_ values: [Int32]) -> Column {
            .numeric(rows.map { values[$0] == Missing.integer ? .nan : Double(values[$0]) })
        }
        func flags(_ values: [UInt8]) -> Column {
            .numeric(rows.map { values[$0] == Missing.code ? .nan : Double(values[$0]) })
        }
        func text(_ column: TextColumn) -> Column {
            .text(TextColumn(codes: rows.map { column.codes[$0] }, dictionary: column.dictionary))
        }
        var columns: [(name: String, column: Column)] = []
        func wanted(_ name: String) -> Bool { names?.contains(name.lowercased()) ?? true }
        func add(_ name: String, _ column: @autoclosure () -> Column?) {
            if wanted(name), let column = column() { columns.append((name, column)) }
        }
        add("household_id", text(panel.householdID))
        add("year", integers(panel.year))
        add("household_size", integers(panel.householdSize))
        add("wage_income", numbers(panel.wageIncome))
        add("operating_income", numbers(panel.operatingIncome))
        add("property_income", numbers(panel.propertyIncome))
        add("transfer_income", numbers(panel.transferIncome))
        add("production_expense", numbers(panel.productionExpense))
        add("county", panel.county.map(text))
        add("township", panel.township.map(text))
        add("village", panel.village.map(text))
        add("category", panel.category.map { codes in
            .text(TextColumn(codes: rows.map { codes[$0] == Missing.code ? TextColumn.missing : UInt32(codes[$0]) },
                             dictionary: HouseholdCategory.allCases.map(\.code)))
        })
        add("labor_count", panel.laborCount.map(integers))
        add("employed_count", panel.employedCount.map(integers))
        add("employed_months", panel.employedMonths.map(numbers))
        add("out_of_province_count", panel.outOfProvinceCount.map(integers))
        add("public_welfare_jobs", panel.publicWelfareJobs.map(integers))
        add("medical_expense", panel.medicalExpense.map(numbers))
        add("education_expense", panel.educationExpense.map(numbers))
        add("education_ok", panel.educationOK.map(flags))
        add("medical_ok", panel.medicalOK.map(flags))
        add("housing_ok", panel.housingOK.map(flags))
        add("water_ok", panel.waterOK.map(flags))
        add("weight", .numeric(rows.map(panel.weight)))
        add("assistance_measures", panel.assistanceMeasures.map(integers))

        let needsPrevious = wanted("pci_prev") || wanted("pci_change")
        let previous = needsPrevious ? panel.previousYearRows() : []
        let pci = wanted("pci") || wanted("pci_change") ? rows.map(panel.pci) : []
        let pciPrevious = needsPrevious ? rows.map { previous[$0] < 0 ? Double.nan : panel.pci(Int(previous[$0])) } : []
        add("gross", .numeric(rows.map(panel.gross)))
        add("net", .numeric(rows.map(panel.net)))
        add("pci", .numeric(pci))
        add("wage_share", .numeric(rows.map { panel.wageShare($0) ?? .nan }))
        add("pci_prev", .numeric(pciPrevious))
        add("pci_change", .numeric(zip(pci, pciPrevious).map { $1 > 0 ? $0 / $1 - 1 : .nan }))
        self.init(columns, lineNumbers: rows.map { Int(panel.line[$0]) })
    }
}
