/// The registry: every metric an analysis serves to targets.
extension Metric {
    /// `pci` (人均纯收入): Σ w·net / Σ w·size, yuan per person.
    public static let pci = Metric("pci", title: "PCI (yuan)", chinese: "人均纯收入（元）", unit: .yuan, owner: .income)
    /// `growth` (增长率): the group's pci growth over t−1, balanced or cross-section.
    public static let growth = Metric("growth", title: "Growth", chinese: "增长率", unit: .rate, owner: .income)
    /// `median` (中位数): the person-weighted median pci.
    public static let median = Metric("median", title: "Median (yuan)", chinese: "中位数（元）", unit: .yuan, owner: .income)
    /// `wage_share` (工资性收入占比): Σ w·wage / Σ w·gross, undefined when Σ w·gross ≤ 0.
    public static let wageShare = Metric(
        "wage_share", title: "Wage share", chinese: "工资性收入占比", unit: .share, owner: .income)
    /// `operating_income_per_capita` (人均生产经营性收入): Σ w·operating / Σ w·size.
    public static let operatingIncomePerCapita = Metric(
        "operating_income_per_capita", title: "Operating p.c. (yuan)", chinese: "人均生产经营性收入（元）",
        unit: .yuan, owner: .income)
    /// `operating_net_share` (家庭经营净收入比重): Σ w·(operating − production_expense) / Σ w·net,
    /// undefined when Σ w·net ≤ 0 (Fangcheng: "家庭经营净收入比重高于2021年度").
    public static let operatingNetShare = Metric(
        "operating_net_share", title: "Net operating share", chinese: "家庭经营净收入比重", unit: .share,
        owner: .income)
    /// `households_below_line` (低于监测线户数): Σ w over households with pci below the line.
    public static let householdsBelowLine = Metric(
        "households_below_line", title: "Households below line", chinese: "低于监测线户数", unit: .count,
        owner: .income)
    /// `persons_below_line` (低于监测线人数): Σ w·size over the same households.
    public static let personsBelowLine = Metric(
        "persons_below_line", title: "Persons below line", chinese: "低于监测线人数", unit: .count, owner: .income)
    /// `share_below_line` (低于监测线人口占比): persons below the line / persons (FGT0 at that line).
    public static let shareBelowLine = Metric(
        "share_below_line", title: "Share below line", chinese: "低于监测线人口占比", unit: .share, owner: .income)

    /// `workers` (务工人数): Σ w·employed_count.
    public static let workers = Metric("workers", title: "Workers", chinese: "务工人数", unit: .count, owner: .employment)
    /// `labor` (劳动力): Σ w·labor_count.
    public static let labor = Metric("labor", title: "Labour", chinese: "劳动力", unit: .count, owner: .employment)
    /// `coverage` (就业覆盖率): households with labour and a worker / households with labour.
    public static let coverage = Metric(
        "coverage", title: "Coverage", chinese: "就业覆盖率", unit: .share, owner: .employment)
    /// `zero_employment_households` (零就业家庭): Σ w over labour ≥ 1 and no worker.
    public static let zeroEmploymentHouseholds = Metric(
        "zero_employment_households", title: "Zero-employment", chinese: "零就业家庭", unit: .count,
        owner: .employment)
    /// `out_of_province_workers` (省外务工人数): Σ w·out_of_province_count (Wenshan: "省外转移就业"),
    /// the households file's column, with or without a workers file (whose worker rows by
    /// location are the separate `location_out_of_province`); a record with an empty cell adds
    /// nothing, and a group-year with no known cell (or a file without the column) has no value.
    public static let outOfProvinceWorkers = Metric(
        "out_of_province_workers", title: "Out of province", chinese: "省外务工人数", unit: .count,
        owner: .employment)
    /// `public_welfare_jobs` (公益岗位人数): Σ w·public_welfare_jobs ("公益性岗位安置人数"), the
    /// households file's column, with or without a workers file (whose worker rows by job type
    /// are the separate `job_type_public_welfare`); empty cells and a missing column as for
    /// ``outOfProvinceWorkers``.
    public static let publicWelfareJobs = Metric(
        "public_welfare_jobs", title: "Public-welfare jobs", chinese: "公益岗位人数", unit: .count,
        owner: .employment)
    /// `stable_share` (稳定就业占比): worker rows with enough months / worker rows.
    public static let stableShare = Metric(
        "stable_share", title: "Stable", chinese: "稳定就业占比", unit: .share, owner: .employment)

