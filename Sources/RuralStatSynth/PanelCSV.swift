import RuralStatCore
import RuralStatData
import RuralStatText

/// Writes a `HouseholdPanel` or `WorkerPanel` as CSV text, in the column order of
/// `FileSchema` — the files RuralStat reads back.
///
/// Only the columns the panel has are written. Headers are the English names, or the
/// Chinese ones (`ColumnSpec/chineseName`) with `Language/zh`, which also writes category,
/// location and job-type labels in Chinese and booleans as 是/否. Numbers that are whole are
/// written without a decimal point; others in Swift's shortest round-trip form (the same on
/// every platform). Missing cells are empty. `monitored_since` is `YYYY-MM`, or `YYYY-MM-DD`
/// when the day is not the 1st.
public enum PanelCSV {
    /// The households file as UTF-8 bytes.
    ///
    /// - Complexity: O(rows × columns); about 150 bytes a row.
    public static func households(_ panel: HouseholdPanel, language: Language = .en) -> [UInt8] {
        let columns: [(ColumnSpec, Cells)] = FileSchema.households.compactMap { spec in
            cells(of: panel, spec.name).map { (spec, $0) }
        }
        return write(columns, rows: panel.count, language: language, bytesPerRow: 160)
    }

    /// The workers file as UTF-8 bytes.
    ///
    /// - Complexity: O(rows × columns); about 60 bytes a row.
    public static func workers(_ panel: WorkerPanel, language: Language = .en) -> [UInt8] {
        let columns: [(ColumnSpec, Cells)] = FileSchema.workers.compactMap { spec in
            cells(of: panel, spec.name).map { (spec, $0) }
        }
        return write(columns, rows: panel.count, language: language, bytesPerRow: 64)
    }

    /// One column's storage, by the kind of cell it holds.
    enum Cells {
        case text(TextColumn)
        case integer([Int32])
        case number([Double])
        case boolean([UInt8])
        case category([UInt8])
        case location([UInt8])
        case jobType([UInt8])
        case date([Int32])
    }

    private static func cells(of panel: HouseholdPanel, _ name: String) -> Cells? {
        switch name {
        case "household_id": .text(panel.householdID)
        case "year": .integer(panel.year)
        case "household_size": .integer(panel.householdSize)
        case "wage_income": .number(panel.wageIncome)
        case "operating_income": .number(panel.operatingIncome)
        case "property_income": .number(panel.propertyIncome)
        case "transfer_income": .number(panel.transferIncome)
        case "production_expense": .number(panel.productionExpense)
        case "county": panel.county.map(Cells.text)
        case "township": panel.township.map(Cells.text)
        case "village": panel.village.map(Cells.text)
        case "category": panel.category.map(Cells.category)
        case "labor_count": panel.laborCount.map(Cells.integer)
        case "employed_count": panel.employedCount.map(Cells.integer)
        case "employed_months": panel.employedMonths.map(Cells.number)
        case "out_of_province_count": panel.outOfProvinceCount.map(Cells.integer)
        case "public_welfare_jobs": panel.publicWelfareJobs.map(Cells.integer)
        case "medical_expense": panel.medicalExpense.map(Cells.number)
        case "education_expense": panel.educationExpense.map(Cells.number)
        case "education_ok": panel.educationOK.map(Cells.boolean)
        case "medical_ok": panel.medicalOK.map(Cells.boolean)
        case "housing_ok": panel.housingOK.map(Cells.boolean)
        case "water_ok": panel.waterOK.map(Cells.boolean)
        case "weight": panel.weight.map(Cells.number)
        case "monitored_since": panel.monitoredSince.map(Cells.date)
        case "assistance_measures": panel.assistanceMeasures.map(Cells.integer)
        default: preconditionFailure("FileSchema has a households column PanelCSV does not know: \(name)")
        }
    }

    private static func cells(of panel: WorkerPanel, _ name: String) -> Cells? {
        switch name {
        case "person_id": .text(panel.personID)
        case "household_id": .text(panel.householdID)
        case "year": .integer(panel.year)
        case "months_employed": .number(panel.monthsEmployed)
        case "location": panel.location.map(Cells.location)
        case "job_type": panel.jobType.map(Cells.jobType)
        case "wage_income": panel.wageIncome.map(Cells.number)
        default: preconditionFailure("FileSchema has a workers column PanelCSV does not know: \(name)")
        }
    }

    private static func write(
        _ columns: [(ColumnSpec, Cells)], rows: Int, language: Language, bytesPerRow: Int
    ) -> [UInt8] {
        var writer = CSVWriter(capacity: (rows + 1) * bytesPerRow)
        writer.writeRow(columns.map { language == .zh ? $0.0.chineseName : $0.0.name })
        var fields = [String](repeating: "", count: columns.count)
        for row in 0..<rows {
            for (index, column) in columns.enumerated() {
                fields[index] = cell(column.1, row, language)
            }
            writer.writeRow(fields)
        }
        return writer.bytes
    }

    private static func cell(_ cells: Cells, _ row: Int, _ language: Language) -> String {
        let chinese = language == .zh
        switch cells {
        case .text(let column):
            return column[row] ?? ""
        case .integer(let values):
            return values[row] == Missing.integer ? "" : String(values[row])
        case .number(let values):
            return number(values[row])
        case .boolean(let values):
            switch values[row] {
            case 0: return chinese ? "否" : "0"
            case 1: return chinese ? "是" : "1"
            default: return ""
            }
        case .category(let values):
            guard let category = HouseholdCategory(rawValue: values[row]) else { return "" }
            return chinese ? category.chineseLabel : category.code
        case .location(let values):
            guard let location = WorkLocation(rawValue: values[row]) else { return "" }
            return chinese ? location.chineseLabel : location.code
        case .jobType(let values):
            guard let job = JobType(rawValue: values[row]) else { return "" }
            return chinese ? job.chineseLabel : job.code
        case .date(let values):
            return date(values[row])
        }
    }

    /// A number as written: empty for NaN, no decimal point when whole.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `yyyymmdd` as `YYYY-MM` (day 1) or `YYYY-MM-DD`; empty when missing.
    static func date(_ value: Int32) -> String {
        guard value != Missing.integer else { return "" }
        let day = value % 100
        let month = value / 100 % 100
        let yearMonth = "\(value / 10_000)-" + (month < 10 ? "0" : "") + String(month)
        return day == 1 ? yearMonth : yearMonth + "-" + (day < 10 ? "0" : "") + String(day)
    }
}
