/// The households file in memory: one row per household per year (SPEC §2.1), stored by column.
///
/// Every column is one contiguous array, so a pass over a column is a tight loop. Optional
/// columns are `nil` when the file does not have them; a missing cell in a present column is
/// NaN (numbers), ``Missing/integer`` (integers), ``Missing/code`` (booleans, categories) or
/// ``TextColumn/missing`` (text).
///
/// Rows keep the order of the file. ``line`` gives each row's 1-based line in the source
/// file, so later checks can point back at the input.
public struct HouseholdPanel: Sendable {
    /// Where the rows came from (a path, or a description for panels built in code).
    public var source: String
    /// The 1-based line of the file on which each row starts.
    public var line: [Int32]

    // MARK: Required columns

    /// `household_id` (户编号).
    public var householdID: TextColumn
    /// `year` (年度), 2000–2100.
    public var year: [Int32]
    /// `household_size` (家庭人口数), at least 1.
    public var householdSize: [Int32]
    /// `wage_income` (工资性收入), yuan per year, at least 0.
    public var wageIncome: [Double]
    /// `operating_income` (生产经营性收入), gross, yuan per year, any sign.
    public var operatingIncome: [Double]
    /// `property_income` (财产性收入), yuan per year, at least 0.
    public var propertyIncome: [Double]
    /// `transfer_income` (转移性收入), yuan per year, at least 0.
    public var transferIncome: [Double]
    /// `production_expense` (生产经营性支出), yuan per year, at least 0.
    public var productionExpense: [Double]

    // MARK: Optional columns

    /// `county` (县).
    public var county: TextColumn?
    /// `township` (乡镇).
    public var township: TextColumn?
    /// `village` (行政村).
    public var village: TextColumn?
    /// `category` (户类型): ``HouseholdCategory/rawValue`` per row, ``Missing/code`` if missing.
    public var category: [UInt8]?
    /// `labor_count` (劳动力人数).
    public var laborCount: [Int32]?
    /// `employed_count` (务工人数).
    public var employedCount: [Int32]?
    /// `employed_months` (务工月数): the household's total over its workers.
    public var employedMonths: [Double]?
    /// `out_of_province_count` (省外务工人数).
    public var outOfProvinceCount: [Int32]?
    /// `public_welfare_jobs` (公益岗位人数).
    public var publicWelfareJobs: [Int32]?
    /// `medical_expense` (医疗支出), out of pocket.
    public var medicalExpense: [Double]?
    /// `education_expense` (教育支出).
    public var educationExpense: [Double]?
    /// `education_ok` (义务教育保障): 1, 0 or ``Missing/code``.
    public var educationOK: [UInt8]?
    /// `medical_ok` (基本医疗保障): 1, 0 or ``Missing/code``.
    public var medicalOK: [UInt8]?
    /// `housing_ok` (住房安全保障): 1, 0 or ``Missing/code``.
    public var housingOK: [UInt8]?
    /// `water_ok` (饮水安全保障): 1, 0 or ``Missing/code``.
    public var waterOK: [UInt8]?
    /// `weight` (权重), greater than 0; `nil` means every weight is 1. A missing cell is 1.
    public var weight: [Double]?
    /// `monitored_since` (纳入监测时间) as `yyyymmdd` (day 1 when the file gives `YYYY-MM`).
    public var monitoredSince: [Int32]?
    /// `assistance_measures` (帮扶措施数).
    public var assistanceMeasures: [Int32]?

    /// Creates a panel from its required columns; set optional columns afterwards.
    ///
    /// - Precondition: every column has the same number of rows.
    public init(
        source: String,
        line: [Int32]? = nil,
        householdID: TextColumn,
        year: [Int32],
        householdSize: [Int32],
        wageIncome: [Double],
        operatingIncome: [Double],
        propertyIncome: [Double],
        transferIncome: [Double],
        productionExpense: [Double]
    ) {
        let n = householdID.count
        precondition(
            [year.count, householdSize.count, wageIncome.count, operatingIncome.count,
             propertyIncome.count, transferIncome.count, productionExpense.count].allSatisfy { $0 == n },
            "HouseholdPanel columns differ in length"
        )
        self.source = source
        self.line = line ?? (0..<n).map { Int32($0 + 2) }
        self.householdID = householdID
        self.year = year
        self.householdSize = householdSize
        self.wageIncome = wageIncome
        self.operatingIncome = operatingIncome
        self.propertyIncome = propertyIncome
        self.transferIncome = transferIncome
        self.productionExpense = productionExpense
    }

    /// The number of household-year rows.
    public var count: Int { year.count }
}
