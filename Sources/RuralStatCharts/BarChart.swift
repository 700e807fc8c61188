/// A bar chart: categories along one axis, one bar per series in each category (grouped) or
/// the series stacked, bars growing from a zero baseline up for positive and down for
/// negative values.
///
/// Optional: a reference value per category (a mark across the category's bars, e.g. each
/// group's own target), a target line across the plot with its label, the values written at
/// the bars' ends (when they fit). Horizontal bars suit many categories or long (Chinese)
/// names; ``Orientation/automatic`` picks them when the names would not fit under vertical bars
/// on two lines, or for more than twelve categories.
///
/// A category whose every value is missing says `no data` in its place; a chart without a
/// single finite value, or without categories or series, is an empty chart that says so.
/// Values that are NaN or infinite are left out (the text alternative counts them).
public struct BarChart: Sendable {
    /// Which way the bars run.
    public enum Orientation: Sendable, Hashable {
        /// Bars rise from a horizontal axis; categories along the bottom.
        case vertical
        /// Bars run right from a vertical axis; categories down the left side.
        case horizontal
        /// Horizontal when the category names would not fit under vertical bars.
        case automatic
    }

    /// How the series of a category are drawn.
    public enum Arrangement: Sendable, Hashable {
        /// Side by side.
        case grouped
        /// On top of one another (positive values up from zero, negative down).
        case stacked
    }

    /// One series: a name for the legend and a value per category (`nil`: missing).
    public struct Series: Sendable, Hashable {
        /// The name shown in the legend.
        public var name: String
        /// One value per category.
        public var values: [Double?]
        /// A colour (CSS hex) instead of the palette's, e.g. for ordered levels.
        public var color: String?

        /// Creates a series.
        public init(name: String, values: [Double?], color: String? = nil) {
            self.name = name
            self.values = values
            self.color = color
        }
    }

    /// A value per category drawn as a mark across the category's bars.
    public struct Reference: Sendable, Hashable {
        /// The name shown in the legend (e.g. `target`).
        public var name: String
        /// One value per category (`nil`: none for it).
        public var values: [Double?]

        /// Creates references.
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// The category names, in order.
    public var categories: [String]
    /// The series; each has one value per category.
    public var series: [Series]
    /// Per-category reference marks.
    public var reference: Reference?
    /// A target line.
    public var target: ReferenceLine?
    /// Which way the bars run.
    public var orientation: Orientation
    /// Grouped or stacked.
    public var arrangement: Arrangement
    /// Whether values are written at the bars' ends (grouped bars, where they fit).
    public var valueLabels: Bool
    /// Title, axis titles, format, size, language.
    public var options: ChartOptions

    /// Creates a bar chart.
    ///
    /// - Precondition: every series and the reference have one value per category.
    public init(categories: [String], series: [Series], reference: Reference? = nil, target: ReferenceLine? = nil,
                orientation: Orientation = .automatic, arrangement: Arrangement = .grouped, valueLabels: Bool = false,
                options: ChartOptions) {
        precondition(series.allSatisfy { $0.values.count == categories.count }, "a series needs one value per category")
        precondition(reference.map { $0.values.count == categories.count } ?? true, "one reference per category")
        self.categories = categories
        self.series = series
        self.reference = reference
        self.target = target
        self.orientation = orientation
        self.arrangement = arrangement
        self.valueLabels = valueLabels
        self.options = options
    }

    /// The value of series `s` in category `c` when it is finite.
    func value(_ s: Int, _ c: Int) -> Double? {
        series[s].values[c].flatMap { $0.isFinite ? $0 : nil }
    }

    /// Categories where no series has a finite value.
    var emptyCategories: [Int] {
        categories.indices.filter { c in series.indices.allSatisfy { value($0, c) == nil } }
    }

    /// The values the value axis must cover: every finite value (stacked: the running sums
    /// either side of zero), the references and the target.
    var extentValues: [Double] {
        var values: [Double] = []
        for c in categories.indices {
            if arrangement == .stacked {
                let finite = series.indices.compactMap { value($0, c) }
                values.append(finite.filter { $0 > 0 }.reduce(0, +))
                values.append(finite.filter { $0 < 0 }.reduce(0, +))
            } else {
                values += series.indices.compactMap { value($0, c) }
            }
            if let r = reference?.values[c], r.isFinite { values.append(r) }
        }
        if let target, target.value.isFinite { values.append(target.value) }
        return values
    }

    /// Whether the bars run horizontally once ``Orientation/automatic`` is decided.
    var isHorizontal: Bool {
        switch orientation {
        case .vertical: return false
        case .horizontal: return true
        case .automatic:
            guard categories.count <= 12 else { return true }
            let band = (options.width * 0.8) / Double(max(categories.count, 1)) - 4
            return categories.contains {
                TextMetrics.wrapped($0, toWidth: band, fontSize: ChartOptions.labelSize, maxLines: 2) == nil
            }
        }
    }

    /// The legend: each series (stacked, or more than one), then the reference.
    var legend: Legend {
        var entries: [Legend.Entry] = []
        if series.count > 1 || arrangement == .stacked {
            entries = series.indices.map { Legend.Entry(name: series[$0].name, sample: .swatch(color: color($0), opacity: 1)) }
        }
        if let reference { entries.append(Legend.Entry(name: reference.name, sample: .reference(dash: ""))) }
        return Legend(entries: entries)
    }

    func color(_ s: Int) -> String { series[s].color ?? ChartPalette.color(s) }

    /// The text alternative.
    func description(scale: NiceScale) -> String {
        var text = ChartDescription(language: options.language)
        let kind = arrangement == .stacked ? ("Stacked bar chart", "堆积条形图") : ("Bar chart", "条形图")
        let names = text.list(series.map(\.name))
        text.add("\(kind.0): \(categories.count) categor\(categories.count == 1 ? "y" : "ies"), \(series.count) series (\(names)).",
                 "\(kind.1)：\(categories.count) 个类别，\(series.count) 个系列（\(names)）。")
        let decimals = labelDecimals(scale, format: options.format)
        let values = series.indices.flatMap { s in categories.indices.compactMap { value(s, $0) } }
        text.addRange(values, format: options.format, decimals: decimals)
        if let target, target.value.isFinite {
            let shown = options.format.text(target.value, decimals: decimals)
            text.add("Line at \(shown): \(target.label).", "参考线 \(shown)：\(target.label)。")
        }
        let empty = emptyCategories.map { categories[$0] }
        if !empty.isEmpty { text.add("No data for \(text.list(empty)).", "无数据：\(text.list(empty))。") }
        text.addSkipped(series.reduce(0) { $0 + $1.values.filter { $0.map { !$0.isFinite } ?? false }.count })
        return text.text
    }
}
