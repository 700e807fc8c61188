/// The part of the household model that bends with this year's income: hinges
/// max(log_pci − κⱼ, 0) at knots κⱼ (`log_pci` being measured from the year's mean), so that how much of a year's income carries into the
/// next can differ between poorer and richer households.
///
/// The knots are the 10%, 25%, 50%, 75% and 90% quantiles (R's type 7) of `log_pci` over the
/// transitions the model is fitted on, without repeats and above the lowest value (a knot
/// there would repeat `log_pci` itself). The columns are named `log_pci_hinge1`, … in the
/// knots' order; the default formula uses them and `--formula` may name them.
///
/// Why: with `log_pci` alone, the slope (about 0.4 on `synth` panels) is set by the many
/// households whose low income was a bad year, and it pulls the richest tenth — who carry
/// most of a group's income — down too far: their next-year pci came out 16–23% low and
/// group PCI 4–5% low one year ahead (see <doc:HouseholdModel>).
public struct StateSpline: Sendable, Hashable {
    /// The quantiles of `log_pci` at which knots are placed.
    public static let quantiles = [0.10, 0.25, 0.50, 0.75, 0.90]

    /// The knots κⱼ, ascending, on the model's log scale.
    public let knots: [Double]

    /// The knots at ``quantiles`` of `states` (`log_pci` of the fitting rows); none when
    /// `states` is empty.
    public init(states: [Double]) {
        let sorted = states.filter(\.isFinite).sorted()
        guard let lowest = sorted.first else {
            knots = []
            return
        }
        var knots: [Double] = []
        for p in Self.quantiles {
            let knot = DrawSummary.quantile(sorted: sorted, p)
            if knot > lowest, knot > (knots.last ?? -.infinity) { knots.append(knot) }
        }
        self.knots = knots
    }

    /// The names of the hinge columns, `log_pci_hinge1`, …
    public var columnNames: [String] { knots.indices.map { "log_pci_hinge\($0 + 1)" } }

    /// The `j`-th hinge at `state`: max(state − κⱼ, 0).
    @inline(__always)
    func hinge(_ j: Int, _ state: Double) -> Double { Swift.max(state - knots[j], 0) }
}
