import RuralStatCore

/// Where a target is judged (SPEC §3.1).
///
/// A plan's count or scale ("务工就业规模稳定在7400人以上", "务工人数不低于去年") is the county's:
/// split by township it would compare 671 workers with 7,400. Rates and growth mean the same
/// in any group, so they are judged where the report is grouped.
public enum TargetLevel: String, Sendable, Hashable, CaseIterable {
    /// The whole population of each county in the file (of the whole file when it has no
    /// `county` column), once per county and year whatever `--by` is.
    case county
    /// Each group of the report (`--by`).
    case group

    /// The level a target on `metric` has when it does not say: ``county`` for counts
    /// (``RuralStatCore/Metric/Unit/count``), ``group`` for rates, shares and yuan.
    public static func `default`(for metric: Metric) -> TargetLevel {
        metric.unit == .count ? .county : .group
    }

    /// The Chinese name: 全县 or 分组.
    public var chineseName: String {
        switch self {
        case .county: "全县"
        case .group: "分组"
        }
    }
}
