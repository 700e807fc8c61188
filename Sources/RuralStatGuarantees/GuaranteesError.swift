/// Why a guarantees analysis cannot be made.
public enum GuaranteesError: Error, Equatable, CustomStringConvertible {
    /// The households file has none of the four flag columns.
    case noFlagColumns(source: String)

    /// `file:1: …`, naming the four columns and their Chinese headers, as ingestion names a
    /// missing required column.
    public var description: String {
        switch self {
        case .noFlagColumns(let source):
            let names = zip(GuaranteeFlag.allCases.map(\.columnName), ["义务教育保障", "基本医疗保障", "住房安全保障", "饮水安全保障"])
                .map { "\($0) (\($1))" }
            return "\(source):1: none of the columns \(names.joined(separator: ", ")) is in the header; "
                + "the guarantees analysis needs at least one"
        }
    }
}
