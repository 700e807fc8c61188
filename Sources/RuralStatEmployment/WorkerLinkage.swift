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
    /// - Complexity: O(n_households + n_workers) plus, for the distinct household ids of the
    ///   workers file that are not in the households file's order, one hash look-up each.
    public init(workers: WorkerPanel, households: HouseholdPanel) {
        let householdCode = Self.householdCodes(of: workers.householdID.dictionary,
                                                in: households.householdID.dictionary)

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

    /// For each of `ids`, its code in `dictionary` (whose values are distinct), or −1.
    ///
    /// Both files usually list their households in the same order, so each id is first looked
    /// for just after the one found before (the households without workers in between
    /// skipped, a few at a time); only the others are hashed, in a dictionary made at the
    /// first of them (at 10M household-years, 2M ids: the linkage's `String` hashing was 8% of
    /// `employment`'s samples).
    static func householdCodes(of ids: [String], in dictionary: [String]) -> [Int32] {
        var codeOfID: [String: Int32]?
        var next = 0
        return ids.map { id in
            for code in next..<min(next + 4, dictionary.count) where dictionary[code] == id {
                next = code + 1
                return Int32(code)
            }
            if codeOfID == nil {
                codeOfID = Dictionary(uniqueKeysWithValues: dictionary.enumerated().map { ($1, Int32($0)) })
            }
            guard let code = codeOfID![id] else { return -1 }
            next = Int(code) + 1
            return code
        }
    }
}
