/// A line across a chart's plot at one value, with its label: a target across bars or lines,
/// the monitoring line on a histogram.
public struct ReferenceLine: Sendable, Hashable {
    /// Where the line is drawn, in the units of the axis it crosses.
    public var value: Double
    /// The label drawn by the line (bold, near black).
    public var label: String

    /// Creates a reference line.
    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}
