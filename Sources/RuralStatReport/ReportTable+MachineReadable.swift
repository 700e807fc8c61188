import RuralStatText

/// Renders a table for programs: CSV and JSON with the snake_case keys of SPEC §4.1.
extension ReportTable {
    /// RFC 4180 CSV bytes (UTF-8): a header of column keys, then one line per row. Numbers in
    /// full precision (shortest round-trip form), booleans `true`/`false`, labels as codes,
    /// undefined values as empty cells.
    public func csv() -> [UInt8] {
        var writer = CSVWriter()
        writer.writeRow(columns.map(\.key))
        for row in rows { writer.writeRow(row.map(Self.csvText)) }
        return writer.bytes
    }

    /// The rows as a JSON array of objects keyed by column key, in column order; undefined
    /// values are `null`.
    public func jsonRows() -> JSONValue {
        .array(rows.map { row in .object(zip(columns, row).map { ($0.key, Self.json($1)) }) })
    }

    private static func csvText(_ cell: ReportCell) -> String {
        switch cell {
        case .text(let text): text
        case .label(let code, _): code
        case .integer(let value): String(value)
        case .number(let value), .quantity(let value, _): value.isFinite ? JSONValue.format(value) : ""
        case .boolean(let value): value ? "true" : "false"
        case .missing: ""
        }
    }

    private static func json(_ cell: ReportCell) -> JSONValue {
        switch cell {
        case .text(let text): .string(text)
        case .label(let code, _): .string(code)
        case .integer(let value): .integer(value)
        case .number(let value), .quantity(let value, _): .number(value)
        case .boolean(let value): .bool(value)
        case .missing: .null
        }
    }
}
