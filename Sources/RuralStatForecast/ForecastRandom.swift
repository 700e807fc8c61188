import Foundation

/// The forecast's seeded random numbers: xoshiro256** (Blackman & Vigna 2018), one stream
/// per household and one for the common shocks, so a seed gives the same draws whatever the
/// number of threads.
///
/// A stream's 256-bit state is four words of a 64-bit hash (the Murmur3 finaliser) of the
/// seed and the stream number. Not cryptographic; RuralStat never uses the system generator
/// for results.
struct ForecastRandom: RandomNumberGenerator {
    private var s0, s1, s2, s3: UInt64

    /// The generator of stream `stream` under `seed`.
    init(seed: UInt64, stream: UInt64) {
        var key = seed ^ (stream &* 0xD6E8_FEB8_6659_FD93)
        func word() -> UInt64 {
            key &+= 0x632B_E59B_D9B4_E019
            var h = key
            h ^= h >> 33
            h &*= 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 33
            h &*= 0xC4CE_B9FE_1A85_EC53
            return h ^ (h >> 33)
        }
        s0 = word(); s1 = word(); s2 = word(); s3 = word()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform on (0, 1), 53 random bits.
    mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// A uniform index below `count` (< 2³²), by Lemire's multiply-shift on 32 random bits
    /// (no division; the bias is below count / 2³²).
    @inline(__always)
    mutating func index(below count: Int) -> Int {
        Int(((next() >> 32) &* UInt64(count)) >> 32)
    }

    /// A standard normal draw (the polar method of Marsaglia).
    mutating func normal() -> Double {
        while true {
            let u = 2 * uniform() - 1, v = 2 * uniform() - 1
            let s = u * u + v * v
            if s < 1, s > 0 { return u * (-2 * log(s) / s).squareRoot() }
        }
    }
}
