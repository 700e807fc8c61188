import Foundation

/// The one pseudo-random generator of the test targets: SplitMix64 (Steele, Lea and Flood
/// 2014), so generated data are the same on every machine and a failure can be replayed from
/// its seed.
public struct TestRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in 0..<n (by remainder: the bias, below n / 2⁶⁴, does not matter for
    /// test data).
    ///
    /// - Precondition: n > 0.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(_:) needs a positive bound")
        return Int(next() % UInt64(n))
    }

    /// Uniform on (0, 1): the top 53 bits, centred in their interval, so never 0 or 1.
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992
    }

    /// Standard normal, by Box–Muller.
    public mutating func normal() -> Double {
        (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
    }
}
