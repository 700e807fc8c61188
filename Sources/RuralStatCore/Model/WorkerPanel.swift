/// The workers file in memory: one row per worker per year (SPEC §2.2), stored by column.
///
/// `person_id`, `household_id`, `year` and `months_employed` are required; `location`,
/// `job_type` and `wage_income` are optional and `nil` when the file lacks them. Missing
/// cells use the sentinels of ``Missing`` and NaN, as in ``HouseholdPanel``.
public struct WorkerPanel: Sendable {
    /// Where the rows came from.
    public var source: String
    /// The 1-based line of the file on which each row starts.
    public var line: [Int32]
    /// `person_id` (人员编号), hashed upstream.
    public var personID: TextColumn
    /// `household_id` (户编号); its own dictionary, not the households file's.
    public var householdID: TextColumn
    /// `year` (年度).
    public var year: [Int32]
    /// `months_employed` (务工月数), 0–12.
    public var monthsEmployed: [Double]
    /// `location` (务工地点): ``WorkLocation/rawValue`` or ``Missing/code``.
    public var location: [UInt8]?
    /// `job_type` (就业类型): ``JobType/rawValue`` or ``Missing/code``.
    public var jobType: [UInt8]?
    /// `wage_income` (务工收入), yuan.
    public var wageIncome: [Double]?

    /// Creates a panel from its required columns; set optional columns afterwards.
    ///
    /// - Precondition: every column has the same number of rows.
    public init(
        source: String,
        line: [Int32]? = nil,
        personID: TextColumn,
        householdID: TextColumn,
        year: [Int32],
        monthsEmployed: [Double]
    ) {
        let n = personID.count
        precondition([householdID.count, year.count, monthsEmployed.count].allSatisfy { $0 == n },
                     "WorkerPanel columns differ in length")
        self.source = source
        self.line = line ?? (0..<n).map { Int32($0 + 2) }
        self.personID = personID
        self.householdID = householdID
        self.year = year
        self.monthsEmployed = monthsEmployed
    }

    /// The number of worker-year rows.
    public var count: Int { year.count }
}
