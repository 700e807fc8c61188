/// The ends of central intervals of a set of simulated values.
///
/// Quantiles interpolate between order statistics as R's default `quantile(type = 7)`:
/// Q(p) = x₍ⱼ₎ + (h − j)(x₍ⱼ₊₁₎ − x₍ⱼ₎) with h = (n − 1)p (0-based). An interval needs only the
/// few order statistics at each end (for 200 draws at 90%, the 11 smallest and the 11
/// largest), so those are kept in two short sorted runs while the values are read once; when
/// the ends reach deeper than ``tailDepth`` the values are sorted instead. Both give the exact
/// order statistics, so the result does not depend on which is used.
enum DrawSummary {
    /// The deepest order statistic from either end found without sorting.
    static let tailDepth = 32

    /// Q((1 − level)/2) and Q((1 + level)/2) of `values` for each of `levels` (each in (0, 1)).
    ///
    /// `values` may be reordered. The values must not be NaN.
    ///
    /// - Complexity: O(n·d) for ends d ≤ ``tailDepth`` deep, else O(n log n).
    static func intervals(_ values: UnsafeMutableBufferPointer<Double>, levels: [Double]) -> [(Double, Double)] {
        let n = values.count
        precondition(n > 0, "quantiles of no values")
        let positions = levels.map { (position(n, (1 - $0) / 2), position(n, (1 + $0) / 2)) }
        // Order statistics 0..<low from the bottom and n − high..<n from the top.
        var low = 0, high = 0
        for (lower, upper) in positions {
            low = max(low, min(lower.j + 2, n))
            high = max(high, n - upper.j)
        }
        guard low <= tailDepth, high <= tailDepth else {
            var sorted = values
            sorted.sort()
            return positions.map { (value($0.0) { values[$0] }, value($0.1) { values[$0] }) }
        }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: low + high) { tails in
            let smallest = UnsafeMutableBufferPointer(rebasing: tails[0..<low])
            let largest = UnsafeMutableBufferPointer(rebasing: tails[low..<(low + high)])
            keep(values, smallest, before: <)
            keep(values, largest, before: >)
            func statistic(_ i: Int) -> Double { i < low ? smallest[i] : largest[n - 1 - i] }
            return positions.map { (value($0.0, statistic), value($0.1, statistic)) }
        }
    }

    /// Q(p) of values already sorted ascending (not empty, no NaN).
    static func quantile(sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty, "a quantile of no values")
        return value(position(sorted.count, p)) { sorted[$0] }
    }

    /// Where Q(p) falls among n order statistics: h = (n − 1)p and j = ⌊h⌋.
    private static func position(_ n: Int, _ p: Double) -> (h: Double, j: Int, n: Int) {
        let h = Double(n - 1) * p
        return (h, Int(h.rounded(.down)), n)
    }

    /// Q(p) from the order statistics around its position.
    private static func value(_ at: (h: Double, j: Int, n: Int), _ statistic: (Int) -> Double) -> Double {
        let low = statistic(at.j)
        guard at.j + 1 < at.n, at.h > Double(at.j) else { return low }
        return low + (at.h - Double(at.j)) * (statistic(at.j + 1) - low)
    }

    /// Fills `run` with the first `run.count` values of `values` in the order `before` (the
    /// smallest ascending for `<`, the largest descending for `>`), by insertion.
    @inline(__always)
    private static func keep(
        _ values: UnsafeMutableBufferPointer<Double>, _ run: UnsafeMutableBufferPointer<Double>,
        before: (Double, Double) -> Bool
    ) {
        let m = run.count
        guard m > 0 else { return }
        for i in 0..<m {
            let v = values[i]
            var k = i
            while k > 0, before(v, run[k - 1]) {
                run[k] = run[k - 1]
                k -= 1
            }
            run[k] = v
        }
        for i in m..<values.count {
            let v = values[i]
            guard before(v, run[m - 1]) else { continue }
            var k = m - 1
            while k > 0, before(v, run[k - 1]) {
                run[k] = run[k - 1]
                k -= 1
            }
            run[k] = v
        }
    }
}
