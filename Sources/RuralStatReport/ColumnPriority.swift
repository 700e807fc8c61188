/// Which columns a table for people keeps when it does not show them all.
///
/// Machine-readable output (CSV, JSON) and workbooks always carry every column. Tables for
/// people (terminal, Markdown, HTML) show the ``essential`` and ``standard`` columns, or every
/// column with `--wide`; on a terminal too narrow for them, the ``standard`` ones are left out
/// from the right, and when even the ``essential`` ones do not fit, each row is shown as a
/// vertical block (see ``TableLayout``).
public enum ColumnPriority: Sendable, Hashable {
    /// Always shown: what identifies a row (year, group) and the numbers a reader looks for first.
    case essential
    /// Shown unless the terminal is too narrow.
    case standard
    /// Shown only with `--wide`: the counts and components behind the others.
    case wide
}
