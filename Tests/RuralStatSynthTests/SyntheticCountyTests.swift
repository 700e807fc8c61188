@testable import RuralStatSynth
import Testing

@Suite struct SyntheticCountyTests {
    /// 170,000 households: 30 townships of 5,667 households, about 5667 / 300 = 18 villages
    /// each (14–22); names distinct within the county and within each township.
    @Test func placesAreDistinctAndSizedToTheHouseholds() {
        var rng = SplitMix64(seed: 1)
        let county = SyntheticCounty(SynthConfig(households: 170_000, firstYear: 2020, lastYear: 2020, seed: 1), &rng)
        #expect(county.townships.count == 30)
        #expect(Set(county.townships).count == 30)
        #expect(county.townships.allSatisfy { $0.hasSuffix("镇") || $0.hasSuffix("乡") })
        for township in 0..<30 {
            let names = county.villages.indices.filter { county.townshipOfVillage[$0] == township }.map { county.villages[$0] }
            #expect((14...22).contains(names.count))
            #expect(Set(names).count == names.count)
            #expect(names.allSatisfy { $0.hasSuffix("村") })
        }
        #expect(county.disasterOdds.allSatisfy { (0.02..<0.14).contains($0) })
    }
}
