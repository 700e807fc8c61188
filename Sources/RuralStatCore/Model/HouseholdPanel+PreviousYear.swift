/// Links each household-year to the same household's record of the year before.
extension HouseholdPanel {
    /// For each row, the row of the same household in `year − 1`, or −1 when there is none.
    ///
    /// Households are matched by `household_id` (after dictionary encoding, by code). The
    /// panel must not hold two rows for one (household, year); ingestion rejects such
    /// duplicates.
    ///
    /// - Complexity: O(n) time and O(n) extra memory: rows are bucketed by household code
    ///   (`CodeBuckets`), then each household's few rows are compared directly.
    public func previousYearRows() -> [Int32] {
        let buckets = CodeBuckets(householdID.codes, codeCount: householdID.dictionary.count)
        var previous = [Int32](repeating: -1, count: count)
        // Raw buffers: this runs once per `validate` over every row, serially, and the
        // checked subscripts and slices of the plain loops cost several times the work.
        buckets.start.withUnsafeBufferPointer { start in
            buckets.rows.withUnsafeBufferPointer { order in
                year.withUnsafeBufferPointer { year in
                    previous.withUnsafeMutableBufferPointer { previous in
                        for h in 0..<(start.count - 1) {
                            let rows = Int(start[h])..<Int(start[h + 1])
                            for a in rows {
                                let target = year[Int(order[a])] - 1
                                for b in rows where year[Int(order[b])] == target {
                                    previous[Int(order[a])] = order[b]
                                    break
                                }
                            }
                        }
                    }
                }
            }
        }
        return previous
    }
}
