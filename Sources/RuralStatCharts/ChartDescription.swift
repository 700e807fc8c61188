import RuralStatText

/// The text alternative of a chart (`<desc>`): what kind of chart, how many categories or
/// points and series, the range of the values, the reference lines, and what was left out —
/// short sentences in the chart's language.
struct ChartDescription {
    let language: Language
    private var sentences: [String] = []

    init(language: Language) {
        self.language = language
    }

    /// Adds a sentence, English or Chinese.
    mutating func add(_ english: String, _ chinese: String) {
        sentences.append(language == .zh ? chinese : english)
    }

    /// The names joined as a list in the language.
    func list(_ names: [String]) -> String {
        names.joined(separator: language == .zh ? "、" : ", ")
    }

    /// Adds the range of `values` (finite ones) in `format`.
    mutating func addRange(_ values: [Double], format: ValueFormat, decimals: Int) {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return }
        let (a, b) = (format.text(low, decimals: decimals), format.text(high, decimals: decimals))
        add("Values from \(a) to \(b).", "数值从 \(a) 到 \(b)。")
    }

    /// Adds how many values were not finite and left out, if any.
    mutating func addSkipped(_ count: Int) {
        guard count > 0 else { return }
        add("\(count) value\(count == 1 ? "" : "s") not finite, left out.", "\(count) 个非有限数值未绘出。")
    }

    /// The sentences, joined.
    var text: String { sentences.joined(separator: language == .zh ? "" : " ") }
}

/// The decimals with which values of a chart are written beside bars and in its text
/// alternative: one more than the axis step needs, at most 2 (percents: 1).
func labelDecimals(_ scale: NiceScale, format: ValueFormat) -> Int {
    switch format {
    case .percent: min(max(0, scale.decimals - 2 + 1), 1)
    case .year: 0
    case .number, .yuan: scale.step >= 10 ? 0 : min(scale.decimals + 1, 2)
    }
}
