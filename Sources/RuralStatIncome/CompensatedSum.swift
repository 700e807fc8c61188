/// A running sum with Neumaier's compensation: the rounding error of each addition is kept
/// and added back at the end, so sums over a million terms of mixed size stay accurate to
/// a few units in the last place (plain summation drifts by up to n·ε).
///
/// Used for every group total (Σ w·net, Σ w·size, …) and for the Gini numerator, whose
/// terms grow with the running weight.
@usableFromInline
struct CompensatedSum {
    @usableFromInline var sum = 0.0
    @usableFromInline var compensation = 0.0

    @inlinable
    init() {}

    /// Adds `x` to the sum.
    @inlinable
    mutating func add(_ x: Double) {
        let t = sum + x
        if abs(sum) >= abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
    }

    /// The compensated total.
    @inlinable
    var value: Double { sum + compensation }
}
