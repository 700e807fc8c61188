import RuralStatText

/// What every chart has: a title, axis titles, the number format of its value axis, its size
/// and the language of the words the chart adds itself (the empty-chart notice, the text
/// alternative).
public struct ChartOptions: Sendable, Hashable {
    /// The title, drawn at the top and the chart's accessible name.
    public var title: String
    /// The title of the category or x axis (empty: none).
    public var xTitle: String
    /// The title of the value or y axis (empty: none).
    public var yTitle: String
    /// How values are written on the value axis and beside bars.
    public var format: ValueFormat
    /// The width in pixels (CSS px; the SVG scales down to its container in HTML).
    public var width: Double
    /// The height in pixels; horizontal bar charts grow it to give each category a row.
    public var height: Double
    /// The language of the chart's own words.
    public var language: Language
    /// The prefix of the element ids (`ID-title`, `ID-desc`); charts on one page need
    /// different ids. Empty: `chart-` and a hash of the title.
    public var id: String

    /// Options with a title and the defaults: 720 × 400, numbers, English.
    public init(title: String, xTitle: String = "", yTitle: String = "", format: ValueFormat = .number,
                width: Double = 720, height: Double = 400, language: Language = .en, id: String = "") {
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.format = format
        self.width = width
        self.height = height
        self.language = language
        self.id = id
    }

    /// ``id``, or `chart-` and the FNV-1a hash of the title in hex (the same title, the same id).
    var elementID: String {
        guard id.isEmpty else { return id }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in title.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return "chart-" + String(hash, radix: 16)
    }

    /// The notice an empty chart shows.
    var emptyNotice: String { language == .zh ? "无数据" : "No data" }

    /// Sizes shared by every chart.
    static let titleSize = 16.0
    static let labelSize = 12.0
    static let axisTitleSize = 12.0
    static let margin = 12.0
}
