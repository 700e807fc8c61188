import Foundation
import RuralStatCore
@testable import RuralStatForecast
import RuralStatRegression
import RuralStatPresentation
import RuralStatReport
import RuralStatText
import Testing

@Suite struct IncomeForecasterTests {
    /// Coverage on data with known parameters: household 90% intervals cover 88–92% of the
    /// outcomes in a back-test.
    @Test func householdCoverageOnAKnownProcess() throws {
        let design = ForecastDesign(KnownProcess(households: 3_000, seed: 777).panel())
        let test = try Backtest(
            design: design, grouping: try Grouping(design.panel, by: []), settings: ForecastSettings(draws: 300),
            formula: try .init("log_pci_next ~ log_pci"))
        for cell in test.households {
            let coverage = Double(cell.covered) / Double(cell.households)
            #expect((0.88...0.92).contains(coverage), "horizon \(cell.horizon): \(coverage)")
        }
    }

    /// Intervals two years ahead are wider than one year ahead, for households and groups.
    @Test func horizonTwoIsWider() throws {
        let design = ForecastDesign(KnownProcess(households: 500).panel())
        let model = try HouseholdModel(design: design, originYears: 2018...2022)
        let forecast = try IncomeForecaster(design: design, model: model).forecast(
            from: 2023, grouping: try Grouping(design.panel, by: [.township]),
            settings: ForecastSettings(horizon: 2, draws: 400), households: true)
        func width(_ i: ForecastInterval) -> Double { i.upper - i.lower }
        for pair in stride(from: 0, to: forecast.households.count, by: 2) {
            let (one, two) = (forecast.households[pair], forecast.households[pair + 1])
            #expect(one.year == 2024 && two.year == 2025)
            #expect(width(two.intervals[0]) > width(one.intervals[0]))
        }
        for pair in stride(from: 0, to: forecast.groups.count, by: 2) {
            #expect(width(forecast.groups[pair + 1].intervals[0]) > width(forecast.groups[pair].intervals[0]))
        }
    }

    /// The same seed gives the same bytes; another seed other numbers.
    @Test func deterministicWithASeed() throws {
        let design = ForecastDesign(KnownProcess(households: 300).panel())
        let model = try HouseholdModel(design: design, originYears: 2018...2022)
        let grouping = try Grouping(design.panel, by: [.township])
        func csv(_ seed: UInt64) throws -> [UInt8] {
            try IncomeForecaster(design: design, model: model).forecast(
                from: 2023, grouping: grouping, settings: ForecastSettings(horizon: 3, draws: 100, seed: seed))
                .groupTable(dimensions: [.township]).csv()
        }
        #expect(try csv(42) == csv(42))
        #expect(try csv(42) != csv(43))
    }

    /// A township with three households still gets a forecast with a finite interval, wider
    /// relative to its level than a large township's.
    @Test func townshipWithFewHouseholds() throws {
        var panel = KnownProcess(households: 600, townships: 2).panel()
        let few = Set(["h0", "h2", "h4"])
        panel.township = TextColumn((0..<panel.count).map { row in
            few.contains(panel.householdID[row]!) ? "small" : "t\(Int(panel.householdID[row]!.dropFirst())! % 2)"
        })
        let design = ForecastDesign(panel)
        let model = try HouseholdModel(design: design, originYears: 2018...2022)
        let grouping = try Grouping(panel, by: [.township])
        let forecast = try IncomeForecaster(design: design, model: model).forecast(
            from: 2023, grouping: grouping, settings: ForecastSettings(draws: 400))
        let small = try #require(forecast.groups.first { grouping.labels[$0.group] == ["small"] })
        let large = try #require(forecast.groups.first { grouping.labels[$0.group] == ["t1"] })
        #expect(small.intervals[0].lower.isFinite && small.intervals[0].upper.isFinite)
        func relativeWidth(_ g: GroupForecast) -> Double { (g.intervals[0].upper - g.intervals[0].lower) / g.pci }
        #expect(relativeWidth(small) > relativeWidth(large))
    }

    /// p_meet of a growth target equals the share of paths at or above the rate: at a rate of
    /// −100% every path meets it, at +1000% none.
    @Test func pMeetAtTheExtremes() throws {
        let design = ForecastDesign(KnownProcess(households: 200).panel())
        let model = try HouseholdModel(design: design, originYears: 2018...2022)
        let targets = [
            ForecastTarget(id: "sure", rule: .growth(rate: -1)), ForecastTarget(id: "never", rule: .growth(rate: 10)),
        ]
        let forecast = try IncomeForecaster(design: design, model: model).forecast(
            from: 2023, grouping: try Grouping(design.panel, by: []), settings: ForecastSettings(draws: 100), targets: targets)
        #expect(forecast.targets.first { $0.id == "sure" }?.pMeet == 1)
        #expect(forecast.targets.first { $0.id == "never" }?.pMeet == 0)
    }

    /// Fitted on one origin year, the model cannot say how much the county's growth varies from
    /// year to year: group intervals and p_meet are withheld (NaN, with a note), household
    /// intervals are given.
    @Test func oneOriginYearWithholdsGroupIntervals() throws {
        let design = ForecastDesign(KnownProcess(households: 300, years: 2022...2023).panel())
        let model = try HouseholdModel(design: design, originYears: 2022...2022)
        #expect(!model.commonShock.yearVarianceIsIdentified)
        let forecast = try IncomeForecaster(design: design, model: model).forecast(
            from: 2023, grouping: try Grouping(design.panel, by: [.township]), settings: ForecastSettings(draws: 50),
            targets: [ForecastTarget(id: "g", rule: .growth(rate: 0.05))], households: true)
        #expect(!forecast.groups.isEmpty && forecast.groups.allSatisfy { $0.pci.isFinite && $0.intervals[0].lower.isNaN })
        #expect(!forecast.targets.isEmpty && forecast.targets.allSatisfy { $0.pMeet.isNaN })
        #expect(forecast.households.allSatisfy { $0.intervals[0].lower < $0.intervals[0].upper })
        #expect(forecast.notes(model: model, language: .en).contains { $0.contains("group intervals and p_meet are not given") })
        #expect(!model.commonShock.isIdentified)
        #expect(forecast.notes(model: model, language: .en).contains { $0.contains("the spread of the effects is taken for them") })
        let effectSD = NumberFormatting.grouped(model.commonShock.effectErrorVariance.squareRoot(), decimals: 3)
        #expect(model.commonShock.effectErrorVariance > 0)
        #expect(forecast.notes(model: model, language: .en).contains { $0.contains("the township effects' error (sd \(effectSD))") })
        let two = try HouseholdModel(design: ForecastDesign(KnownProcess(households: 300, years: 2021...2023).panel()), originYears: 2021...2022)
        #expect(two.commonShock.yearVarianceIsIdentified)
    }
}
