/// The columns of the households file (SPEC §2.1) and of the workers file (SPEC §2.2).
public enum FileSchema {
    private static let nonNegative = ColumnSpec.ValueType.number(minimum: 0, minimumExclusive: false, maximum: nil)
    private static let year = ColumnSpec.ValueType.integer(2000...2100)

    /// The households file: required columns first, in SPEC order, then the optional ones
    /// (``HouseholdColumn``).
    public static let households: [ColumnSpec] = HouseholdColumn.allCases.map(\.spec)

    /// The Chinese header RuralStat writes for the households column `name`
    /// (``ColumnSpec/chineseName``), or `name` itself when the file has no such column; for
    /// messages and tables in Chinese.
    public static func chineseHouseholdHeader(_ name: String) -> String {
        households.first { $0.name == name }?.chineseName ?? name
    }

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
