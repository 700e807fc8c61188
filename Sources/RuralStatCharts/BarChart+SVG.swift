import RuralStatText

/// Draws a bar chart.
extension BarChart {
    /// The chart as SVG text; the same chart gives the same bytes.
    public func svg() -> String {
        layout().svg
    }

    /// The SVG and where its category labels went (their estimated boxes, to check that none
    /// overlap); no labels for an empty chart.
    public func layout() -> (svg: String, labels: CategoryLabels?) {
        let frame = ChartFrame(options: options, legend: legend)
        guard !categories.isEmpty, !series.isEmpty, series.contains(where: { s in s.values.contains { $0?.isFinite == true } })
        else { return (frame.emptyChart(reason: options.title), nil) }
        let scale = NiceScale(covering: extentValues, ticks: isHorizontal ? 5 : 6, includeZero: true)
        return isHorizontal ? horizontal(frame, scale) : vertical(frame, scale)
    }

    /// The bars of category `c` as (series, from, to), in series order; stacked bars cumulate
    /// positive values up from zero and negative values down.
    private func segments(_ c: Int) -> [(Int, Double, Double)] {
        var up = 0.0, down = 0.0
        return series.indices.compactMap { s in
            guard let v = value(s, c) else { return nil }
            guard arrangement == .stacked else { return (s, 0, v) }
            if v >= 0 {
                defer { up += v }
                return (s, up, up + v)
            }
            defer { down += v }
            return (s, down, down + v)
        }
    }

    /// The offset and thickness of series `s`'s bar inside a category's band.
    private func slot(_ s: Int, band: Double) -> (Double, Double) {
        if arrangement == .stacked { return (band * 0.2, band * 0.6) }
        let inner = band * 0.8
        let thickness = inner / Double(series.count)
        return (band * 0.1 + Double(s) * thickness, thickness)
    }

    private func vertical(_ frame: ChartFrame, _ scale: NiceScale) -> (svg: String, labels: CategoryLabels?) {
        let margin = ChartOptions.margin
        let left = margin + frame.yTitleRoom + frame.tickLabelWidth(scale) + 8
        let plotX = left...(options.width - margin)
        let band = (plotX.upperBound - plotX.lowerBound) / Double(categories.count)
        let centers = categories.indices.map { plotX.lowerBound + (Double($0) + 0.5) * band }
        let top = frame.contentTop + (valueLabels ? ChartOptions.labelSize + 4 : 0)
        // The labels' room depends on the band only; the plot takes what is left of the height.
        let probe = CategoryLabels(under: categories, centers: centers, band: band, top: 0,
                                   maxHeight: options.height * 0.35, leftLimit: margin)
        let height = max(options.height, top + 120 + probe.extent + frame.xTitleRoom + margin)
        let bottom = height - margin - frame.xTitleRoom - probe.extent
        let labels = CategoryLabels(under: categories, centers: centers, band: band, top: bottom,
                                    maxHeight: options.height * 0.35, leftLimit: margin)
        let plotY = top...bottom
        let map = LinearMap(scale, to: (bottom, top))
        var canvas = frame.canvas(height: height, description: description(scale: scale))
        frame.drawValueAxis(scale, map: map, plotX: plotX, on: &canvas)
        let decimals = labelDecimals(scale, format: options.format)
        canvas.open("g", [("class", "bars")])
        for c in categories.indices {
            let start = plotX.lowerBound + Double(c) * band
            let parts = segments(c)
            if parts.isEmpty { drawNoData(at: (centers[c], map(0) - 4), width: band, on: &canvas) }
            for (s, from, to) in parts {
                let (offset, thickness) = slot(s, band: band)
                let (y0, y1) = (map(from), map(to))
                canvas.rect(x: start + offset, y: min(y0, y1), width: thickness, height: abs(y1 - y0), fill: color(s),
                            extra: [("data-value", options.format.text(to - from, decimals: decimals))])
            }
        }
        canvas.close("g")
        if let reference {
            canvas.open("g", [("class", "references")])
            for c in categories.indices {
                guard let r = reference.values[c], r.isFinite else { continue }
                let start = plotX.lowerBound + Double(c) * band
                canvas.line(x1: start + band * 0.05, y1: map(r), x2: start + band * 0.95, y2: map(r), stroke: ChartPalette.reference,
                            width: 2.5)
            }
            canvas.close("g")
        }
        if valueLabels, arrangement == .grouped { drawVerticalValueLabels(band: band, plotX: plotX, map: map, decimals: decimals, on: &canvas) }
        canvas.line(x1: plotX.lowerBound, y1: map(0), x2: plotX.upperBound, y2: map(0), stroke: ChartPalette.axis, width: 1,
                    extra: [("class", "baseline")])
        if let target, target.value.isFinite {
            frame.drawReferenceLine(at: map(target.value), label: target.label, vertical: false, plotX: plotX, plotY: plotY, on: &canvas)
        }
        labels.draw(on: &canvas)
        frame.drawAxisTitles(on: &canvas, plotX: plotX, plotY: plotY, height: height)
        return (canvas.finish(), labels)
    }

