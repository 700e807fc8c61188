import RuralStatCore

/// A monitoring line and where it came from, shown in the notes of the documents that use a
/// line (``IncomeReport``, ``RiskReport``).
public struct MonitoringLineSource: Sendable {
    /// The line.
    public let line: MonitoringLine
    /// Where it came from: `--line`, `targets NAME` or the path of a `lines.json`.
    public let source: String

    /// Creates a line with its source.
    public init(_ line: MonitoringLine, source: String) {
        self.line = line
        self.source = source
    }
}
