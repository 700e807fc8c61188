/// The legend of a chart: one entry per series (a swatch or a line sample with its marker)
/// and per reference mark, laid out in rows under the title, wrapping at the chart's width.
struct Legend {
    /// What an entry's sample looks like.
    enum Sample {
        /// A filled square (bars, bands).
        case swatch(color: String, opacity: Double)
        /// A line with a dash pattern and a marker (line series).
        case line(color: String, dash: String, marker: ChartPalette.Marker?)
        /// A reference line (targets, the monitoring line).
        case reference(dash: String)
    }

    struct Entry {
        let name: String
        let sample: Sample
    }

    let entries: [Entry]

    static let rowHeight = 18.0
    private static let sampleWidth = 22.0

    /// The rows of entries that fit `width`, each entry with its x offset.
    private func rows(width: Double) -> [[(Entry, Double)]] {
        var rows: [[(Entry, Double)]] = [[]]
        var x = 0.0
        for entry in entries {
            let name = TextMetrics.truncated(entry.name, toWidth: width - Self.sampleWidth - 6, fontSize: ChartOptions.labelSize)
            let entryWidth = Self.sampleWidth + 6 + TextMetrics.width(name, fontSize: ChartOptions.labelSize) + 16
            if x > 0, x + entryWidth > width {
                rows.append([])
                x = 0
            }
            rows[rows.count - 1].append((Entry(name: entry.name, sample: entry.sample), x))
            x += entryWidth
        }
        return rows.filter { !$0.isEmpty }
    }

    /// The height the legend takes at `width` (0 without entries).
    func height(width: Double) -> Double {
        entries.isEmpty ? 0 : Double(rows(width: width).count) * Self.rowHeight + 4
    }

    /// Draws the legend with its top-left corner at (x, y), within `width`.
    func draw(on canvas: inout SVGCanvas, x: Double, y: Double, width: Double) {
        guard !entries.isEmpty else { return }
        canvas.open("g", [("class", "legend")])
        for (rowIndex, row) in rows(width: width).enumerated() {
            let middle = y + Double(rowIndex) * Self.rowHeight + Self.rowHeight / 2
            for (entry, offset) in row {
                let left = x + offset
                switch entry.sample {
                case .swatch(let color, let opacity):
                    var extra: [(String, String)] = [("stroke", "#333333"), ("stroke-width", "0.5")]
                    if opacity < 1 { extra.append(("fill-opacity", SVGCanvas.number(opacity))) }
                    canvas.rect(x: left + 5, y: middle - 6, width: 12, height: 12, fill: color, extra: extra)
                case .line(let color, let dash, let marker):
                    canvas.line(x1: left, y1: middle, x2: left + Self.sampleWidth, y2: middle, stroke: color, width: 2, dash: dash)
                    if let marker { MarkerShape.draw(marker, at: (left + Self.sampleWidth / 2, middle), color: color, on: &canvas) }
                case .reference(let dash):
                    canvas.line(x1: left, y1: middle, x2: left + Self.sampleWidth, y2: middle, stroke: ChartPalette.reference,
                                width: 1.5, dash: dash)
                }
                let name = TextMetrics.truncated(entry.name, toWidth: width - Self.sampleWidth - 6, fontSize: ChartOptions.labelSize)
                canvas.label([name], x: left + Self.sampleWidth + 6, y: middle + 4, size: ChartOptions.labelSize,
                             full: name == entry.name ? nil : entry.name)
            }
        }
        canvas.close("g")
    }
}

/// The marker shapes of line series, drawn about a point.
enum MarkerShape {
    static func draw(_ marker: ChartPalette.Marker, at point: (Double, Double), color: String, on canvas: inout SVGCanvas) {
        let (x, y) = point
        let r = 3.5
        switch marker {
        case .circle:
            canvas.element("circle", [("cx", SVGCanvas.number(x)), ("cy", SVGCanvas.number(y)), ("r", SVGCanvas.number(r)),
                                      ("fill", color)])
        case .square:
            canvas.rect(x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: color)
        case .triangle:
            canvas.element("polygon", [("points", SVGCanvas.points([(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)])),
                                       ("fill", color)])
        case .diamond:
            canvas.element("polygon", [("points", SVGCanvas.points([(x, y - r * 1.3), (x + r, y), (x, y + r * 1.3), (x - r, y)])),
                                       ("fill", color)])
        case .cross, .plus:
            let d = marker == .cross ? r * 0.9 : r * 1.2
            let segments = marker == .cross
                ? [((x - d, y - d), (x + d, y + d)), ((x - d, y + d), (x + d, y - d))]
                : [((x - d, y), (x + d, y)), ((x, y - d), (x, y + d))]
            for (from, to) in segments {
                canvas.line(x1: from.0, y1: from.1, x2: to.0, y2: to.1, stroke: color, width: 2)
            }
        }
    }
}
