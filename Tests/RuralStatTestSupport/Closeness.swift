/// Whether `actual` is within `relative` of `expected`, relative to `max(|expected|, floor)`:
/// |actual − expected| ≤ relative · max(|expected|, floor).
///
/// The one float comparison of the test targets. `floor` keeps the tolerance absolute near
/// zero (`floor: 1` for money and shares that may be 0). NaN is close only to NaN; a `nil`
/// actual value (an undefined metric) is close to nothing.
///
/// - Parameters:
///   - actual: the value the code computed.
///   - expected: the value from outside the code (hand computation, R, pandas, NIST).
///   - relative: the relative tolerance; by default 1e-12.
///   - floor: the smallest magnitude the tolerance is relative to; by default 0.
public func isClose(_ actual: Double?, _ expected: Double, relative: Double = 1e-12, floor: Double = 0) -> Bool {
    guard let actual else { return false }
    if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
    return abs(actual - expected) <= relative * max(abs(expected), floor)
}
