import RuralStatSynth
import Testing

@Suite struct SplitMix64Tests {
    /// The reference outputs of Vigna's splitmix64.c for seed 1234567, as published in the
    /// Rosetta Code task "Pseudo-random numbers/Splitmix64" (and reproduced by compiling the C
    /// reference with gcc).
    @Test func matchesTheReferenceOutputsForSeed1234567() {
        var rng = SplitMix64(seed: 1_234_567)
        let outputs = (0..<5).map { _ in rng.next() }
        #expect(outputs == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    /// splitmix64.c with x = 0: the first three outputs, from the compiled C reference.
    @Test func matchesTheReferenceOutputsForSeedZero() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    /// `mix` is the output function alone: mixing the seed plus one increment gives the first
    /// output for seed 0 (0 + 0x9E3779B97F4A7C15 is the state after one step).
    @Test func mixIsTheOutputFunction() {
        #expect(SplitMix64.mix(0x9E37_79B9_7F4A_7C15) == 0xE220_A839_7B1D_CDAF)
    }
}
