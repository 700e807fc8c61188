/// A disagreement between the households file and the workers file, naming the lines.
///
/// Warnings do not stop the analysis: every number is still computed by the documented rules
/// (worker rows count where their household record is; `employed_count` counts for the
/// household sums). They tell the analyst which records to reconcile.
public struct EmploymentWarning: Sendable, Hashable, CustomStringConvertible {
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
    public let message: String

    /// Creates a warning.
    public init(kind: Kind, year: Int, householdID: String, householdLine: Int?, workerLines: [Int], message: String) {
        self.kind = kind
        self.year = year
        self.householdID = householdID
        self.householdLine = householdLine
        self.workerLines = workerLines
        self.message = message
    }

    /// The warning with its lines, e.g. `households line 12, workers lines 40, 41: …`.
    public var description: String {
        var places: [String] = []
        if let householdLine { places.append("households line \(householdLine)") }
        if !workerLines.isEmpty {
            places.append((workerLines.count == 1 ? "workers line " : "workers lines ")
                + workerLines.map(String.init).joined(separator: ", "))
        }
        return places.joined(separator: ", ") + ": " + message
    }
}
