/// The parts around a chart's plot, shared by every kind: the root element with its text
/// alternative, the title, the legend, the axis titles, the value axis with its grid, and the
/// notice of an empty chart.
struct ChartFrame {
    let options: ChartOptions
    let legend: Legend

    /// The top of the area under the title and the legend.
    var contentTop: Double {
        let margin = ChartOptions.margin
        let title = options.title.isEmpty ? 0 : ChartOptions.titleSize * 1.4
        let legendHeight = legend.height(width: options.width - 2 * margin)
        return margin + title + (legendHeight > 0 ? legendHeight + 4 : 0) + ChartOptions.labelSize / 2 + 6
    }

    /// Room left of the plot for the y-axis title.
    var yTitleRoom: Double { options.yTitle.isEmpty ? 0 : ChartOptions.axisTitleSize * 1.6 }
    /// Room under everything else for the x-axis title.
    var xTitleRoom: Double { options.xTitle.isEmpty ? 0 : ChartOptions.axisTitleSize * 1.8 }

    /// A canvas with the root element, the title and the legend drawn.
    func canvas(height: Double, description: String) -> SVGCanvas {
        let title = options.title
        var canvas = SVGCanvas(width: options.width, height: height, id: options.elementID,
                               title: title.isEmpty ? description : title, description: description)
        let margin = ChartOptions.margin
        if !title.isEmpty {
            let shown = TextMetrics.truncated(title, toWidth: options.width - 2 * margin, fontSize: ChartOptions.titleSize)
            canvas.label([shown], x: margin, y: margin + ChartOptions.titleSize, size: ChartOptions.titleSize, weight: "bold",
                         fill: "#111111", full: shown == title ? nil : title)
        }
        legend.draw(on: &canvas, x: margin, y: margin + (title.isEmpty ? 0 : ChartOptions.titleSize * 1.4),
                    width: options.width - 2 * margin)
        return canvas
    }

    /// Draws the axis titles: the x title centred under `plotX`, the y title rotated, centred
    /// beside `plotY`.
    func drawAxisTitles(on canvas: inout SVGCanvas, plotX: ClosedRange<Double>, plotY: ClosedRange<Double>, height: Double) {
        let size = ChartOptions.axisTitleSize
        if !options.xTitle.isEmpty {
            let shown = TextMetrics.truncated(options.xTitle, toWidth: options.width - 2 * ChartOptions.margin, fontSize: size)
            canvas.label([shown], x: (plotX.lowerBound + plotX.upperBound) / 2, y: height - ChartOptions.margin,
                         anchor: "middle", size: size, fill: "#222222", full: shown == options.xTitle ? nil : options.xTitle)
        }
        if !options.yTitle.isEmpty {
            let shown = TextMetrics.truncated(options.yTitle, toWidth: plotY.upperBound - plotY.lowerBound, fontSize: size)
            let x = ChartOptions.margin + size
            let y = (plotY.lowerBound + plotY.upperBound) / 2
            canvas.label([shown], x: x, y: y, anchor: "middle", size: size, rotate: -90, fill: "#222222",
                         full: shown == options.yTitle ? nil : options.yTitle)
        }
    }

    /// The tick labels of `scale` in the options' format.
    func tickLabels(_ scale: NiceScale) -> [String] {
        scale.tickUnits.map { options.format.tick(units: $0, exponent: scale.exponent) }
    }

    /// The widest tick label of `scale`.
    func tickLabelWidth(_ scale: NiceScale) -> Double {
        tickLabels(scale).map { TextMetrics.width($0, fontSize: ChartOptions.labelSize) }.max() ?? 0
    }

    /// Draws a vertical value axis: a grid line and a label at each tick, left of `plotX`.
    func drawValueAxis(_ scale: NiceScale, map: LinearMap, plotX: ClosedRange<Double>, on canvas: inout SVGCanvas) {
        canvas.open("g", [("class", "value-axis")])
        for (tick, label) in zip(scale.ticks, tickLabels(scale)) {
            let y = map(tick)
            canvas.line(x1: plotX.lowerBound, y1: y, x2: plotX.upperBound, y2: y, stroke: ChartPalette.grid)
            canvas.label([label], x: plotX.lowerBound - 6, y: y + 4, anchor: "end", size: ChartOptions.labelSize,
                         fill: ChartPalette.axis)
        }
        canvas.close("g")
    }

