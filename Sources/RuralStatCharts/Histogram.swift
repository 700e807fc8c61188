/// The distribution of weighted values as a histogram, with an optional vertical marker line
/// and its label (the monitoring line on an income distribution).
///
/// The bins are the ticks of a ``NiceScale`` over the values with about ``binCount`` bins, so
/// their edges are round numbers (0, 2,000, 4,000 …); a value on an edge counts in the bin
/// that starts there (the last bin includes its upper edge). Each bar's height is the bin's
/// share of the total weight (a percent axis). Values or weights that are not finite, and
/// weights of zero or less, are left out; nothing left makes an empty chart that says so.
public struct Histogram: Sendable {
    /// The values (e.g. per-capita income).
    public var values: [Double]
    /// One weight per value (e.g. persons); `nil`: each value weighs 1.
    public var weights: [Double]?
    /// About how many bins.
    public var binCount: Int
    /// The marker line.
    public var marker: ReferenceLine?
    /// The format of the values' axis (the bars' axis is a percent).
    public var xFormat: ValueFormat
    /// Title, axis titles, size, language; its `format` is ignored (shares are percents).
    public var options: ChartOptions

    /// Creates a histogram.
    ///
    /// - Precondition: `weights`, when given, has one weight per value.
    public init(values: [Double], weights: [Double]? = nil, binCount: Int = 20, marker: ReferenceLine? = nil,
                xFormat: ValueFormat = .number, options: ChartOptions) {
        precondition(weights.map { $0.count == values.count } ?? true, "one weight per value")
        self.values = values
        self.weights = weights
        self.binCount = binCount
        self.marker = marker
        self.xFormat = xFormat
        self.options = options
    }

    /// The (value, weight) pairs kept: both finite, the weight positive.
    var kept: [(Double, Double)] {
        values.indices.compactMap { i in
            let w = weights?[i] ?? 1
            return values[i].isFinite && w.isFinite && w > 0 ? (values[i], w) : nil
        }
    }

    /// The bin edges and each bin's share of the total weight.
    public func bins() -> (edges: NiceScale, shares: [Double]) {
        let kept = self.kept
        var covered = kept.map(\.0)
        if let marker, marker.value.isFinite { covered.append(marker.value) }
        let edges = NiceScale(covering: covered, ticks: max(binCount, 2) + 1, includeZero: false)
        let ticks = edges.ticks
        var sums = Array(repeating: 0.0, count: max(ticks.count - 1, 1))
        let total = kept.reduce(0) { $0 + $1.1 }
        for (value, weight) in kept {
            // The bin whose lower edge is the largest at or below the value.
            var bin = Int(((value - edges.lower) / edges.step).rounded(.down))
            if bin + 1 < ticks.count, value >= ticks[bin + 1] { bin += 1 }
            if bin > 0, value < ticks[bin] { bin -= 1 }
            sums[min(max(bin, 0), sums.count - 1)] += weight
        }
        return (edges, total > 0 ? sums.map { $0 / total } : sums)
    }
}
