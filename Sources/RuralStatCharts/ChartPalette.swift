/// The colours, dash patterns and markers that tell series apart, also in greyscale print.
///
/// The colours are spaced in lightness (relative luminance ≈ 0.03, 0.38, 0.16, 0.52, 0.11,
/// 0.72), ordered so that neighbouring series differ most; lines add a dash pattern and a
/// marker shape of their own, so a black-and-white copy still tells every series apart.
public enum ChartPalette {
    /// Fill and stroke colours, in series order (the seventh series repeats the first colour
    /// with the seventh dash pattern).
    public static let colors = ["#1b2a5e", "#e8913a", "#2f7d6d", "#9cc3e6", "#a33a1f", "#f2dc8a"]

    /// SVG `stroke-dasharray` values, in series order (the first solid).
    public static let dashes = ["", "7 4", "2 3", "10 3 2 3", "4 4", "1 4", "12 6"]

    /// The marker shapes of line series, in series order.
    public static let markers: [Marker] = [.circle, .square, .triangle, .diamond, .cross, .plus]

    /// A marker drawn at each point of a line series.
    public enum Marker: Sendable, Hashable {
        /// A filled circle.
        case circle
        /// A filled square.
        case square
        /// A filled triangle, point up.
        case triangle
        /// A filled diamond.
        case diamond
        /// A diagonal cross (×).
        case cross
        /// An upright cross (+).
        case plus
    }

    /// The colour of series `index`.
    public static func color(_ index: Int) -> String { colors[index % colors.count] }
    /// The dash pattern of series `index`.
    public static func dash(_ index: Int) -> String { dashes[index % dashes.count] }
    /// The marker of series `index`.
    public static func marker(_ index: Int) -> Marker { markers[index % markers.count] }

    /// The colour of reference marks and target lines: near black, apart from every series.
    static let reference = "#111111"
    /// Grid lines.
    static let grid = "#e3e3e3"
    /// Axis lines and tick labels.
    static let axis = "#555555"
}
