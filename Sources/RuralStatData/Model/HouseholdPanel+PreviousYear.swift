/// Links each household-year to the same household's record of the year before.
extension HouseholdPanel {
    /// For each row, the row of the same household in `year − 1`, or −1 when there is none.
    ///
    /// Households are matched by `household_id` (after dictionary encoding, by code). The
    /// panel must not hold two rows for one (household, year); ingestion rejects such
    /// duplicates.
    ///
    /// - Complexity: O(n) time and O(n) extra memory: rows are bucketed by household code,
    ///   then each household's few rows are compared directly.
    public func previousYearRows() -> [Int32] {
        let n = count
        let households = householdID.dictionary.count
        // Counting sort of rows by household code.
        var start = [Int32](repeating: 0, count: households + 1)
        for code in householdID.codes { start[Int(code) + 1] += 1 }
        for h in 0..<households { start[h + 1] += start[h] }
        var fill = start
        var order = [Int32](repeating: 0, count: n)
        for row in 0..<n {
            let h = Int(householdID.codes[row])
            order[Int(fill[h])] = Int32(row)
            fill[h] += 1
        }
        var previous = [Int32](repeating: -1, count: n)
        for h in 0..<households {
            let rows = order[Int(start[h])..<Int(start[h + 1])]
            for a in rows {
                let target = year[Int(a)] - 1
                for b in rows where year[Int(b)] == target {
                    previous[Int(a)] = b
                    break
                }
            }
        }
        return previous
    }
}
