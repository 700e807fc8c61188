/// Rows bucketed by a dictionary code (a counting sort), so that the few rows of one
/// household or one person can be visited together.
///
/// - Complexity: O(n + codes) time and memory to build.
struct CodeBuckets {
    /// `rows[start[c]..<start[c + 1]]` are the rows with code `c`, in ascending order.
    let start: [Int32]
    let rows: [Int32]

    /// Buckets `codes`, which must be below `codeCount`; rows whose code is `skip` are left out.
    init(_ codes: [UInt32], codeCount: Int, skip: UInt32 = .max) {
        var start = [Int32](repeating: 0, count: codeCount + 1)
        for code in codes where code != skip { start[Int(code) + 1] += 1 }
        for c in 0..<codeCount { start[c + 1] += start[c] }
        var fill = start
        var rows = [Int32](repeating: 0, count: Int(start[codeCount]))
        for (row, code) in codes.enumerated() where code != skip {
            rows[Int(fill[Int(code)])] = Int32(row)
            fill[Int(code)] += 1
        }
        self.start = start
        self.rows = rows
    }

    /// The rows with `code`.
    @inline(__always)
    func rows(of code: Int) -> ArraySlice<Int32> {
        rows[Int(start[code])..<Int(start[code + 1])]
    }
}
