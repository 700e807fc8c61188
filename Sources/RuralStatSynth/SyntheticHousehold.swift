import RuralStatCore
import RuralStatData

/// The state of one synthetic household carried from year to year.
///
/// Each household draws from its own ``SplitMix64``, seeded from the panel's seed and the
/// household's serial number, so that its history does not depend on the households simulated
/// before it.
struct SyntheticHousehold {
    /// The household's serial number: its code in the `household_id` dictionary.
    let serial: Int
    /// The household's own random stream.
    var rng: SplitMix64
    /// Its village (an index into ``SyntheticCounty/villages``).
    let village: Int
    /// The category it returns to when its risk is eliminated: `alleviated` or `general`.
    let baseCategory: HouseholdCategory
    /// The category at the end of the current year.
    var category: HouseholdCategory
    /// When it entered monitoring, as `yyyymm01`, or `Missing.integer` when not monitored.
    var monitoredSince: Int32
    /// Assistance measures in place (帮扶措施数) while monitored.
    var measures: Int
    /// A chronic illness or disability in the household (raises illness odds and medical costs).
    let chronic: Bool
    /// Gross farm output at the 2020 income index and a fully working household, yuan.
    let farmScale: Double
    /// Production expenses as a share of normal gross farm output.
    let expenseRatio: Double
    /// Property income (land rent, collective dividends) at the 2020 index, yuan; 0 for none.
    let propertyBase: Double
    /// The household's survey weight (used with ``SynthConfig/weights``).
    let weight: Double
    /// The members, oldest first at creation.
    var members: [SyntheticMember]
    /// The number the next member born will get.
    var nextMemberNumber: Int
    /// Whether the household receives the minimum-living allowance (低保).
    var onMinimumLiving: Bool
    /// Last year's per-capita net income, or `nil` before its first record.
    var previousPCI: Double?
    /// Whether the household still exists.
    var active = true

    /// The seed of household `serial`'s stream.
    static func seed(panelSeed: UInt64, serial: Int) -> UInt64 {
        SplitMix64.mix(panelSeed &+ UInt64(serial + 1) &* 0xD1B5_4A32_D192_ED03)
    }

    /// Draws a new household of `category` in `county`.
    ///
    /// `monitoringStartYear` is the latest year its monitoring can have started, for a
    /// monitoring object; first-year households may have been identified up to two years
    /// earlier, entrants in their first year.
    init(
        serial: Int, category: HouseholdCategory, county: SyntheticCounty, panelSeed: UInt64,
        monitoringStartYear: Int, isEntrant: Bool
    ) {
        var rng = SplitMix64(seed: Self.seed(panelSeed: panelSeed, serial: serial))
        self.serial = serial
        self.category = category
        let monitored = category.isMonitoringObject
        baseCategory = switch category {
        case .alleviated, .unstable: .alleviated
        case .general, .marginal: .general
        case .suddenHardship: rng.bernoulli(0.3) ? .alleviated : .general
        }
        village = rng.integer(below: county.villages.count)
        chronic = rng.bernoulli(monitored ? 0.40 : category == .general ? 0.07 : 0.15)
        members = Self.drawMembers(monitored: monitored, general: category == .general, &rng)
        nextMemberNumber = members.count + 1
        if chronic, rng.bernoulli(0.6) {
            members[rng.integer(below: members.count)].disabled = true
        }
        let farmMean: Double = category == .general ? 11_000 : monitored ? 5_500 : 8_000
        farmScale = rng.lognormal(mean: farmMean, sigma: 0.6)
        expenseRatio = rng.uniform(0.30..<0.55)
        propertyBase = rng.bernoulli(0.55) ? rng.lognormal(mean: category == .general ? 1_200 : 700, sigma: 0.9) : 0
        let township = county.townshipOfVillage[village]
        weight = (county.townshipWeight[township] * rng.uniform(0.85..<1.15) * 100).rounded() / 100
        if monitored {
            let year = isEntrant ? monitoringStartYear : monitoringStartYear - rng.integer(below: 2)
            monitoredSince = Int32(year * 10_000 + (1 + rng.integer(below: 12)) * 100 + 1)
            measures = isEntrant ? rng.poisson(0.5) : (rng.bernoulli(0.9) ? 1 + rng.poisson(1.0) : 0)
            onMinimumLiving = rng.bernoulli(0.4)
        } else {
            monitoredSince = Missing.integer
            measures = 0
            onMinimumLiving = false
        }
        for index in members.indices where members[index].isLabour {
            let age = members[index].age
            let odds = (age < 45 ? 0.85 : age < 55 ? 0.65 : 0.35) * (monitored ? 0.8 : 1)
            members[index].employed = rng.bernoulli(odds)
        }
        self.rng = rng
    }

    /// Draws the members: a head, a spouse, then children, grandchildren or a parent by the
    /// head's age. Size is 1 + Poisson(λ), λ = 1.8 for monitoring objects (more people living
    /// alone), 2.2 otherwise, at most 8.
    private static func drawMembers(monitored: Bool, general: Bool, _ rng: inout SplitMix64) -> [SyntheticMember] {
        let size = min(1 + rng.poisson(monitored ? 1.8 : general ? 2.3 : 2.2), 8)
        let headAge = Int(min(max(rng.normal(mean: monitored ? 58 : 53, sd: 13), 22), 88))
        let skillMean = monitored ? -0.15 : 0
        var ages = [headAge]
        if size >= 2 { ages.append(min(max(headAge + Int(rng.normal(mean: 0, sd: 3)), 20), 90)) }
        while ages.count < size {
            if headAge < 48 {
                ages.append(rng.integer(below: max(headAge - 20, 1)))
            } else if size >= 5, ages.count == size - 1, headAge < 62, rng.bernoulli(0.5) {
                ages.append(min(headAge + 24 + rng.integer(below: 8), 95))
            } else if rng.bernoulli(0.5) {
                ages.append(18 + rng.integer(below: max(headAge - 38, 1)))
            } else {
                ages.append(rng.integer(below: 13))
            }
        }
        return ages.enumerated().map { index, age in
            var member = SyntheticMember(
                number: index + 1, age: age, skill: rng.normal(mean: skillMean, sd: 0.25), &rng)
            member.inCollege = (18...21).contains(age) && rng.bernoulli(0.3)
            return member
        }
    }
}
