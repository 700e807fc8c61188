/// The columns of the households file (SPEC §2.1) and of the workers file (SPEC §2.2).
public enum FileSchema {
    private static let nonNegative = ColumnSpec.ValueType.number(minimum: 0, minimumExclusive: false, maximum: nil)
    private static let anyNumber = ColumnSpec.ValueType.number(minimum: nil, minimumExclusive: false, maximum: nil)
    private static let count = ColumnSpec.ValueType.integer(0...Int(Int32.max))
    private static let year = ColumnSpec.ValueType.integer(2000...2100)

    /// The households file: required columns first, in SPEC order, then the optional ones.
    public static let households: [ColumnSpec] = [
        ColumnSpec("household_id", aliases: ["户编号", "户编码"], .text(nonEmpty: true), required: true),
        ColumnSpec("year", aliases: ["年度", "年份"], year, required: true),
        ColumnSpec("household_size", aliases: ["家庭人口数", "家庭人口"], .integer(1...Int(Int32.max)), required: true),
        ColumnSpec("wage_income", aliases: ["工资性收入"], nonNegative, required: true),
        ColumnSpec("operating_income", aliases: ["生产经营性收入"], anyNumber, required: true),
        ColumnSpec("property_income", aliases: ["财产性收入"], nonNegative, required: true),
        ColumnSpec("transfer_income", aliases: ["转移性收入"], nonNegative, required: true),
        ColumnSpec("production_expense", aliases: ["生产经营性支出"], nonNegative, required: true),
        ColumnSpec("county", aliases: ["县", "县区"], .text(nonEmpty: false), required: false),
        ColumnSpec("township", aliases: ["乡镇", "乡镇（街道）"], .text(nonEmpty: false), required: false),
        ColumnSpec("village", aliases: ["行政村", "村"], .text(nonEmpty: false), required: false),
        ColumnSpec("category", aliases: ["户类型", "监测对象类别"], .category, required: false),
        ColumnSpec("labor_count", aliases: ["劳动力人数"], count, required: false),
        ColumnSpec("employed_count", aliases: ["务工人数"], count, required: false),
        ColumnSpec("employed_months", aliases: ["务工月数"], nonNegative, required: false),
        ColumnSpec("out_of_province_count", aliases: ["省外务工人数"], count, required: false),
        ColumnSpec("public_welfare_jobs", aliases: ["公益岗位人数"], count, required: false),
        ColumnSpec("medical_expense", aliases: ["医疗支出"], nonNegative, required: false),
        ColumnSpec("education_expense", aliases: ["教育支出"], nonNegative, required: false),
        ColumnSpec("education_ok", aliases: ["义务教育保障"], .boolean, required: false),
        ColumnSpec("medical_ok", aliases: ["基本医疗保障"], .boolean, required: false),
        ColumnSpec("housing_ok", aliases: ["住房安全保障"], .boolean, required: false),
        ColumnSpec("water_ok", aliases: ["饮水安全保障"], .boolean, required: false),
        ColumnSpec("weight", aliases: ["权重"], .number(minimum: 0, minimumExclusive: true, maximum: nil), required: false),
        ColumnSpec("monitored_since", aliases: ["纳入监测时间"], .date, required: false),
        ColumnSpec("assistance_measures", aliases: ["帮扶措施数"], count, required: false),
    ]

    /// The workers file. `person_id`, `household_id`, `year` and `months_employed` are required;
    /// SPEC §2.2 does not mark the others, and a file without them still answers most questions.
    public static let workers: [ColumnSpec] = [
        ColumnSpec("person_id", aliases: ["人员编号", "身份证号"], .text(nonEmpty: true), required: true),
        ColumnSpec("household_id", aliases: ["户编号"], .text(nonEmpty: true), required: true),
        ColumnSpec("year", aliases: ["年度"], year, required: true),
        ColumnSpec("months_employed", aliases: ["务工月数"], .number(minimum: 0, minimumExclusive: false, maximum: 12),
                   required: true),
        ColumnSpec("location", aliases: ["务工地点"], .location, required: false),
        ColumnSpec("job_type", aliases: ["就业类型"], .jobType, required: false),
        ColumnSpec("wage_income", aliases: ["务工收入"], nonNegative, required: false),
    ]
}
