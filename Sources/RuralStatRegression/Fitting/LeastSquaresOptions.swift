/// Numerical settings of a least-squares fit. The defaults are what the NIST StRD accuracy
/// figures in the module's overview were measured with.
public struct LeastSquaresOptions: Sendable, Equatable {
    /// A column is aliased (dropped, reported like R's `NA` coefficient) when the part of it
    /// not explained by the earlier kept columns is at most this fraction of its length, both
    /// measured after row weighting. Default 1e-10.
    ///
    /// R's `lm` uses 1e-7 and so drops the 10th power of NIST's Filip problem, whose part
    /// beyond the lower powers is 5e-8 of its length; 1e-10 keeps it, and is still far above
    /// the 1e-15 or so that roundoff leaves in a column that is an exact combination of others.
    public var rankTolerance: Double
    /// The most steps of iterative refinement of the solution (0 turns refinement off).
    /// Default 10; well-conditioned problems stop after one or two.
    public var maximumRefinementSteps: Int

    /// Settings with the given values (the defaults when omitted).
    public init(rankTolerance: Double = 1e-10, maximumRefinementSteps: Int = 10) {
        precondition(rankTolerance >= 0 && rankTolerance < 1, "rank tolerance must lie in [0, 1)")
        precondition(maximumRefinementSteps >= 0, "refinement steps must not be negative")
        self.rankTolerance = rankTolerance
        self.maximumRefinementSteps = maximumRefinementSteps
    }
}
