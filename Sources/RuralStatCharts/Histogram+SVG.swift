/// Draws a histogram.
extension Histogram {
    /// The chart as SVG text; the same data give the same bytes.
    public func svg() -> String {
        var options = self.options
        options.format = .percent
        let frame = ChartFrame(options: options, legend: Legend(entries: []))
        let kept = self.kept
        guard !kept.isEmpty else { return frame.emptyChart(reason: options.title) }
        let (edges, shares) = bins()
        let yScale = NiceScale(covering: shares, ticks: 5, includeZero: true)
        let margin = ChartOptions.margin
        let left = margin + frame.yTitleRoom + frame.tickLabelWidth(yScale) + 8
        let xFrame = ChartFrame(options: ChartOptions(title: "", format: xFormat), legend: Legend(entries: []))
        let plotX = left...(options.width - margin - xFrame.tickLabelWidth(edges) / 2 - 2)
        let top = frame.contentTop + (marker == nil ? 0 : ChartOptions.labelSize + 6)
        let height = max(options.height, top + 120 + ChartOptions.labelSize + 8 + frame.xTitleRoom + margin)
        let bottom = height - margin - frame.xTitleRoom - (ChartOptions.labelSize + 8)
        let plotY = top...bottom
        let xMap = LinearMap(edges, to: (plotX.lowerBound, plotX.upperBound))
        let yMap = LinearMap(yScale, to: (bottom, top))
        var canvas = frame.canvas(height: height, description: description(edges: edges, shares: shares, kept: kept.count))
        frame.drawValueAxis(yScale, map: yMap, plotX: plotX, on: &canvas)
        xFrame.drawHorizontalValueAxis(edges, map: xMap, plotY: plotY, on: &canvas)
        let ticks = edges.ticks
        canvas.open("g", [("class", "bars")])
        for (bin, share) in shares.enumerated() where share > 0 {
            let (x0, x1) = (xMap(ticks[bin]), xMap(ticks[bin + 1]))
            canvas.rect(x: x0 + 0.5, y: yMap(share), width: x1 - x0 - 1, height: yMap(0) - yMap(share), fill: ChartPalette.color(0),
                        extra: [("data-value", ValueFormat.percent.text(share, decimals: 1))])
        }
        canvas.close("g")
        canvas.line(x1: plotX.lowerBound, y1: yMap(0), x2: plotX.upperBound, y2: yMap(0), stroke: ChartPalette.axis,
                    extra: [("class", "baseline")])
        if let marker, marker.value.isFinite {
            frame.drawReferenceLine(at: xMap(marker.value), label: marker.label, vertical: true, plotX: plotX,
                                    plotY: plotY, on: &canvas)
        }
        frame.drawAxisTitles(on: &canvas, plotX: plotX, plotY: plotY, height: height)
        return canvas.finish()
    }

    private func description(edges: NiceScale, shares: [Double], kept: Int) -> String {
        var text = ChartDescription(language: options.language)
        let ticks = edges.ticks
        let (from, to) = (xFormat.text(edges.lower, decimals: edges.decimals), xFormat.text(edges.upper, decimals: edges.decimals))
        let width = xFormat.text(edges.step, decimals: edges.decimals)
        text.add("Histogram of \(kept) values in \(shares.count) bins of \(width) from \(from) to \(to).",
                 "直方图：\(kept) 个数值，\(shares.count) 个组，组距 \(width)，从 \(from) 到 \(to)。")
        if let top = shares.indices.max(by: { (shares[$0], $1) < (shares[$1], $0) }) {
            let bin = "\(xFormat.text(ticks[top], decimals: edges.decimals))–\(xFormat.text(ticks[top + 1], decimals: edges.decimals))"
            let share = ValueFormat.percent.text(shares[top], decimals: 1)
            text.add("Largest bin \(bin): \(share) of the weight.", "最多的组 \(bin)：占权重 \(share)。")
        }
        if let marker, marker.value.isFinite {
            let below = self.kept.filter { $0.0 < marker.value }.reduce(0) { $0 + $1.1 } / self.kept.reduce(0) { $0 + $1.1 }
            let value = xFormat.text(marker.value, decimals: edges.decimals)
            let share = ValueFormat.percent.text(below, decimals: 1)
            text.add("Line at \(value) (\(marker.label)): \(share) of the weight below it.",
                     "\(marker.label) \(value)：其下占权重 \(share)。")
        }
        text.addSkipped(values.count - kept)
        return text.text
    }
}
