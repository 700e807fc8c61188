/// Sebastiano Vigna's SplitMix64 pseudo-random generator, written out so that a seed gives
/// the same stream on every machine and Swift version.
///
/// Each step adds the golden-ratio increment `0x9E3779B97F4A7C15` to a 64-bit state and
/// returns the state passed through two xor-shift-multiply rounds (the finaliser of
/// MurmurHash3 with Stafford's "Mix13" constants). The period is 2⁶⁴ and every output is
/// equidistributed; the generator is the seeding generator recommended for the xoshiro family
/// (<https://prng.di.unimi.it/splitmix64.c>). It is not cryptographic.
///
/// RuralStat never uses `SystemRandomNumberGenerator`: every random choice of ``SyntheticPanel``
/// comes from a `SplitMix64` seeded from ``SynthConfig/seed``.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The 64-bit state: the number of steps taken times the increment, plus the seed.
    public private(set) var state: UInt64

    /// Creates a generator whose first output is the mix of `seed + 0x9E3779B97F4A7C15`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    ///
    /// - Complexity: O(1): one addition, three shifts, two multiplications.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 output function applied to `value`: a bijective 64-bit hash.
    ///
    /// ``SyntheticPanel`` uses it to derive an independent seed for each household from the
    /// panel's seed and the household's serial number.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
