import RuralStatCore
import RuralStatData

/// A synthetic panel: households and their workers over several years, with the monitoring
/// line of each year — realistic enough to try every RuralStat command on, and made the same
/// byte for byte from the same ``SynthConfig``.
///
/// See the module article for the model and the sources of its numbers.
public struct SyntheticPanel: Sendable {
    /// The households file: one row per household per year, rows by year then household.
    public let households: HouseholdPanel
    /// The workers file: one row per worker per year with at least one month of work.
    public let workers: WorkerPanel
    /// The monitoring line of each year of the panel, yuan per person per year
    /// (``MonitoringLineSeries``).
    public let lines: [Int: Double]
    /// The configuration that made the panel.
    public let config: SynthConfig

    /// Households entering each year after the first, as a share of the first-year count:
    /// new sudden-hardship households (新识别突发严重困难户), 0.4% a year.
    public static let entryRate = 0.004

    /// Generates the panel of `config`.
    ///
    /// The county's places come from one stream seeded by `config.seed`; each household has
    /// its own stream (``SplitMix64`` seeded by a mix of the seed and its serial number); the
    /// yearly village disasters and the number of entrants come from a stream per year. So a
    /// household's history does not change when another household is added.
    ///
    /// - Throws: ``SynthConfigError`` when a setting is out of range.
    /// - Complexity: O(households × years × members). `ruralstat synth` makes and writes
    ///   170,000 households × 6 years (1.02 million rows) in about 11 s in a release build.
    public static func generate(_ config: SynthConfig) throws(SynthConfigError) -> SyntheticPanel {
        try config.validate()
        var placeStream = SplitMix64(seed: SplitMix64.mix(config.seed ^ 0x706C_6163_6573))
        let county = SyntheticCounty(config, &placeStream)
        var builder = PanelBuilder()
        let shares = config.categoryShares.shares
        var households: [SyntheticHousehold] = []
        households.reserveCapacity(config.households)
        for serial in 0..<config.households {
            var pick = SplitMix64(seed: SyntheticHousehold.seed(panelSeed: config.seed ^ 0x6361_7465, serial: serial))
            let category = HouseholdCategory(rawValue: UInt8(pick.categorical(shares)))!
            builder.registerHousehold(serial: serial)
            households.append(SyntheticHousehold(
                serial: serial, category: category, county: county, panelSeed: config.seed,
                monitoringStartYear: config.firstYear, isEntrant: false))
        }
        for year in config.years {
            var yearStream = SplitMix64(seed: SplitMix64.mix(config.seed &+ UInt64(year) &* 0x9E37_79B9))
            let villageDisaster = county.disasterOdds.map { yearStream.bernoulli($0) }
            let firstYear = year == config.firstYear
            for h in households.indices where households[h].active {
                let setting = SyntheticHousehold.YearSetting(
                    year: year, county: county, villageDisaster: villageDisaster,
                    isFirstRecord: firstYear || households[h].previousPCI == nil)
                households[h].simulate(setting, into: &builder)
            }
            guard !firstYear else { continue }
            let expected = Double(config.households) * entryRate
            let entrants = Int(expected) + (yearStream.bernoulli(expected - expected.rounded(.down)) ? 1 : 0)
            for _ in 0..<entrants {
                let serial = households.count
                builder.registerHousehold(serial: serial)
                var household = SyntheticHousehold(
                    serial: serial, category: .suddenHardship, county: county, panelSeed: config.seed,
                    monitoringStartYear: year, isEntrant: true)
                household.simulate(
                    .init(year: year, county: county, villageDisaster: villageDisaster, isFirstRecord: true),
                    into: &builder)
                households.append(household)
            }
        }
        return SyntheticPanel(
            households: builder.householdPanel(county: config.county, places: county, weighted: config.weights),
            workers: builder.workerPanel(),
            lines: MonitoringLineSeries.lines(for: config.years),
            config: config)
    }
}
