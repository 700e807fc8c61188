/// The columns of the households file (SPEC §2.1): the one registry from which the file
/// schema, the panel's storage access (``HouseholdPanel/subscript(_:)``), subsetting, the
/// optional columns present and the writers are derived.
///
/// Cases are in SPEC order: the required columns first, then the optional ones.
public enum HouseholdColumn: String, CaseIterable, Sendable, Hashable {
    /// `household_id` (户编号).
    case householdID = "household_id"
    /// `year` (年度).
    case year
    /// `household_size` (家庭人口数).
    case householdSize = "household_size"
    /// `wage_income` (工资性收入).
    case wageIncome = "wage_income"
    /// `operating_income` (生产经营性收入).
    case operatingIncome = "operating_income"
    /// `property_income` (财产性收入).
    case propertyIncome = "property_income"
    /// `transfer_income` (转移性收入).
    case transferIncome = "transfer_income"
    /// `production_expense` (生产经营性支出).
    case productionExpense = "production_expense"
    /// `county` (县).
    case county
    /// `township` (乡镇).
    case township
    /// `village` (行政村).
    case village
    /// `category` (户类型).
    case category
    /// `labor_count` (劳动力人数).
    case laborCount = "labor_count"
    /// `employed_count` (务工人数).
    case employedCount = "employed_count"
    /// `employed_months` (务工月数).
    case employedMonths = "employed_months"
    /// `out_of_province_count` (省外务工人数).
    case outOfProvinceCount = "out_of_province_count"
    /// `public_welfare_jobs` (公益岗位人数).
    case publicWelfareJobs = "public_welfare_jobs"
    /// `medical_expense` (医疗支出).
    case medicalExpense = "medical_expense"
    /// `education_expense` (教育支出).
    case educationExpense = "education_expense"
    /// `education_ok` (义务教育保障).
    case educationOK = "education_ok"
    /// `medical_ok` (基本医疗保障).
    case medicalOK = "medical_ok"
    /// `housing_ok` (住房安全保障).
    case housingOK = "housing_ok"
    /// `water_ok` (饮水安全保障).
    case waterOK = "water_ok"
    /// `weight` (权重).
    case weight
    /// `monitored_since` (纳入监测时间).
    case monitoredSince = "monitored_since"
    /// `assistance_measures` (帮扶措施数).
    case assistanceMeasures = "assistance_measures"

    private static let nonNegative = ColumnSpec.ValueType.number(minimum: 0, minimumExclusive: false, maximum: nil)
    private static let anyNumber = ColumnSpec.ValueType.number(minimum: nil, minimumExclusive: false, maximum: nil)
    private static let count = ColumnSpec.ValueType.integer(0...Int(Int32.max))

    /// The column's name, aliases, type and rule.
    public var spec: ColumnSpec {
        switch self {
        case .householdID: ColumnSpec("household_id", aliases: ["户编号", "户编码"], .text(nonEmpty: true), required: true)
        case .year: ColumnSpec("year", aliases: ["年度", "年份"], .integer(2000...2100), required: true)
        case .householdSize: ColumnSpec("household_size", aliases: ["家庭人口数", "家庭人口"], .integer(1...Int(Int32.max)),
                                      required: true)
        case .wageIncome: ColumnSpec("wage_income", aliases: ["工资性收入"], Self.nonNegative, required: true)
        case .operatingIncome: ColumnSpec("operating_income", aliases: ["生产经营性收入"], Self.anyNumber, required: true)
        case .propertyIncome: ColumnSpec("property_income", aliases: ["财产性收入"], Self.nonNegative, required: true)
        case .transferIncome: ColumnSpec("transfer_income", aliases: ["转移性收入"], Self.nonNegative, required: true)
        case .productionExpense: ColumnSpec("production_expense", aliases: ["生产经营性支出"], Self.nonNegative,
                                      required: true)
        case .county: ColumnSpec("county", aliases: ["县", "县区"], .text(nonEmpty: false), required: false)
        case .township: ColumnSpec("township", aliases: ["乡镇", "乡镇（街道）"], .text(nonEmpty: false), required: false)
        case .village: ColumnSpec("village", aliases: ["行政村", "村"], .text(nonEmpty: false), required: false)
        case .category: ColumnSpec("category", aliases: ["户类型", "监测对象类别"], .category, required: false)
        case .laborCount: ColumnSpec("labor_count", aliases: ["劳动力人数"], Self.count, required: false)
        case .employedCount: ColumnSpec("employed_count", aliases: ["务工人数"], Self.count, required: false)
        case .employedMonths: ColumnSpec("employed_months", aliases: ["务工月数"], Self.nonNegative, required: false)
        case .outOfProvinceCount: ColumnSpec("out_of_province_count", aliases: ["省外务工人数"], Self.count, required: false)
        case .publicWelfareJobs: ColumnSpec("public_welfare_jobs", aliases: ["公益岗位人数"], Self.count, required: false)
        case .medicalExpense: ColumnSpec("medical_expense", aliases: ["医疗支出"], Self.nonNegative, required: false)
        case .educationExpense: ColumnSpec("education_expense", aliases: ["教育支出"], Self.nonNegative, required: false)
        case .educationOK: ColumnSpec("education_ok", aliases: ["义务教育保障"], .boolean, required: false)
        case .medicalOK: ColumnSpec("medical_ok", aliases: ["基本医疗保障"], .boolean, required: false)
        case .housingOK: ColumnSpec("housing_ok", aliases: ["住房安全保障"], .boolean, required: false)
        case .waterOK: ColumnSpec("water_ok", aliases: ["饮水安全保障"], .boolean, required: false)
        case .weight: ColumnSpec("weight", aliases: ["权重"], .number(minimum: 0, minimumExclusive: true, maximum: nil),
                                      required: false)
        case .monitoredSince: ColumnSpec("monitored_since", aliases: ["纳入监测时间"], .date, required: false)
        case .assistanceMeasures: ColumnSpec("assistance_measures", aliases: ["帮扶措施数"], Self.count, required: false)
        }
    }

    /// Whether every households file must have the column.
    public var isRequired: Bool { spec.isRequired }
}
