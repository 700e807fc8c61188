import RuralStatText

/// The poverty/monitoring line z_t of SPEC §3: a number per year.
///
/// Written on the command line as `--line 6900` (every year), `--line 2021=6000,2022=6900`
/// (per year) or `--line median:0.6` (60% of that year's weighted median pci).
public enum MonitoringLine: Sendable, Hashable, CustomStringConvertible {
    /// The same line every year, yuan per person.
    case fixed(Double)
    /// A line for each listed year; years not listed have no line.
    case perYear([Int: Double])
    /// A share of the year's person-weighted median pci (relative poverty, as laeken's ARPR).
    case medianShare(Double)
    /// The first line in the years it gives one, the second in the others: a plan's line for
    /// its own years (Fangcheng: 6,900 in 2022) over `--line` or `lines.json`.
    indirect case layered(MonitoringLine, over: MonitoringLine)

    /// Why a line could not be read.
    public struct ParseError: Error, Equatable, LocalizedMessage {
        /// The text given.
        public let text: String
        /// What is wrong with it.
        public let reason: LocalizedText

        init(text: String, reason: String, _ chinese: String) {
            self.text = text
            self.reason = LocalizedText(en: reason, zh: chinese)
        }

        /// `invalid --line 'TEXT': REASON` in `language`.
        public func text(_ language: Language) -> String {
            language == .zh ? "--line 的值“\(text)”无效：\(reason.zh)" : "invalid --line '\(text)': \(reason.en)"
        }
    }

    /// Reads a line from its command-line form.
    ///
    /// - Throws: ``ParseError`` naming the text and what is wrong.
    public static func parse(_ text: String) throws(ParseError) -> MonitoringLine {
        let trimmed = text.filter { $0 != " " }
        if trimmed.lowercased().hasPrefix("median:") {
            guard let share = Double(trimmed.dropFirst("median:".count)), share > 0, share.isFinite else {
                throw ParseError(text: text, reason: "expected median:SHARE with SHARE > 0, e.g. median:0.6",
                                 "应为 median:比例，比例大于0，如 median:0.6")
            }
            return .medianShare(share)
        }
        if !trimmed.contains("=") {
            guard let value = Double(trimmed), value >= 0, value.isFinite else {
                throw ParseError(text: text, reason: "expected a non-negative amount of yuan, e.g. 6900", "应为不小于0的元数，如 6900")
            }
            return .fixed(value)
        }
        var lines: [Int: Double] = [:]
        for item in trimmed.split(separator: ",") {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, let year = Int(parts[0]), let value = Double(parts[1]), value >= 0,
                  value.isFinite
            else { throw ParseError(text: text, reason: "expected YEAR=AMOUNT pairs, e.g. 2021=6000,2022=6900",
                                      "应为“年度=金额”，如 2021=6000,2022=6900") }
            guard lines[year] == nil else { throw ParseError(text: text, reason: "year \(year) is given twice", "\(year)年给了两次") }
            lines[year] = value
        }
        return .perYear(lines)
    }

    /// The line for `year`; `median` supplies the year's weighted median pci for ``medianShare(_:)``.
    public func value(year: Int, median: () -> Double?) -> Double? {
        switch self {
        case .fixed(let value): value
        case .perYear(let lines): lines[year]
        case .medianShare(let share): median().map { share * $0 }
        case .layered(let top, let base): top.value(year: year, median: median) ?? base.value(year: year, median: median)
        }
    }

    public var description: String {
        switch self {
        case .fixed(let value): LineChoice.amount(value).description
        case .perYear(let lines):
            lines.keys.sorted().map { "\($0)=\(LineChoice.amount(lines[$0]!).description)" }.joined(separator: ",")
        case .medianShare(let share): "median:\(share)"
        case .layered(let top, let base): "\(top) over \(base)"
        }
    }
}
