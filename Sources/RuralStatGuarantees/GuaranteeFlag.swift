import RuralStatCore

/// One of the four guarantees of "三保障" and safe drinking water (SPEC §2.1): the
/// `education_ok`, `medical_ok`, `housing_ok` and `water_ok` columns of the households file.
///
/// A household has a *gap* (未保障) on a flag when its cell is 0 (false); a missing cell is
/// neither a gap nor guaranteed.
public enum GuaranteeFlag: Int, CaseIterable, Sendable, Hashable {
    /// 义务教育保障: compulsory education of the household's school-age children.
    case education
    /// 基本医疗保障: basic medical insurance and care.
    case medical
    /// 住房安全保障: safe housing.
    case housing
    /// 饮水安全保障: safe drinking water.
    case water

    /// The English code, e.g. `housing`; the gap metric is `<code>_gap`.
    public var code: String {
        switch self {
        case .education: "education"
        case .medical: "medical"
        case .housing: "housing"
        case .water: "water"
        }
    }

    /// The short Chinese label, e.g. `住房安全`.
    public var chineseLabel: String {
        switch self {
        case .education: "义务教育"
        case .medical: "基本医疗"
        case .housing: "住房安全"
        case .water: "饮水安全"
        }
    }

    /// The registry's `<code>_gap` metric, e.g. ``RuralStatCore/Metric/housingGap``.
    public var gapMetric: Metric {
        switch self {
        case .education: .educationGap
        case .medical: .medicalGap
        case .housing: .housingGap
        case .water: .waterGap
        }
    }

    /// The registry's `<code>_gap_share` metric, e.g. ``RuralStatCore/Metric/housingGapShare``.
    public var gapShareMetric: Metric {
        switch self {
        case .education: .educationGapShare
        case .medical: .medicalGapShare
        case .housing: .housingGapShare
        case .water: .waterGapShare
        }
    }

    /// The flag's bit in the bit sets of ``HouseholdGuarantees``.
    var bit: UInt8 { 1 << UInt8(rawValue) }

    /// The households-file column, e.g. `housing_ok`.
    public var columnName: String { code + "_ok" }

    /// The flag's column in `panel` (1, 0 or ``RuralStatCore/Missing/code`` per row), or `nil`
    /// when the file does not have it.
    public func column(in panel: HouseholdPanel) -> [UInt8]? {
        switch self {
        case .education: panel.educationOK
        case .medical: panel.medicalOK
        case .housing: panel.housingOK
        case .water: panel.waterOK
        }
    }
}