    private func drawVerticalValueLabels(band: Double, plotX: ClosedRange<Double>, map: LinearMap, decimals: Int,
                                         on canvas: inout SVGCanvas) {
        let (_, thickness) = slot(0, band: band)
        let texts = categories.indices.flatMap { c in segments(c).map { options.format.text($0.2, decimals: decimals) } }
        guard texts.allSatisfy({ TextMetrics.width($0, fontSize: 10) <= thickness + 2 }) else { return }
        canvas.open("g", [("class", "value-labels")])
        for c in categories.indices {
            for (s, _, v) in segments(c) {
                let (offset, thickness) = slot(s, band: band)
                let x = plotX.lowerBound + Double(c) * band + offset + thickness / 2
                let y = v >= 0 ? map(v) - 3 : map(v) + 11
                canvas.label([options.format.text(v, decimals: decimals)], x: x, y: y, anchor: "middle", size: 10)
            }
        }
        canvas.close("g")
    }

    private func horizontal(_ frame: ChartFrame, _ scale: NiceScale) -> (svg: String, labels: CategoryLabels?) {
        let margin = ChartOptions.margin
        let size = ChartOptions.labelSize
        let maxLabelWidth = options.width * 0.3
        let needsTwoLines = categories.contains { TextMetrics.width($0, fontSize: size) > maxLabelWidth }
        let perSeries = arrangement == .stacked ? 18.0 : 12.0 * Double(series.count) + 8
        let band = max(needsTwoLines ? 2 * 1.2 * size + 6 : 1.2 * size + 8, arrangement == .stacked ? 24 : perSeries)
        let top = frame.contentTop + (target == nil ? 0 : size + 6)
        let bottomRoom = size + 8 + frame.xTitleRoom + margin
        let height = max(options.height, top + band * Double(categories.count) + bottomRoom)
        let bandHeight = (height - top - bottomRoom) / Double(categories.count)
        let bottom = top + bandHeight * Double(categories.count)
        let centers = categories.indices.map { top + (Double($0) + 0.5) * bandHeight }
        let probe = CategoryLabels(beside: categories, centers: centers, band: bandHeight, right: 0, maxWidth: maxLabelWidth)
        let left = margin + frame.yTitleRoom + probe.extent + 8
        let labels = CategoryLabels(beside: categories, centers: centers, band: bandHeight, right: left - 6, maxWidth: maxLabelWidth)
        let decimals = labelDecimals(scale, format: options.format)
        let valueRoom = valueLabels && arrangement == .grouped
            ? (categories.indices.flatMap { c in segments(c).map { options.format.text($0.2, decimals: decimals) } }
                .map { TextMetrics.width($0, fontSize: 10) }.max() ?? 0) + 6
            : 0
        let edge = max(frame.tickLabelWidth(scale) / 2, valueRoom)
        let plotX = left...(options.width - margin - edge)
        let plotY = top...bottom
        let map = LinearMap(scale, to: (plotX.lowerBound, plotX.upperBound))
        var canvas = frame.canvas(height: height, description: description(scale: scale))
        frame.drawHorizontalValueAxis(scale, map: map, plotY: plotY, on: &canvas)
        canvas.open("g", [("class", "bars")])
        for c in categories.indices {
            let start = top + Double(c) * bandHeight
            let parts = segments(c)
            if parts.isEmpty { drawNoData(at: (map(0) + 4, centers[c] + 4), width: nil, on: &canvas) }
            for (s, from, to) in parts {
                let (offset, thickness) = slot(s, band: bandHeight)
                let (x0, x1) = (map(from), map(to))
                canvas.rect(x: min(x0, x1), y: start + offset, width: abs(x1 - x0), height: thickness, fill: color(s),
                            extra: [("data-value", options.format.text(to - from, decimals: decimals))])
                if valueRoom > 0 {
                    canvas.label([options.format.text(to, decimals: decimals)], x: to >= 0 ? x1 + 3 : x1 - 3,
                                 y: start + offset + thickness / 2 + 3.5, anchor: to >= 0 ? "start" : "end", size: 10)
                }
            }
        }
        canvas.close("g")
        if let reference {
            canvas.open("g", [("class", "references")])
            for c in categories.indices {
                guard let r = reference.values[c], r.isFinite else { continue }
                let start = top + Double(c) * bandHeight
                canvas.line(x1: map(r), y1: start + bandHeight * 0.05, x2: map(r), y2: start + bandHeight * 0.95,
                            stroke: ChartPalette.reference, width: 2.5)
            }
            canvas.close("g")
        }
        canvas.line(x1: map(0), y1: top, x2: map(0), y2: bottom, stroke: ChartPalette.axis, extra: [("class", "baseline")])
        if let target, target.value.isFinite {
            frame.drawReferenceLine(at: map(target.value), label: target.label, vertical: true, plotX: plotX, plotY: plotY, on: &canvas)
        }
        labels.draw(on: &canvas)
        frame.drawAxisTitles(on: &canvas, plotX: plotX, plotY: plotY, height: height)
        return (canvas.finish(), labels)
    }

    /// The notice in the place of a category without data: `no data`, or `–` where the
    /// band is too narrow for the words.
    private func drawNoData(at point: (Double, Double), width: Double?, on canvas: inout SVGCanvas) {
        let words = options.language == .zh ? "无数据" : "no data"
        let fits = width.map { TextMetrics.width(words, fontSize: 10) <= $0 - 2 } ?? true
        canvas.label([fits ? words : "–"], x: point.0, y: point.1, anchor: width == nil ? "start" : "middle", size: 10,
                     fill: ChartPalette.axis, full: fits ? nil : words)
    }
}
