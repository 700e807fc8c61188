import RuralStatText

/// A disagreement between the households file and the workers file, naming the lines.
///
/// Warnings do not stop the analysis: every number is still computed by the documented rules
/// (worker rows count where their household record is; `employed_count` counts for the
/// household sums). They tell the analyst which records to reconcile.
public struct EmploymentWarning: Sendable, Hashable, LocalizedMessage {
    /// What disagrees.
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        /// A household's worker rows are not as many as its `employed_count`.
        case workerCountMismatch = "worker_count_mismatch"
        /// One `person_id` is a worker of two or more households in one year.
        case personInTwoHouseholds = "person_in_two_households"
        /// One `person_id` is listed twice or more for the same household and year.
        case duplicateWorker = "duplicate_worker"
        /// A worker row whose household has no record of that year in the households file.
        case workerWithoutHousehold = "worker_without_household"

        /// The kind in Chinese, for tables read by people.
        public var chineseName: String {
            switch self {
            case .workerCountMismatch: "务工人数不符"
            case .personInTwoHouseholds: "一人属两户"
            case .duplicateWorker: "重复登记"
            case .workerWithoutHousehold: "无对应农户记录"
            }
        }
    }

    /// What disagrees.
    public let kind: Kind
    /// The year of the records.
    public let year: Int
    /// The household (for ``Kind/personInTwoHouseholds``, the first one by line).
    public let householdID: String
    /// The 1-based line of the household's record in the households file, if any.
    public let householdLine: Int?
    /// The 1-based lines of the worker rows concerned, ascending.
    public let workerLines: [Int]
    /// What is wrong, for people.
    public let message: LocalizedText

    /// Creates a warning.
    public init(kind: Kind, year: Int, householdID: String, householdLine: Int?, workerLines: [Int], message: LocalizedText) {
        self.kind = kind
        self.year = year
        self.householdID = householdID
        self.householdLine = householdLine
        self.workerLines = workerLines
        self.message = message
    }

    /// The warning with its lines, e.g. `households line 12, workers lines 40, 41: …`
    /// (`农户表第12行，务工表第40、41行：…`).
    public func text(_ language: Language) -> String {
        let lines = workerLines.map(String.init)
        switch language {
        case .en:
            var places: [String] = []
            if let householdLine { places.append("households line \(householdLine)") }
            if !workerLines.isEmpty {
                places.append((workerLines.count == 1 ? "workers line " : "workers lines ") + lines.joined(separator: ", "))
            }
            return places.joined(separator: ", ") + ": " + message.en
        case .zh:
            var places: [String] = []
            if let householdLine { places.append("农户表第\(householdLine)行") }
            if !workerLines.isEmpty { places.append("务工表第\(lines.joined(separator: "、"))行") }
            return places.joined(separator: "，") + "：" + message.zh
        }
    }
}
