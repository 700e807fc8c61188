import RuralStatText

/// Text of cells for people, shared by the terminal and Markdown renderers.
extension ReportTable {
    /// The cell at (`row`, `column`) as shown to people in `language`.
    func displayText(row: Int, column: Int, language: Language) -> String {
        let style = columns[column].style
        switch rows[row][column] {
        case .text(let text): return text
        case .label(let code, let chinese): return language == .zh ? chinese : code
        case .integer(let value):
            return style == .year ? String(value) : NumberFormatting.grouped(Double(value), decimals: 0)
        case .number(let value): return Self.display(value, style: style, language: language)
        case .quantity(let value, let ownStyle): return Self.display(value, style: ownStyle, language: language)
        case .boolean(let value):
            return language == .zh ? (value ? "是" : "否") : (value ? "yes" : "no")
        case .missing: return "–"
        }
    }

    private static func display(_ value: Double, style: ColumnStyle, language: Language) -> String {
        switch style {
        case .text, .year: value.description
        case .count, .money: NumberFormatting.grouped(value, decimals: 0)
        case .signedMoney: NumberFormatting.grouped(value, decimals: 0, signed: true)
        case .share: NumberFormatting.percent(value)
        case .signedShare: NumberFormatting.percent(value, signed: true)
        case .signedPoints:
            NumberFormatting.grouped(value * 100, decimals: 1, signed: true) + (language == .zh ? "个百分点" : " pp")
        case .decimal(let places): NumberFormatting.grouped(value, decimals: places)
        case .signedDecimal(let places): NumberFormatting.grouped(value, decimals: places, signed: true)
        case .flag: value != 0 ? "yes" : "no"
        }
    }

    /// Whether a column is right-aligned (numbers) rather than left-aligned (text).
    func isNumeric(column: Int) -> Bool {
        switch columns[column].style {
        case .text, .flag: false
        default: true
        }
    }
}
