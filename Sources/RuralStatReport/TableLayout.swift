/// How tables for people are laid out: every column (`--wide`), or the essential and standard
/// columns (see ``ColumnPriority``), fitted to a terminal's width when one is known.
///
/// On a terminal of ``width`` columns a table that is too wide loses its ``ColumnPriority/standard``
/// columns from the right until it fits; when even its ``ColumnPriority/essential`` ones do not
/// fit (or it marks none essential), each row is shown as a block of `title  value` lines.
/// Without a width (standard output is a pipe or a file) the table keeps every essential and
/// standard column, so what scripts and files get does not depend on a window's size. A note
/// under the table names the columns left out and says that `--wide` shows them.
public struct TableLayout: Sendable, Hashable {
    /// The terminal's width in columns; `nil` when none is known (a pipe or a file).
    public var width: Int?
    /// Whether every column is shown, however wide (`--wide`).
    public var wide: Bool

    /// A layout for a terminal of `width` columns, or for a pipe or a file when `nil`.
    public init(width: Int? = nil, wide: Bool = false) {
        self.width = width
        self.wide = wide
    }

    /// No width known, not wide: the essential and standard columns, unfitted.
    public static let unfitted = TableLayout()
}
