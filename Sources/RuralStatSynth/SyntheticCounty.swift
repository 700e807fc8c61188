import RuralStatCore

/// The places of a synthetic county: townships, their villages, and each village's traits.
///
/// Villages differ in income level (a lognormal factor shared by their households, with a
/// township component) and in how prone they are to natural disaster, so that grouping by
/// township or village finds real differences and a risk model finds place-related risk.
struct SyntheticCounty {
    /// Township names, in the order they were drawn.
    let townships: [String]
    /// Village names, township by township.
    let villages: [String]
    /// The township of each village.
    let townshipOfVillage: [Int]
    /// Each village's income factor (mean about 1).
    let incomeFactor: [Double]
    /// Each village's yearly probability of a natural disaster (flood, drought, hail).
    let disasterOdds: [Double]
    /// Each township's base survey weight (households represented per sampled household).
    let townshipWeight: [Double]

    /// Draws the places for `config` from `rng`.
    ///
    /// Each township gets 6–14 villages, more when households are many (about one village per
    /// 300 households, at most ``PlaceNames/villageCapacity``).
    init(_ config: SynthConfig, _ rng: inout SplitMix64) {
        let townshipCount = config.townshipCount
        townships = PlaceNames.townships(townshipCount, &rng)
        let perTownship = Double(config.households) / Double(townshipCount)
        let typical = min(max(Int(perTownship / 300), 10), PlaceNames.villageCapacity - 4)
        var villages: [String] = []
        var townshipOfVillage: [Int] = []
        var incomeFactor: [Double] = []
        var disasterOdds: [Double] = []
        var townshipWeight: [Double] = []
        for township in 0..<townshipCount {
            let count = typical + rng.integer(below: 9) - 4
            let townshipEffect = rng.normal(mean: 0, sd: 0.08)
            townshipWeight.append(rng.uniform(20..<80))
            for name in PlaceNames.villages(count, &rng) {
                villages.append(name)
                townshipOfVillage.append(township)
                incomeFactor.append(PortableMath.exp(townshipEffect + rng.normal(mean: 0, sd: 0.12)))
                disasterOdds.append(rng.uniform(0.02..<0.14))
            }
        }
        self.villages = villages
        self.townshipOfVillage = townshipOfVillage
        self.incomeFactor = incomeFactor
        self.disasterOdds = disasterOdds
        self.townshipWeight = townshipWeight
    }
}
