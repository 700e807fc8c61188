/// The limits a formula and its design matrix must keep; past one, fitting is refused with a
/// ``RegressionError`` that names the limit, instead of running out of stack, time or memory
/// (issue 14: a formula nested 60,000 deep, a 13-factor `*` chain, `C(household_id)`).
public enum FormulaLimits {
    /// Tokens (names, numbers, operators) in a formula.
    public static let maximumTokens = 1_000
    /// Nesting of parentheses, calls and unary signs.
    public static let maximumDepth = 100
    /// Terms on the right-hand side once `*` is expanded (`a*b*c` has 7; 2^k − 1 for k
    /// factors): a 13-factor chain is 8,191 terms and is refused as it is expanded.
    public static let maximumTerms = 1_000
    /// Levels of one categorical component: more than this is refused, and so is more than
    /// ``identifierLevels`` with fewer than ``minimumRowsPerLevel`` rows per level on
    /// average — an identifier, not a category.
    public static let maximumLevels = 10_000
    /// See ``maximumLevels``.
    public static let identifierLevels = 1_000
    /// See ``maximumLevels``.
    public static let minimumRowsPerLevel = 10
    /// Columns of the design matrix.
    public static let maximumDesignColumns = 10_000
    /// Cells (rows × columns) of the design matrix: 2^28, 2 GiB of doubles.
    public static let maximumDesignCells = 1 << 28
}
