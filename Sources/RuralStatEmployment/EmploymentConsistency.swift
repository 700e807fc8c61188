import RuralStatCore
import RuralStatText

/// Checks that the workers file agrees with the households file (SPEC §3.3).
public enum EmploymentConsistency {
    /// Every disagreement between `workers` and `households`, sorted by kind, year and line.
    ///
    /// - A household-year whose worker rows are not as many as its `employed_count` (checked
    ///   for the years the workers file covers, and only where `employed_count` is given).
    /// - A `person_id` in two households in one year, or twice in one household.
    /// - A worker row whose household has no record that year.
    ///
    /// - Complexity: O(n_households + n_workers) given the linkage.
    public static func warnings(
        workers: WorkerPanel, households: HouseholdPanel, linkage: WorkerLinkage
    ) -> [EmploymentWarning] {
        var warnings = countMismatches(workers: workers, households: households, linkage: linkage)
        for rows in linkage.repeatedPersonYears {
            let ids = rows.map { workers.householdID[Int($0)] ?? "" }
            let distinct = ids.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let person = workers.personID[Int(rows[0])] ?? ""
            let first = Int(linkage.householdRow[Int(rows[0])])
            warnings.append(EmploymentWarning(
                kind: distinct.count > 1 ? .personInTwoHouseholds : .duplicateWorker,
                year: Int(workers.year[Int(rows[0])]), householdID: ids[0],
                householdLine: first >= 0 ? Int(households.line[first]) : nil,
                workerLines: rows.map { Int(workers.line[Int($0)]) },
                message: distinct.count > 1
                    ? LocalizedText(
                        en: "person \(person) is a worker of \(distinct.count) households: \(distinct.joined(separator: ", "))",
                        zh: "人员 \(person) 登记为 \(distinct.count) 户的务工人员：\(distinct.joined(separator: "、"))")
                    : LocalizedText(en: "person \(person) is listed \(rows.count) times for household \(ids[0])",
                                    zh: "人员 \(person) 在农户 \(ids[0]) 下登记了 \(rows.count) 次")
            ))
        }
        for w in 0..<workers.count where linkage.householdRow[w] < 0 {
            let id = workers.householdID[w] ?? ""
            warnings.append(EmploymentWarning(
                kind: .workerWithoutHousehold, year: Int(workers.year[w]), householdID: id, householdLine: nil,
                workerLines: [Int(workers.line[w])],
                message: LocalizedText(en: "household \(id) has no record for \(workers.year[w]) in the households file",
                                       zh: "农户 \(id) 在住户文件中没有\(workers.year[w])年的记录")
            ))
        }
        let order = Dictionary(uniqueKeysWithValues: EmploymentWarning.Kind.allCases.enumerated().map { ($1, $0) })
        return warnings.sorted {
            (order[$0.kind]!, $0.year, $0.householdLine ?? 0, $0.workerLines.first ?? 0)
                < (order[$1.kind]!, $1.year, $1.householdLine ?? 0, $1.workerLines.first ?? 0)
        }
    }

    /// ``warnings(workers:households:linkage:)`` with the linkage made here (for `validate`,
    /// which runs the employment command's checks without its analysis).
    ///
    /// - Complexity: O(n_households + n_workers).
    public static func warnings(workers: WorkerPanel, households: HouseholdPanel) -> [EmploymentWarning] {
        warnings(workers: workers, households: households, linkage: WorkerLinkage(workers: workers, households: households))
    }

    /// Household-years whose worker rows are not as many as `employed_count`, in years the
    /// workers file covers; the worker lines are gathered for those households only.
    private static func countMismatches(
        workers: WorkerPanel, households: HouseholdPanel, linkage: WorkerLinkage
    ) -> [EmploymentWarning] {
        guard let employed = households.employedCount else { return [] }
        let coveredYears = Set(workers.year)
        var mismatched: [Int32: [Int]] = [:]
        for row in 0..<households.count {
            let count = employed[row]
            if count != Missing.integer, count != linkage.workerCount[row], coveredYears.contains(households.year[row]) {
                mismatched[Int32(row)] = []
            }
        }
        guard !mismatched.isEmpty else { return [] }
        for w in 0..<workers.count where mismatched[linkage.householdRow[w]] != nil {
            mismatched[linkage.householdRow[w]]!.append(Int(workers.line[w]))
        }
        return mismatched.map { row, lines in
            let r = Int(row), rows = lines.count
            return EmploymentWarning(
                kind: .workerCountMismatch, year: Int(households.year[r]),
                householdID: households.householdID[r] ?? "", householdLine: Int(households.line[r]),
                workerLines: lines,
                message: LocalizedText(
                    en: "employed_count is \(employed[r]) but the workers file has \(rows) worker row\(rows == 1 ? "" : "s")",
                    zh: "务工人数为 \(employed[r])，但务工人员文件中有 \(rows) 行")
            )
        }
    }
}
