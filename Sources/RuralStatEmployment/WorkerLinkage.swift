import RuralStatCore

/// How the rows of a workers file relate to the households file and to each other.
///
/// A worker row belongs to the household record with the same `household_id` and `year`
/// (its group is that record's group); a worker's rows in consecutive years are linked by
/// `person_id`.
public struct WorkerLinkage: Sendable {
    /// For each worker row, the households-file row of the same household and year, or −1.
    public let householdRow: [Int32]
    /// For each worker row, the same person's worker row of the year before, or −1 (one with
    /// months worked when the person has several).
    public let previousRow: [Int32]
    /// For each households-file row, how many worker rows belong to it.
    public let workerCount: [Int32]
    /// Sets of worker rows (ascending) that give one person twice or more in one year.
    public let repeatedPersonYears: [[Int32]]

    /// Links `workers` to `households`.
    ///
    /// - Complexity: O(n_households + n_workers) plus one hash look-up per distinct
    ///   household id of the workers file.
    public init(workers: WorkerPanel, households: HouseholdPanel) {
        // Worker household code → households-file household code.
        var codeOfID: [String: Int32] = [:]
        codeOfID.reserveCapacity(households.householdID.dictionary.count)
        for (code, id) in households.householdID.dictionary.enumerated() { codeOfID[id] = Int32(code) }
        let householdCode = workers.householdID.dictionary.map { codeOfID[$0] ?? -1 }

        let byHousehold = CodeBuckets(households.householdID.codes, codeCount: households.householdID.dictionary.count)
        var householdRow = [Int32](repeating: -1, count: workers.count)
        var workerCount = [Int32](repeating: 0, count: households.count)
        for w in 0..<workers.count {
            let workerCode = workers.householdID.codes[w]
            guard workerCode != TextColumn.missing else { continue }
            let h = householdCode[Int(workerCode)]
            guard h >= 0 else { continue }
            let year = workers.year[w]
            for row in byHousehold.rows(of: Int(h)) where households.year[Int(row)] == year {
                householdRow[w] = row
                workerCount[Int(row)] += 1
                break
            }
        }

        let byPerson = CodeBuckets(workers.personID.codes, codeCount: workers.personID.dictionary.count,
                                   skip: TextColumn.missing)
        var previousRow = [Int32](repeating: -1, count: workers.count)
        var repeated: [[Int32]] = []
        for person in 0..<workers.personID.dictionary.count {
            let rows = byPerson.rows(of: person)
            for a in rows {
                let year = workers.year[Int(a)]
                var sameYear: [Int32] = []
                for b in rows {
                    let other = workers.year[Int(b)]
                    if other == year - 1, previousRow[Int(a)] < 0 || workers.monthsEmployed[Int(b)] > 0 {
                        previousRow[Int(a)] = b
                    } else if other == year, b != a {
                        sameYear.append(b)
                    }
                }
                // Report each repeated person-year once, from its first row.
                if let first = sameYear.first, a < first { repeated.append([a] + sameYear) }
            }
        }
        self.householdRow = householdRow
        self.previousRow = previousRow
        self.workerCount = workerCount
        self.repeatedPersonYears = repeated
    }
}
