/// Rows bucketed by a small integer code — a household's dictionary code, a group-year key —
/// by one counting sort, so that the rows of one code can be visited together.
///
/// The one counting sort of the package: the previous-year link of a panel, the group-year
/// buckets of the income analysis and the worker linkage all use it.
///
/// - Complexity: O(n + codes) time and memory to build, for n codes.
package struct CodeBuckets: Sendable {
    /// `rows[start[c]..<start[c + 1]]` are the rows with code `c`, in ascending order.
    package let start: [Int32]
    /// The rows, bucket after bucket.
    package let rows: [Int32]

    /// Buckets `codes`, which must be below `codeCount`; rows whose code is `skip` are left out.
    package init(_ codes: [UInt32], codeCount: Int, skip: UInt32 = .max) {
        let start = Self.starts(codes, codeCount: codeCount, skip: skip)
        var rows: [Int32] = []
        // Raw buffers: this runs over every row of a panel, and checked subscripts cost
        // several times the work of the loop itself.
        codes.withUnsafeBufferPointer { codes in
            start.withUnsafeBufferPointer { start in
                var fill = Array(start)
                rows = [Int32](repeating: 0, count: Int(start[codeCount]))
                rows.withUnsafeMutableBufferPointer { rows in
                    fill.withUnsafeMutableBufferPointer { fill in
                        for row in codes.indices where codes[row] != skip {
                            let c = Int(codes[row])
                            rows[Int(fill[c])] = Int32(row)
                            fill[c] += 1
                        }
                    }
                }
            }
        }
        self.start = start
        self.rows = rows
    }

    /// Where each code's bucket would start (``start``), for a caller that places the rows
    /// itself and needs no ``rows``: the counting sort's first half.
    package static func starts(_ codes: [UInt32], codeCount: Int, skip: UInt32 = .max) -> [Int32] {
        var start = [Int32](repeating: 0, count: codeCount + 1)
        codes.withUnsafeBufferPointer { codes in
            start.withUnsafeMutableBufferPointer { start in
                for code in codes where code != skip { start[Int(code) + 1] += 1 }
                for c in 0..<codeCount { start[c + 1] += start[c] }
            }
        }
        return start
    }

    /// The rows with `code`.
    @inline(__always)
    package func rows(of code: Int) -> ArraySlice<Int32> {
        rows[Int(start[code])..<Int(start[code + 1])]
    }
}
