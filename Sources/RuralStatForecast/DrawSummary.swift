/// The summary of a set of simulated values: mean and the ends of central intervals.
///
/// Quantiles interpolate between order statistics as R's default `quantile(type = 7)`:
/// Q(p) = x₍ⱼ₎ + (h − j)(x₍ⱼ₊₁₎ − x₍ⱼ₎) with h = (n − 1)p (0-based), found by selection
/// rather than a full sort.
enum DrawSummary {
    /// Q(p) of `values`, which it reorders.
    ///
    /// - Complexity: O(n) expected.
    static func quantile(_ values: inout UnsafeMutableBufferPointer<Double>, _ p: Double) -> Double {
        let n = values.count
        precondition(n > 0, "quantile of no values")
        let h = Double(n - 1) * p
        let j = Int(h.rounded(.down))
        let low = select(&values, j)
        guard j + 1 < n, h > Double(j) else { return low }
        var high = Double.infinity
        for i in (j + 1)..<n where values[i] < high { high = values[i] }
        return low + (h - Double(j)) * (high - low)
    }

    /// The `k`-th smallest value (0-based); afterwards values[..<k] ≤ values[k] ≤ values[(k+1)...].
    private static func select(_ values: inout UnsafeMutableBufferPointer<Double>, _ k: Int) -> Double {
        var low = 0, high = values.count - 1
        while high > low {
            // Median of three as the pivot.
            let mid = low + (high - low) / 2
            if values[mid] < values[low] { values.swapAt(mid, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[mid] { values.swapAt(high, mid) }
            let pivot = values[mid]
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { return values[k] }
        }
        return values[k]
    }

    /// The lower and upper ends of the central interval at `level`: Q((1 − level)/2), Q((1 + level)/2).
    static func interval(_ values: inout UnsafeMutableBufferPointer<Double>, level: Double) -> (Double, Double) {
        (quantile(&values, (1 - level) / 2), quantile(&values, (1 + level) / 2))
    }
}
