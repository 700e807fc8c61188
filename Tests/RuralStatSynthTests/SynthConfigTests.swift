import RuralStatSynth
import RuralStatText
import Testing

@Suite struct SynthConfigTests {
    /// One township per 500 households, between 1 and 30: 200 → 1, 3000 → 6, 170000 → 30.
    @Test(arguments: [(200, 1), (3_000, 6), (170_000, 30)])
    func defaultTownshipCount(households: Int, townships: Int) {
        #expect(SynthConfig(households: households, firstYear: 2020, lastYear: 2020, seed: 0).townshipCount == townships)
    }

    @Test func validSettingsPass() throws {
        try SynthConfig(households: 1, firstYear: 2000, lastYear: 2100, seed: .max, townships: 30).validate()
    }

    @Test(arguments: [
        (SynthConfig(households: -3, firstYear: 2020, lastYear: 2021, seed: 0), SynthConfigError.households(-3)),
        (SynthConfig(households: 9, firstYear: 1999, lastYear: 2021, seed: 0), .years(1999, 2021)),
        (SynthConfig(households: 9, firstYear: 2020, lastYear: 2101, seed: 0), .years(2020, 2101)),
        (SynthConfig(households: 9, firstYear: 2020, lastYear: 2021, seed: 0, townships: 31), .townships(31)),
        (SynthConfig(households: 9, firstYear: 2020, lastYear: 2021, seed: 0, county: ""), .county),
    ])
    func badSettingsAreNamed(config: SynthConfig, error: SynthConfigError) {
        #expect(throws: error) { try config.validate() }
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(SynthConfigError.townships(31).description == "the township count must be 1 to 30, not 31")
    }
}
