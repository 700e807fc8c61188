@testable import RuralStatSynth
import Testing

@Suite struct ShockModelTests {
    /// logistic(−3.3) = 1/(1 + e^3.3) = 1/28.11264 = 0.0355712; an old chronically ill
    /// monitored household: −3.3 + 1 + 0.035·25 + 0.4 = −1.025 → 1/(1 + e^1.025) = 0.264055.
    @Test func illnessOddsRiseWithAgeChronicIllnessAndMonitoring() {
        let young = ShockModel.illnessOdds(chronic: false, oldestAge: 40, monitored: false)
        let old = ShockModel.illnessOdds(chronic: true, oldestAge: 80, monitored: true)
        #expect(abs(young - 0.0355712) < 1e-6)
        #expect(abs(old - 0.264055) < 1e-6)
    }

    /// A disaster village: 0.4 + 0.5 × farm share; elsewhere 1%.
    @Test func disasterOddsDependOnTheVillageAndFarming() {
        #expect(abs(ShockModel.disasterOdds(villageDisaster: true, farmShare: 0.4) - 0.6) < 1e-15)
        #expect(ShockModel.disasterOdds(villageDisaster: false, farmShare: 0.9) == 0.01)
    }

    /// A typical worker (age 30, skill 0, in the county, not monitored): logistic(−3) = 0.0474259.
    @Test func jobLossOddsForATypicalWorker() {
        let odds = ShockModel.jobLossOdds(age: 30, skill: 0, outOfProvince: false, monitored: false)
        #expect(abs(odds - 0.0474259) < 1e-6)
    }
}
