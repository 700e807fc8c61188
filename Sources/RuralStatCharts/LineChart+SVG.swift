/// Draws a line chart.
extension LineChart {
    /// The chart as SVG text; the same chart gives the same bytes.
    public func svg() -> String {
        let frame = ChartFrame(options: options, legend: legend)
        let xs = series.indices.flatMap { finitePoints($0).map(\.0) }
            + bands.flatMap { Self.runs($0).flatMap { $0.map(\.0) } }
        var ys = series.indices.flatMap { finitePoints($0).map(\.1) }
        guard !ys.isEmpty else { return frame.emptyChart(reason: options.title) }
        ys += bands.flatMap { Self.runs($0).flatMap { $0.flatMap { [$0.1, $0.2] } } }
        if let target, target.value.isFinite { ys.append(target.value) }
        let yScale = NiceScale(covering: ys, ticks: 6, includeZero: false)
        let xScale = xFormat == .year ? Self.yearScale(xs) : NiceScale(covering: xs, ticks: 8, includeZero: false)
        let margin = ChartOptions.margin
        let left = margin + frame.yTitleRoom + frame.tickLabelWidth(yScale) + 8
        let xEdge = frame.tickLabelWidth(xScale) / 2 + 2
        let plotX = left...(options.width - margin - xEdge)
        let top = frame.contentTop
        let height = max(options.height, top + 120 + ChartOptions.labelSize + 8 + frame.xTitleRoom + margin)
        let bottom = height - margin - frame.xTitleRoom - (ChartOptions.labelSize + 8)
        let plotY = top...bottom
        let xMap = LinearMap(xScale, to: (plotX.lowerBound, plotX.upperBound))
        let yMap = LinearMap(yScale, to: (bottom, top))
        var canvas = frame.canvas(height: height, description: description(yScale, xScale))
        frame.drawValueAxis(yScale, map: yMap, plotX: plotX, on: &canvas)
        ChartFrame(options: ChartOptions(title: "", format: xFormat), legend: Legend(entries: []))
            .drawHorizontalValueAxis(xScale, map: xMap, plotY: plotY, on: &canvas)
        let opacities = bandOpacities
        let order = bands.indices.sorted { (opacities[$0], $0) < (opacities[$1], $1) }
        canvas.open("g", [("class", "bands")])
        for b in order {
            for run in Self.runs(bands[b]) {
                let outline = run.map { (xMap($0.0), yMap($0.2)) } + run.reversed().map { (xMap($0.0), yMap($0.1)) }
                canvas.element("polygon", [("points", SVGCanvas.points(outline)), ("fill", ChartPalette.color(bands[b].series)),
                                           ("fill-opacity", SVGCanvas.number(opacities[b]))])
            }
        }
        canvas.close("g")
        if yScale.lower < 0, yScale.upper > 0 {
            canvas.line(x1: plotX.lowerBound, y1: yMap(0), x2: plotX.upperBound, y2: yMap(0), stroke: ChartPalette.axis,
                        extra: [("class", "baseline")])
        }
        for s in series.indices {
            let color = ChartPalette.color(s)
            canvas.open("g", [("class", "series")])
            for run in runs(s) {
                let points = run.map { (xMap($0.0), yMap($0.1)) }
                if points.count > 1 {
                    var attributes = [("points", SVGCanvas.points(points)), ("fill", "none"), ("stroke", color), ("stroke-width", "2")]
                    if !ChartPalette.dash(s).isEmpty { attributes.append(("stroke-dasharray", ChartPalette.dash(s))) }
                    canvas.element("polyline", attributes)
                }
                for point in points { MarkerShape.draw(ChartPalette.marker(s), at: point, color: color, on: &canvas) }
            }
            canvas.close("g")
        }
        if let target, target.value.isFinite {
            frame.drawReferenceLine(at: yMap(target.value), label: target.label, vertical: false, plotX: plotX, plotY: plotY,
                                    on: &canvas)
        }
        frame.drawAxisTitles(on: &canvas, plotX: plotX, plotY: plotY, height: height)
        return canvas.finish()
    }

    /// An axis of whole years: from the first to the last, a step of 1, 2, 5, … years.
    static func yearScale(_ xs: [Double]) -> NiceScale {
        let low = (xs.min() ?? 0).rounded(.down), high = (xs.max() ?? 1).rounded(.up)
        guard high > low else { return NiceScale(covering: [low - 1, high + 1], ticks: 3, includeZero: false) }
        return NiceScale(covering: [low, high], ticks: min(Int(high - low) + 1, 8), includeZero: false)
    }

    private func description(_ yScale: NiceScale, _ xScale: NiceScale) -> String {
        var text = ChartDescription(language: options.language)
        let names = text.list(series.map(\.name))
        let xs = series.indices.flatMap { finitePoints($0).map(\.0) }
        let (from, to) = (xFormat.text(xs.min() ?? 0, decimals: xScale.decimals), xFormat.text(xs.max() ?? 0, decimals: xScale.decimals))
        text.add("Line chart: \(series.count) series (\(names)) from \(from) to \(to).",
                 "折线图：\(series.count) 个系列（\(names)），从 \(from) 到 \(to)。")
        let decimals = labelDecimals(yScale, format: options.format)
        text.addRange(series.indices.flatMap { finitePoints($0).map(\.1) }, format: options.format, decimals: decimals)
        if !bands.isEmpty { text.add("Shaded: \(text.list(bands.map(\.name))).", "阴影区间：\(text.list(bands.map(\.name)))。") }
        if let target, target.value.isFinite {
            let shown = options.format.text(target.value, decimals: decimals)
            text.add("Line at \(shown): \(target.label).", "参考线 \(shown)：\(target.label)。")
        }
        let missing = series.reduce(0) { $0 + $1.points.filter { p in p.y.map { !$0.isFinite } ?? true }.count }
        if missing > 0 { text.add("\(missing) point\(missing == 1 ? "" : "s") missing.", "\(missing) 个点缺失。") }
        return text.text
    }
}
