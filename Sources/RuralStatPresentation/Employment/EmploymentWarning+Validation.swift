import RuralStatData
import RuralStatEmployment

extension ValidationWarning {
    /// A disagreement between the households and workers files as one of `validate`'s
    /// warnings: on the household's line (the first worker line when the household has no
    /// record), in the column that disagrees, with both files' lines in the message
    /// (``EmploymentWarning/description``).
    public init(_ warning: EmploymentWarning) {
        let column = switch warning.kind {
        case .workerCountMismatch: "employed_count"
        case .personInTwoHouseholds, .duplicateWorker: "person_id"
        case .workerWithoutHousehold: "household_id"
        }
        self.init(line: warning.householdLine ?? warning.workerLines.first ?? 0, column: column,
                  message: "\(warning.year), household \(warning.householdID): \(warning.description)")
    }
}