    /// Draws a horizontal value axis: a grid line and a label at each tick, under `plotY`;
    /// labels thinned to every k-th when they would touch.
    func drawHorizontalValueAxis(_ scale: NiceScale, map: LinearMap, plotY: ClosedRange<Double>, on canvas: inout SVGCanvas) {
        canvas.open("g", [("class", "value-axis")])
        let labels = tickLabels(scale)
        let spacing = scale.ticks.count > 1 ? abs(map(scale.ticks[1]) - map(scale.ticks[0])) : .infinity
        let every = max(1, Int(((tickLabelWidth(scale) + 8) / spacing).rounded(.up)))
        for (index, (tick, label)) in zip(scale.ticks, labels).enumerated() {
            let x = map(tick)
            canvas.line(x1: x, y1: plotY.lowerBound, x2: x, y2: plotY.upperBound, stroke: ChartPalette.grid)
            if index % every == 0 {
                canvas.label([label], x: x, y: plotY.upperBound + ChartOptions.labelSize + 4, anchor: "middle",
                             size: ChartOptions.labelSize, fill: ChartPalette.axis)
            }
        }
        canvas.close("g")
    }

    /// A line across the plot at `position` (a target or a marker) with its label: at the
    /// right end above a horizontal line; above the plot beside a vertical one.
    func drawReferenceLine(at position: Double, label: String, vertical: Bool, plotX: ClosedRange<Double>,
                           plotY: ClosedRange<Double>, on canvas: inout SVGCanvas) {
        canvas.open("g", [("class", "reference-line")])
        let size = ChartOptions.labelSize
        if vertical {
            // The label above the plot (the caller leaves a line of room), beside the line on
            // the side with more room.
            canvas.line(x1: position, y1: plotY.lowerBound, x2: position, y2: plotY.upperBound, stroke: ChartPalette.reference,
                        width: 1.5, dash: "6 3")
            let roomRight = plotX.upperBound - position, roomLeft = position - plotX.lowerBound
            let right = TextMetrics.width(label, fontSize: size) + 4 <= roomRight || roomRight >= roomLeft
            let shown = TextMetrics.truncated(label, toWidth: max(right ? roomRight : roomLeft, size) - 4, fontSize: size)
            canvas.label([shown], x: position + (right ? 4 : -4), y: plotY.lowerBound - 4, anchor: right ? "start" : "end",
                         size: size, weight: "bold", fill: ChartPalette.reference, full: shown == label ? nil : label, halo: true)
        } else {
            canvas.line(x1: plotX.lowerBound, y1: position, x2: plotX.upperBound, y2: position, stroke: ChartPalette.reference,
                        width: 1.5, dash: "6 3")
            let shown = TextMetrics.truncated(label, toWidth: plotX.upperBound - plotX.lowerBound - 8, fontSize: size)
            canvas.label([shown], x: plotX.upperBound - 4, y: position - 4, anchor: "end", size: size, weight: "bold",
                         fill: ChartPalette.reference, full: shown == label ? nil : label, halo: true)
        }
        canvas.close("g")
    }

    /// A whole chart that says it has nothing to show: the title, a framed empty plot and
    /// the notice in the middle; the text alternative says so too.
    func emptyChart(reason: String) -> String {
        let height = max(options.height, 160)
        let description = reason.isEmpty ? options.emptyNotice : options.emptyNotice + ": " + reason
        var canvas = ChartFrame(options: options, legend: Legend(entries: [])).canvas(height: height, description: description)
        let top = contentTop
        canvas.rect(x: ChartOptions.margin, y: top, width: options.width - 2 * ChartOptions.margin,
                    height: height - top - ChartOptions.margin, fill: "#fafafa",
                    extra: [("stroke", ChartPalette.grid), ("class", "empty")])
        canvas.label([options.emptyNotice], x: options.width / 2, y: (top + height - ChartOptions.margin) / 2 + 6,
                     anchor: "middle", size: 14, fill: ChartPalette.axis)
        return canvas.finish()
    }
}

/// A linear map from data values to pixels.
struct LinearMap {
    let domain: (Double, Double)
    let range: (Double, Double)

    init(_ scale: NiceScale, to range: (Double, Double)) {
        self.domain = (scale.lower, scale.upper)
        self.range = range
    }

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.1 - domain.0
        return range.0 + (value - domain.0) / span * (range.1 - range.0)
    }
}
