import RuralStatCore
/// Values with weights, sorted ascending by value: the distribution on which SPEC §3 defines
/// the weighted quantiles, the Gini coefficient and the Foster–Greer–Thorbecke measures.
///
/// For income the values are household pci (yuan per person) and the weights person
/// weights v = w·household_size, so each measure is "over persons".
public struct WeightedSample: Sendable, Hashable {
    /// The values, ascending.
    public let values: [Double]
    /// The weight of each value, all positive.
    public let weights: [Double]

    /// Creates a sample, sorting the pairs by value (ties keep their given order).
    ///
    /// - Precondition: as many weights as values; values are not NaN; weights are positive.
    /// - Complexity: O(n log n).
    public init(values: [Double], weights: [Double]) {
        precondition(values.count == weights.count, "values and weights differ in length")
        precondition(!values.contains { $0.isNaN }, "a value is NaN")
        precondition(weights.allSatisfy { $0 > 0 }, "weights must be positive")
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        self.init(sortedValues: order.map { values[$0] }, weights: order.map { weights[$0] })
    }

    /// Creates a sample from values already sorted ascending (no check beyond debug builds).
    init(sortedValues: [Double], weights: [Double]) {
        assert(zip(sortedValues, sortedValues.dropFirst()).allSatisfy { $0 <= $1 }, "values not sorted")
        self.values = sortedValues
        self.weights = weights
    }

    /// The number of values.
    public var count: Int { values.count }

    /// Σ weights (compensated sum).
    public var totalWeight: Double {
        var total = DoubleDouble()
        for weight in weights { total.add(weight) }
        return total.value
    }

    /// The weighted quantiles at the ascending probabilities `probabilities`, in one pass.
    ///
    /// SPEC §3: the inverse of the weighted empirical distribution — the smallest value whose
    /// cumulative weight share reaches p, i.e. the first xᵢ with Σ_{j≤i} vⱼ ≥ p·Σ v.
    /// Returns `nil` for an empty sample.
    ///
    /// - Precondition: probabilities ascending, each in 0…1.
    /// - Complexity: O(n).
    public func quantiles(_ probabilities: [Double]) -> [Double]? {
        precondition(probabilities.allSatisfy { (0...1).contains($0) }, "probability outside 0...1")
        precondition(zip(probabilities, probabilities.dropFirst()).allSatisfy { $0 <= $1 }, "probabilities not ascending")
        guard !values.isEmpty else { return nil }
        let total = totalWeight
        var result: [Double] = []
        result.reserveCapacity(probabilities.count)
        var cumulative = DoubleDouble()
        var i = 0
        var next = 0
        cumulative.add(weights[0])
        while next < probabilities.count {
            let target = probabilities[next] * total
            while cumulative.value < target && i + 1 < values.count {
                i += 1
                cumulative.add(weights[i])
            }
            result.append(values[i])
            next += 1
        }
        return result
    }

    /// The weighted quantile at `p` (see ``quantiles(_:)``); `nil` for an empty sample.
    public func quantile(_ p: Double) -> Double? {
        quantiles([p])?[0]
    }

    /// The Gini coefficient ×100, by the formula of SPEC §3:
    /// G = 100 · [ (2·Σᵢ vᵢ·xᵢ·Σ_{j≤i} vⱼ − Σᵢ vᵢ²·xᵢ) / (Σᵢ vᵢ · Σᵢ vᵢ·xᵢ) − 1 ].
    ///
    /// Negative values are kept as they are (the coefficient can then exceed 100). Returns
    /// `nil` for an empty sample or when Σ v·x is 0. Ties may come in any order: the formula
    /// gives the same value. Sums are compensated, so the large numerator stays accurate.
    /// - Complexity: O(n).
    public func gini() -> Double? {
        guard !values.isEmpty else { return nil }
        var cumulative = DoubleDouble()
        var numerator = DoubleDouble()
        var squares = DoubleDouble()
        var weightedTotal = DoubleDouble()
        for i in values.indices {
            let v = weights[i], x = values[i]
            cumulative.add(v)
            numerator.add(v * x * cumulative.value)
            squares.add(v * v * x)
            weightedTotal.add(v * x)
        }
        let denominator = cumulative.value * weightedTotal.value
        guard denominator != 0 else { return nil }
        return 100 * ((2 * numerator.value - squares.value) / denominator - 1)
    }

    /// The Foster–Greer–Thorbecke measures at `line` z (SPEC §3):
    /// FGT_α = Σ v·((z − x)/z)^α·[x < z] / Σ v for α = 0, 1, 2.
    ///
    /// This is the package's one owner of "below a line": FGT0 and the `*_below_line` metrics
    /// of ``IncomeMetricSource`` all read ``PovertyMeasures/countBelow`` and
    /// ``PovertyMeasures/weightBelow`` from here. A value equal to the line is not below it.
    ///
    /// Returns `nil` for an empty sample or a line that is not a positive finite number: SPEC §3
    /// defines FGT_α for z > 0 only (the shortfall divides by z), and a line of 0 has nobody
    /// strictly below it when pci ≥ 0, so a line ≤ 0 is no line and every below-line measure
    /// is undefined there — never a count of the households with negative pci.
    /// - Complexity: O(n) (the total weight); O(k) more for the k values below the line.
    public func povertyMeasures(line: Double) -> PovertyMeasures? {
        guard !values.isEmpty, line > 0, line.isFinite else { return nil }
        var below = DoubleDouble(), gap = DoubleDouble(), severity = DoubleDouble()
        var i = 0
        while i < values.count && values[i] < line {
            let shortfall = (line - values[i]) / line
            below.add(weights[i])
            gap.add(weights[i] * shortfall)
            severity.add(weights[i] * shortfall * shortfall)
            i += 1
        }
        let total = totalWeight
        return PovertyMeasures(
            countBelow: i, weightBelow: below.value, headcount: below.value / total,
            gap: gap.value / total, severity: severity.value / total
        )
    }
}

/// The Foster–Greer–Thorbecke measures of a ``WeightedSample`` at one line.
public struct PovertyMeasures: Sendable, Hashable {
    /// How many values are below the line: they are the sample's first `countBelow` values.
    public let countBelow: Int
    /// Σ v over values below the line (persons below the line, for person weights).
    public let weightBelow: Double
    /// FGT0, the headcount ratio: the weight share below the line, a fraction.
    public let headcount: Double
    /// FGT1, the poverty gap index: mean shortfall (z − x)/z, zero above the line.
    public let gap: Double
    /// FGT2, the severity index: mean squared shortfall.
    public let severity: Double
}
