import RuralStatCore

// guarantee_gap (SPEC §3.2) in one place: the four 保障 flags of the households file, read
// here and nowhere else in the module, so that it can later point at the three-guarantee
// module being added on a parallel branch (RuralStatGuarantees) without touching the rest.

/// `guarantee_gap` and the flags behind it.
extension RiskPanel {
    /// The 保障 flags of `row` that the file has, in SPEC order (education, medical, housing,
    /// water), each `true`, `false` or `nil` for a missing cell.
    public func guarantees(_ row: Int) -> [(GuaranteeKind, Bool?)] {
        let columns: [(GuaranteeKind, [UInt8]?)] = [
            (.education, panel.educationOK), (.medical, panel.medicalOK), (.housing, panel.housingOK),
            (.water, panel.waterOK),
        ]
        return columns.compactMap { kind, column in
            guard let column else { return nil }
            let code = column[row]
            return (kind, code == Missing.code ? nil : code == 1)
        }
    }

    /// `guarantee_gap`: `true` when a flag the file has is false, `false` when every flag it
    /// has is true, `nil` when the file has none or a cell is missing and none is false.
    public func guaranteeGap(_ row: Int) -> Bool? {
        var present = false, unknown = false
        for column in [panel.educationOK, panel.medicalOK, panel.housingOK, panel.waterOK] {
            guard let column else { continue }
            present = true
            switch column[row] {
            case 0: return true
            case Missing.code: unknown = true
            default: break
            }
        }
        return present && !unknown ? false : nil
    }
}

/// The four basic guarantees (两不愁三保障 less food and clothing) of SPEC §2.1.
public enum GuaranteeKind: String, Sendable, Hashable, CaseIterable {
    /// `education_ok` (义务教育保障).
    case education
    /// `medical_ok` (基本医疗保障).
    case medical
    /// `housing_ok` (住房安全保障).
    case housing
    /// `water_ok` (饮水安全保障).
    case water
}
