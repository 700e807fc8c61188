import RuralStatCore
import RuralStatEmployment
import RuralStatReport
import RuralStatText

/// The `employment` table of SPEC §4.1.
extension EmploymentGroupTable {
    /// The table: `year, <by…>, households, labor, workers, workers_change,
    /// zero_employment_households, coverage, mean_months, stable_share, wage_share,
    /// wage_share_change, out_of_province_workers, public_welfare_jobs`, then
    /// `households_with_labor, covered, persistent, employment_rate, stability_index` and, with
    /// a workers file, `worker_rows, stable_workers, workers_kept`, one `location_<code>` per
    /// ``RuralStatData/WorkLocation`` and one `job_type_<code>` per ``RuralStatData/JobType``.
    ///
    /// Rows are sorted by year, then group; undefined values are missing cells. Tables for
    /// people keep `workers`, `workers_change`, `zero_employment_households` and `coverage`
    /// on a narrow terminal, and show the columns after SPEC §4.1's only with `--wide`.
    ///
    /// - Parameters:
    ///   - dimensions: the grouping's dimensions (the `--by` columns).
    ///   - year: only this year's rows; every year when `nil`.
    ///   - weighted: whether the households file has weights other than 1: `households` is
    ///     then titled Σw, as it sums weights.
    public func reportTable(dimensions: [GroupDimension], year: Int? = nil, weighted: Bool = false) -> ReportTable {
        let withWorkers = rows.contains { $0.workerRows != nil }
        let households: MetricColumn = (weighted
            ? ReportColumn("households", title: "Households (Σw)", chinese: "户数（加权）", style: .count)
            : ReportColumn("households", title: "Households", chinese: "户数", style: .count), { $0.households })
        let metrics = [households] + Self.specColumns + Self.extraColumns + (withWorkers ? Self.workerColumns : [])
        return GroupColumns.table(
            rows.filter { year == nil || $0.year == year }, labels: groupLabels, dimensions: dimensions,
            metrics: metrics.map(\.column), year: \.year, group: \.group, values: { row in metrics.map { $0.value(row) } })
    }

    /// A column and how to read its value from a group-year.
    private typealias MetricColumn = (column: ReportColumn, value: @Sendable (EmploymentGroupYear) -> Double?)

    /// The columns SPEC §4.1 fixes after `households`, in its order.
    private static let specColumns: [MetricColumn] = [
        (Metric.labor.column, \.labor),
        (Metric.workers.column.with(.essential), \.workers),
        (ReportColumn("workers_change", title: "Δ workers", chinese: "务工人数增减", style: .signedDecimal(0),
                      priority: .essential), \.workersChange),
        (Metric.zeroEmploymentHouseholds.column.with(.essential), \.zeroEmploymentHouseholds),
        (Metric.coverage.column.with(.essential), \.coverage),
        (ReportColumn("mean_months", title: "Months/worker", chinese: "人均务工月数", style: .decimal(1)), \.meanMonths),
        (Metric.stableShare.column, \.stableShare),
        (Metric.wageShare.column, \.wageShare),
        (ReportColumn("wage_share_change", title: "Δ wage share", chinese: "工资性收入占比变化", style: .signedPoints),
         \.wageShareChange),
        (ReportColumn("out_of_province_workers", title: "Out of province", chinese: "省外务工", style: .count),
         \.outOfProvinceWorkers),
        (ReportColumn("public_welfare_jobs", title: "Public-welfare jobs", chinese: "公益岗位", style: .count),
         \.publicWelfareJobs),
    ]

    /// Household counts and rates behind the SPEC's columns (only with `--wide`).
    private static let extraColumns: [MetricColumn] = wideOnly([
        (ReportColumn("households_with_labor", title: "With labour", chinese: "有劳动力户数", style: .count),
         \.householdsWithLabor),
        (ReportColumn("covered", title: "Covered", chinese: "有务工户数", style: .count), \.covered),
        (ReportColumn("persistent", title: "Persistent", chinese: "连续务工户数", style: .count), \.persistent),
        (ReportColumn("employment_rate", title: "Employment rate", chinese: "劳动力务工率", style: .share),
         \.employmentRate),
        (ReportColumn("stability_index", title: "Stability index", chinese: "就业稳定指数", style: .decimal(1)),
         \.stabilityIndex),
    ])

    /// The worker-level columns of a workers file (only with `--wide`).
    private static let workerColumns: [MetricColumn] = wideOnly([
        (ReportColumn("worker_rows", title: "Worker rows", chinese: "务工人员", style: .count), \.workerRows),
        (ReportColumn("stable_workers", title: "Stable workers", chinese: "稳定就业人数", style: .count), \.stableWorkers),
        (ReportColumn("workers_kept", title: "Kept working", chinese: "持续务工人数", style: .count), \.workersKept),
    ] + WorkLocation.allCases.enumerated().map { index, location in
        (ReportColumn("location_\(location.code)", title: "At " + location.code.replacing("_", with: " "),
                      chinese: "务工地点：" + location.chineseLabel, style: .count), { $0.locations?[index] })
    } + JobType.allCases.enumerated().map { index, job in
        (ReportColumn("job_type_\(job.code)", title: "Job: " + job.code.replacing("_", with: " "),
                      chinese: "就业类型：" + job.chineseLabel, style: .count), { $0.jobTypes?[index] })
    })

    private static func wideOnly(_ columns: [MetricColumn]) -> [MetricColumn] {
        columns.map { ($0.column.with(.wide), $0.value) }
    }
}
