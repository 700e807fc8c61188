import RuralStatCore
import RuralStatGuarantees

/// `guarantee_gap` (SPEC §3.2), read through the guarantees analysis's ``GuaranteeFlag``s, the
/// one owner of the four 保障 flags.
extension RiskPanel {
    /// The 保障 flags of `row` that the file has, in SPEC order (education, medical, housing,
    /// water), each `true`, `false` or `nil` for a missing cell.
    public func guarantees(_ row: Int) -> [(GuaranteeFlag, Bool?)] {
        GuaranteeFlag.allCases.compactMap { flag in
            guard let column = flag.column(in: panel) else { return nil }
            let code = column[row]
            return (flag, code == Missing.code ? nil : code == 1)
        }
    }

    /// `guarantee_gap`: `true` when a flag the file has is false, `false` when every flag it
    /// has is true, `nil` when the file has none or a cell is missing and none is false.
    ///
    /// Unlike the guarantees table, which counts a household whose file lacks a flag column as
    /// undetermined, the risk indicator judges the flags the file has.
    ///
    /// Called for every row when features are built, so it reads the columns without building
    /// the list of ``guarantees(_:)``.
    public func guaranteeGap(_ row: Int) -> Bool? {
        var present = false, unknown = false
        for flag in GuaranteeFlag.allCases {
            guard let column = flag.column(in: panel) else { continue }
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