    /// `education_gap` (义务教育未保障户): Σ w over households whose `education_ok` is 0.
    public static let educationGap = Metric(
        "education_gap", title: "Education gap", chinese: "义务教育未保障", unit: .count, owner: .guarantees)
    /// `medical_gap` (基本医疗未保障户): Σ w over households whose `medical_ok` is 0.
    public static let medicalGap = Metric(
        "medical_gap", title: "Medical gap", chinese: "基本医疗未保障", unit: .count, owner: .guarantees)
    /// `housing_gap` (住房安全未保障户): Σ w over households whose `housing_ok` is 0.
    public static let housingGap = Metric(
        "housing_gap", title: "Housing gap", chinese: "住房安全未保障", unit: .count, owner: .guarantees)
    /// `water_gap` (饮水安全未保障户): Σ w over households whose `water_ok` is 0.
    public static let waterGap = Metric(
        "water_gap", title: "Water gap", chinese: "饮水安全未保障", unit: .count, owner: .guarantees)
    /// `any_gap` (问题户): Σ w over households with at least one of the four flags 0.
    public static let anyGap = Metric("any_gap", title: "Any gap", chinese: "问题户", unit: .count, owner: .guarantees)
    /// `any_gap_share` (问题户占比): any_gap / the households whose status is known.
    public static let anyGapShare = Metric(
        "any_gap_share", title: "Gap share", chinese: "问题户占比", unit: .share, owner: .guarantees)
    /// `missing_flags` (信息缺失户): Σ w over households with no flag 0 and at least one unknown.
    public static let missingFlags = Metric(
        "missing_flags", title: "Flags missing", chinese: "信息缺失户", unit: .count, owner: .guarantees)
    /// `persons_with_gap` (问题户人口): Σ w·household_size over the households with a gap.
    public static let personsWithGap = Metric(
        "persons_with_gap", title: "Persons with gap", chinese: "问题户人口", unit: .count, owner: .guarantees)
    /// `education_gap_share`: education_gap / the households whose `education_ok` is known.
    public static let educationGapShare = Metric(
        "education_gap_share", title: "Education gap share", chinese: "义务教育未保障占比", unit: .share,
        owner: .guarantees)
    /// `medical_gap_share`: medical_gap / the households whose `medical_ok` is known.
    public static let medicalGapShare = Metric(
        "medical_gap_share", title: "Medical gap share", chinese: "基本医疗未保障占比", unit: .share,
        owner: .guarantees)
    /// `housing_gap_share`: housing_gap / the households whose `housing_ok` is known.
    public static let housingGapShare = Metric(
        "housing_gap_share", title: "Housing gap share", chinese: "住房安全未保障占比", unit: .share,
        owner: .guarantees)
    /// `water_gap_share`: water_gap / the households whose `water_ok` is known.
    public static let waterGapShare = Metric(
        "water_gap_share", title: "Water gap share", chinese: "饮水安全未保障占比", unit: .share, owner: .guarantees)

    /// `monitored_not_cleared` (风险未消除监测户): Σ w over the households that in year t are
    /// monitoring objects not ready for risk elimination (`elimination_ready` false, SPEC §3.2);
    /// a member of the population that is no longer a monitoring object in t counts as cleared.
    /// Fangcheng: "力争年底前现有2943户8417人监测对象风险全部消除", on the objects as at the start
    /// of the year.
    public static let monitoredNotCleared = Metric(
        "monitored_not_cleared", title: "Risk not cleared", chinese: "风险未消除监测户", unit: .count, owner: .risk)

    /// Every metric, in the order of the lists above (by owner).
    public static let all: [Metric] = [
        pci, growth, median, wageShare, operatingIncomePerCapita, operatingNetShare, householdsBelowLine,
        personsBelowLine, shareBelowLine, workers, labor, coverage, zeroEmploymentHouseholds, outOfProvinceWorkers,
        publicWelfareJobs, stableShare, educationGap, medicalGap, housingGap, waterGap, anyGap, anyGapShare,
        missingFlags, personsWithGap, educationGapShare, medicalGapShare, housingGapShare, waterGapShare,
        monitoredNotCleared,
    ]

    /// The metrics `owner` computes.
    public static func owned(by owner: Owner) -> [Metric] {
        all.filter { $0.owner == owner }
    }
}
