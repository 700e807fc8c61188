import RuralStatText

/// Why a guarantees analysis cannot be made.
public enum GuaranteesError: Error, Equatable, LocalizedMessage {
    /// The households file has none of the four flag columns.
    case noFlagColumns(source: String)

    /// `file:1: …`, naming the four columns and their Chinese headers, as ingestion names a
    /// missing required column.
    public func text(_ language: Language) -> String {
        switch self {
        case .noFlagColumns(let source):
            let chinese = ["义务教育保障", "基本医疗保障", "住房安全保障", "饮水安全保障"]
            if language == .zh {
                return "\(source):1: 表头中没有“\(chinese.joined(separator: "”“"))”中的任何一列；“三保障”和饮水安全分析至少需要一列"
            }
            let names = zip(GuaranteeFlag.allCases.map(\.columnName), chinese).map { "\($0) (\($1))" }
            return "\(source):1: none of the columns \(names.joined(separator: ", ")) is in the header; "
                + "the guarantees analysis needs at least one"
        }
    }
}
