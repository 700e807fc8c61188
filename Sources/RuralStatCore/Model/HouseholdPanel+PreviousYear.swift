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
        var start = [Int32](repeating: 0, count: households + 1)
        var order = [Int32](repeating: 0, count: n)
        var previous = [Int32](repeating: -1, count: n)
        // Raw buffers: this runs once per `validate` over every row, serially, and the
        // checked subscripts and slices of the plain loops cost several times the work.
        householdID.codes.withUnsafeBufferPointer { codes in
            year.withUnsafeBufferPointer { year in
                start.withUnsafeMutableBufferPointer { start in
                    order.withUnsafeMutableBufferPointer { order in
                        previous.withUnsafeMutableBufferPointer { previous in
                            // Counting sort of rows by household code.
                            for code in codes { start[Int(code) + 1] += 1 }
                            for h in 0..<households { start[h + 1] += start[h] }
                            var fill = Array(start)
                            for row in 0..<n {
                                let h = Int(codes[row])
                                order[Int(fill[h])] = Int32(row)
                                fill[h] += 1
                            }
                            for h in 0..<households {
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
        }
        return previous
    }
}
