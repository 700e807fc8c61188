/// Where the category labels of a bar chart go so that no two overlap, from the width
/// estimate of ``TextMetrics``.
///
/// Under a vertical chart, in order of preference: each label on one line; wrapped onto two
/// lines; rotated by 45° (shortened with `…` to the room below the axis); rotated and only
/// every k-th shown, when even rotated labels are too dense. Beside a horizontal chart, each
/// label sits right-aligned left of its row, wrapped onto two lines when the row is tall
/// enough, else shortened with `…`. A shortened label keeps its full text as a tooltip.
public struct CategoryLabels: Sendable {
    /// A point of the chart, in pixels from the top-left corner.
    public struct Point: Sendable, Hashable {
        /// Rightwards.
        public let x: Double
        /// Downwards.
        public let y: Double
    }

    /// One label as drawn.
    public struct Placed: Sendable {
        /// The category's index.
        public let index: Int
        /// The lines shown (shortened or wrapped).
        public let lines: [String]
        /// The full label.
        public let full: String
        /// The text's anchor point (its first baseline).
        public let anchor: Point
        /// `middle` or `end`.
        public let textAnchor: String
        /// Degrees of rotation about the anchor (0 or −45).
        public let rotation: Double
        /// The corners of the box the text is estimated to cover, in order around it.
        public let box: [Point]
    }

    /// How the labels were placed.
    public enum Mode: Sendable, Hashable {
        /// Under the axis, each on one line.
        case horizontal
        /// Under the axis, on up to two lines.
        case wrapped
        /// Under the axis, rotated by 45° (see ``CategoryLabels/every``).
        case rotated
        /// Left of a horizontal chart's rows.
        case beside
    }

    /// The labels shown, in category order (thinned labels are left out).
    public let placed: [Placed]
    /// How they were placed.
    public let mode: Mode
    /// Every how many categories a label is shown (1: all).
    public let every: Int
    /// The room the labels take below the axis (vertical charts) or left of it (horizontal).
    public let extent: Double

    private static let lineHeight = 1.2

    /// Labels under a vertical chart: category `i` centred at `centers[i]`, `band` apart, the
    /// axis at `top`, at most `maxHeight` below it and nothing left of `leftLimit`.
    public init(under labels: [String], centers: [Double], band: Double, top: Double, maxHeight: Double,
                leftLimit: Double, fontSize: Double = 12) {
        precondition(labels.count == centers.count, "one centre per label")
        let room = band - 4
        let widths = labels.map { TextMetrics.width($0, fontSize: fontSize) }
        let lineHeight = Self.lineHeight * fontSize
        if widths.allSatisfy({ $0 <= room }) {
            placed = labels.indices.map { i in
                Self.upright([labels[i]], full: labels[i], index: i, center: centers[i], top: top, fontSize: fontSize)
            }
            (mode, every, extent) = (.horizontal, 1, lineHeight + 4)
            return
        }
        let wrapped = labels.map { TextMetrics.wrapped($0, toWidth: room, fontSize: fontSize, maxLines: 2) }
        if wrapped.allSatisfy({ $0 != nil }), 2 * lineHeight + 4 <= maxHeight {
            placed = labels.indices.map { i in
                Self.upright(wrapped[i]!, full: labels[i], index: i, center: centers[i], top: top, fontSize: fontSize)
            }
            (mode, every, extent) = (.wrapped, 1, Double(wrapped.map { $0!.count }.max() ?? 1) * lineHeight + 4)
            return
        }
        // Rotated by 45°: parallel labels `k · band` apart are `k · band · sin 45°` apart across.
        let s = 0.5.squareRoot()
        let every = max(1, Int((lineHeight / (band * s)).rounded(.up)))
        var placed: [Placed] = []
        var extent = 0.0
        for i in stride(from: 0, to: labels.count, by: every) {
            let anchor = Point(x: centers[i] + fontSize * 0.35, y: top + 6)
            let longest = min((maxHeight - 6 - fontSize * s) / s, (anchor.x - leftLimit) / s)
            let shown = TextMetrics.truncated(labels[i], toWidth: max(longest, fontSize), fontSize: fontSize)
            let length = TextMetrics.width(shown, fontSize: fontSize)
            // Local frame: u along the baseline (towards the anchor at u = 0), v across it, downwards.
            let along = (s, -s), across = (s, s)
            let corners = [(-length, -fontSize), (0, -fontSize), (0, fontSize * 0.2), (-length, fontSize * 0.2)].map { u, v in
                Point(x: anchor.x + u * along.0 + v * across.0, y: anchor.y + u * along.1 + v * across.1)
            }
            extent = max(extent, (corners.map(\.y).max() ?? top) - top)
            placed.append(Placed(index: i, lines: [shown], full: labels[i], anchor: anchor, textAnchor: "end",
                                 rotation: -45, box: corners))
        }
        self.placed = placed
        (mode, self.every, self.extent) = (.rotated, every, extent + 4)
    }

    /// Labels beside a horizontal chart: category `i` centred at height `centers[i]`, rows
    /// `band` tall, right-aligned at `right`, at most `maxWidth` wide.
    public init(beside labels: [String], centers: [Double], band: Double, right: Double, maxWidth: Double,
                fontSize: Double = 12) {
        precondition(labels.count == centers.count, "one centre per label")
        let lineHeight = Self.lineHeight * fontSize
        let maxLines = max(1, Int((band - 2) / lineHeight))
        var placed: [Placed] = []
        var widest = 0.0
        for i in labels.indices {
            let lines = TextMetrics.wrapped(labels[i], toWidth: maxWidth, fontSize: fontSize, maxLines: maxLines)
                ?? [TextMetrics.truncated(labels[i], toWidth: maxWidth, fontSize: fontSize)]
            let width = lines.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0
            widest = max(widest, width)
            let height = Double(lines.count) * lineHeight
            let top = centers[i] - height / 2
            let anchor = Point(x: right, y: top + fontSize)
            let box = [Point(x: right - width, y: top), Point(x: right, y: top), Point(x: right, y: top + height),
                       Point(x: right - width, y: top + height)]
            placed.append(Placed(index: i, lines: lines, full: labels[i], anchor: anchor, textAnchor: "end", rotation: 0, box: box))
        }
        self.placed = placed
        (mode, every, extent) = (.beside, 1, widest)
    }

    private static func upright(_ lines: [String], full: String, index: Int, center: Double, top: Double, fontSize: Double) -> Placed {
        let width = lines.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0
        let height = Double(lines.count) * lineHeight * fontSize
        let box = [Point(x: center - width / 2, y: top + 2), Point(x: center + width / 2, y: top + 2),
                   Point(x: center + width / 2, y: top + 2 + height), Point(x: center - width / 2, y: top + 2 + height)]
        return Placed(index: index, lines: lines, full: full, anchor: Point(x: center, y: top + 2 + fontSize),
                      textAnchor: "middle", rotation: 0, box: box)
    }

    /// Draws the labels.
    func draw(on canvas: inout SVGCanvas, fontSize: Double = 12) {
        canvas.open("g", [("class", "category-labels")])
        for label in placed {
            let shortened = label.lines.joined(separator: " ") != label.full && label.lines.joined() != label.full
            canvas.label(label.lines, x: label.anchor.x, y: label.anchor.y, anchor: label.textAnchor, size: fontSize,
                         rotate: label.rotation, full: shortened ? label.full : nil)
        }
        canvas.close("g")
    }
}
