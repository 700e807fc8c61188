/// A line chart over a numeric x axis (years, percentiles): several series, each with its
/// colour, dash pattern and marker (readable in greyscale); optional shaded bands (nested
/// intervals such as a forecast fan: the wider, the lighter) and a target line.
///
/// A missing or non-finite y breaks its line: the points either side are not joined. A
/// chart without a single finite point is an empty chart that says so.
public struct LineChart: Sendable {
    /// One point: x and y (`nil`: missing, the line breaks there).
    public struct Point: Sendable, Hashable {
        /// The position along the x axis.
        public var x: Double
        /// The value, or `nil`.
        public var y: Double?

        /// Creates a point.
        public init(x: Double, y: Double?) {
            self.x = x
            self.y = y
        }
    }

    /// A series: a name for the legend and its points in x order.
    public struct Series: Sendable, Hashable {
        /// The name shown in the legend.
        public var name: String
        /// The points, in increasing x.
        public var points: [Point]

        /// Creates a series.
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// A shaded interval: from `lower` to `upper` at each x, e.g. a 90% prediction interval.
    public struct Band: Sendable {
        /// The name shown in the legend (e.g. `90% interval`).
        public var name: String
        /// (x, lower, upper) in increasing x; a non-finite bound breaks the band.
        public var points: [(x: Double, lower: Double, upper: Double)]
        /// The index of the series whose colour the band takes.
        public var series: Int

        /// Creates a band.
        public init(name: String, points: [(x: Double, lower: Double, upper: Double)], series: Int = 0) {
            self.name = name
            self.points = points
            self.series = series
        }

        /// The mean width of the finite intervals (wider bands are drawn lighter).
        var meanWidth: Double {
            let widths = points.filter { $0.lower.isFinite && $0.upper.isFinite }.map { $0.upper - $0.lower }
            return widths.isEmpty ? 0 : widths.reduce(0, +) / Double(widths.count)
        }
    }

    /// The series.
    public var series: [Series]
    /// The bands, drawn under the lines.
    public var bands: [Band]
    /// A horizontal target line.
    public var target: ReferenceLine?
    /// The format of the x axis's ticks (``ValueFormat/year`` for years).
    public var xFormat: ValueFormat
    /// Title, axis titles, the y axis's format, size, language.
    public var options: ChartOptions

    /// Creates a line chart.
    public init(series: [Series], bands: [Band] = [], target: ReferenceLine? = nil, xFormat: ValueFormat = .year,
                options: ChartOptions) {
        self.series = series
        self.bands = bands
        self.target = target
        self.xFormat = xFormat
        self.options = options
    }

    /// The points with finite x and y.
    func finitePoints(_ s: Int) -> [(Double, Double)] {
        series[s].points.compactMap { p in p.y.flatMap { $0.isFinite && p.x.isFinite ? (p.x, $0) : nil } }
    }

    /// The runs of consecutive finite points of series `s` (a missing point ends a run).
    func runs(_ s: Int) -> [[(Double, Double)]] {
        var runs: [[(Double, Double)]] = [[]]
        for p in series[s].points {
            if let y = p.y, y.isFinite, p.x.isFinite {
                runs[runs.count - 1].append((p.x, y))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// The runs of consecutive finite intervals of a band.
    static func runs(_ band: Band) -> [[(Double, Double, Double)]] {
        var runs: [[(Double, Double, Double)]] = [[]]
        for p in band.points {
            if p.x.isFinite, p.lower.isFinite, p.upper.isFinite {
                runs[runs.count - 1].append((p.x, p.lower, p.upper))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// The fill opacity of each band: the widest lightest (0.15), each narrower one darker.
    var bandOpacities: [Double] {
        let order = bands.indices.sorted { (bands[$0].meanWidth, $1) > (bands[$1].meanWidth, $0) }
        var opacities = Array(repeating: 0.0, count: bands.count)
        for (rank, index) in order.enumerated() { opacities[index] = 0.15 + 0.12 * Double(rank) }
        return opacities
    }

    /// The legend: each series, then each band.
    var legend: Legend {
        var entries = series.indices.map {
            Legend.Entry(name: series[$0].name,
                         sample: .line(color: ChartPalette.color($0), dash: ChartPalette.dash($0), marker: ChartPalette.marker($0)))
        }
        let opacities = bandOpacities
        entries += bands.indices.map {
            Legend.Entry(name: bands[$0].name, sample: .swatch(color: ChartPalette.color(bands[$0].series), opacity: opacities[$0]))
        }
        return Legend(entries: entries)
    }
}
