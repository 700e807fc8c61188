import RuralStatCore

/// The sums behind a group's wage share (SPEC §3, §3.3): Σ w·wage and Σ w·gross, in double-double.
///
/// The one owner of the group wage share: the income table's `wage_share`, the employment
/// table's `wage_share` and `wage_share_change`, and the ``Metric/wageShare`` both analyses
/// serve to targets all come from these sums.
public struct WageShareSums {
    @usableFromInline var wage = DoubleDouble()
    @usableFromInline var gross = DoubleDouble()

    /// Empty sums.
    @inlinable
    public init() {}

    /// Adds a household with weight `w`, wage income `wage` and gross income `gross` (yuan).
    @inlinable
    public mutating func add(weight w: Double, wage: Double, gross: Double) {
        self.wage.add(w * wage)
        self.gross.add(w * gross)
    }

    /// Σ w·wage, yuan.
    @inlinable
    public var wageTotal: Double { wage.value }

    /// Σ w·wage / Σ w·gross, or `nil` when Σ w·gross ≤ 0.
    @inlinable
    public var share: Double? {
        let gross = gross.value
        return gross > 0 ? wage.value / gross : nil
    }
}
