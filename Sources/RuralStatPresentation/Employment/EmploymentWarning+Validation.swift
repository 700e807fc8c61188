import RuralStatData
import RuralStatEmployment
import RuralStatText

extension ValidationWarning {
    /// A disagreement between the households and workers files as one of `validate`'s
    /// warnings: on the household's line (the first worker line when the household has no
    /// record), in the column that disagrees, with both files' lines in the message
    /// (``RuralStatEmployment/EmploymentWarning/text(_:)``).
    public init(_ warning: EmploymentWarning) {
        let column = switch warning.kind {
        case .workerCountMismatch: "employed_count"
        case .personInTwoHouseholds, .duplicateWorker: "person_id"
        case .workerWithoutHousehold: "household_id"
        }
        self.init(line: warning.householdLine ?? warning.workerLines.first ?? 0, column: column,
                  message: LocalizedText(
                    en: "\(warning.year), household \(warning.householdID): \(warning.text(.en))",
                    zh: "\(warning.year)年，农户 \(warning.householdID)：\(warning.text(.zh))"))
    }
}
