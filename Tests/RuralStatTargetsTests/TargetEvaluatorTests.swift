import RuralStatCore
import RuralStatEmployment
import RuralStatIncome
import RuralStatPresentation
import RuralStatReport
import RuralStatTargets
import RuralStatText
import Testing

/// Targets judged on ``TargetsFixture``, every value computed by hand from its table.
@Suite struct TargetEvaluatorTests {
    private func income(_ by: [GroupDimension], counties: Bool = true) throws -> IncomeMetricSource {
        IncomeMetricSource(try IncomeAnalysis(panel: TargetsFixture.panel(counties: counties), by: by, lines: [:]))
    }

    private func employment(_ by: [GroupDimension], counties: Bool = true) throws -> EmploymentMetricSource {
        EmploymentMetricSource(try EmploymentAnalysis(households: TargetsFixture.panel(counties: counties), by: by))
    }

    private static let alleviatedPeople: Population = [.alleviated, .unstable]

    // MARK: Level

    @Test(arguments: [
        ([GroupDimension](), ["all"]), ([.township], ["all"]), ([.township, .category], ["all", "all"]),
    ])
    func countyTargetPrintsOncePerCountyWhateverBy(by: [GroupDimension], labels: [String]) throws {
        let target = Target(id: "workers-3", kind: .floor, metric: "workers", population: Self.alleviatedPeople, threshold: 3)
        #expect(target.level == .county)  // a count: county level unless told otherwise
        let found = try TargetEvaluator.evaluate([target], on: employment(by))
        // 甲县: a1 + a2 = 1+1, 2+1, then a1 + a2 + a3 (alleviated in 2023) = 1+0+1; 乙县: b1 = 3, 3, 4.
        // Counties in code-point order (乙 < 甲).
        #expect(found.map(\.year) == [2021, 2021, 2022, 2022, 2023, 2023])
        #expect(found.map(\.county) == ["乙县", "甲县", "乙县", "甲县", "乙县", "甲县"])
        #expect(found.map(\.value) == [3, 2, 3, 3, 4, 2])
        #expect(found.map(\.met) == [true, false, true, true, true, false])
        #expect(found.allSatisfy { $0.groupLabels == labels && $0.level == .county })
    }

    @Test func countyTargetByCountyShowsTheCountyInItsColumn() throws {
        let target = Target(id: "w", kind: .floor, metric: "workers", population: Self.alleviatedPeople, threshold: 3)
        let found = try TargetEvaluator.evaluate([target], on: employment([.county]))
        #expect(found.prefix(2).map(\.groupLabels) == [["乙县"], ["甲县"]])
    }

    @Test func withoutACountyColumnTheWholeFileIsTheCounty() throws {
        let target = Target(id: "w", kind: .floor, metric: "workers", population: Self.alleviatedPeople, threshold: 6)
        let found = try TargetEvaluator.evaluate([target], on: employment([.township], counties: false))
        #expect(found.map(\.value) == [5, 6, 6])
        #expect(found.map(\.met) == [false, true, true])
        #expect(found.allSatisfy { $0.county == nil && $0.groupLabels == ["all"] })
    }

    @Test func countyTargetNotBelowLastYear() throws {
        let target = Target(id: "kept", kind: .floor, metric: "workers", population: Self.alleviatedPeople)
        let found = try TargetEvaluator.evaluate([target], on: employment([.township]))
        // Starts in 2022, the first year with a year before. 乙县: 3 ≥ 3, 4 ≥ 3; 甲县: 3 ≥ 2, 2 < 3.
        #expect(found.map(\.year) == [2022, 2022, 2023, 2023])
        #expect(found.map(\.threshold) == [3, 2, 3, 3])
        #expect(found.map(\.met) == [true, true, true, false])
        #expect(found.last?.gap == -1)
    }

    @Test func groupLevelWhenAsked() throws {
        let target = Target(id: "w", kind: .floor, metric: "workers", level: .group, population: Self.alleviatedPeople,
                            firstYear: 2021, lastYear: 2021, threshold: 2)
        let found = try TargetEvaluator.evaluate([target], on: employment([.township]))
        // 2021: T1 a1 + a2 = 2; T3 b1 = 3; T2 has no household of the population: no row.
        #expect(found.map(\.groupLabels) == [["T1"], ["T3"]])
        #expect(found.map(\.value) == [2, 3])
        #expect(found.allSatisfy { $0.county == nil && $0.met == true })
    }

    // MARK: Population

    @Test func valueIsRecomputedOnThePopulation() throws {
        let target = Target(id: "g", kind: .growth, population: Self.alleviatedPeople, threshold: 0.12)
        let found = try TargetEvaluator.evaluate([target], on: income([.township]))
        // T1 (a1, a2): 10000/8000 − 1 = 0.25, then (11000·2 + 12000·2)/4 = 11500 → 0.15;
        // T3 (b1): 6600/6000 − 1 and 7260/6600 − 1 = 0.1. T2 enters in 2023 with a3, alleviated
        // by its 2023 record, whose 2022 record (marginal then) gives the growth: 4000/4400 − 1.
        #expect(found.map(\.groupLabels) == [["T1"], ["T3"], ["T1"], ["T2"], ["T3"]])
        let expected: [Double?] = [0.25, 6600.0 / 6000 - 1, 11_500.0 / 10_000 - 1, 4000.0 / 4400 - 1, 7260.0 / 6600 - 1]
        #expect(found.map(\.value) == expected)
        #expect(found.map(\.met) == [true, false, true, false, false])
        #expect(found.allSatisfy { $0.population == Self.alleviatedPeople })
    }

    @Test func populationAsAtTheStartOfTheYear() throws {
        let monitored = Population([.unstable, .marginal, .suddenHardship], reckoning: .startOfYear)
        let target = Target(id: "w", kind: .floor, metric: "workers", population: monitored, threshold: 0)
        let found = try TargetEvaluator.evaluate([target], on: employment([]))
        // 2021 has no year before: nobody is a member. 2022 by the 2021 categories: a2 1 + a3 1;
        // 2023 by the 2022 categories: a2 0 + a3 1 (a3 is `alleviated` in 2023 but counted).
        #expect(found.map(\.year) == [2022, 2023])
        #expect(found.map(\.value) == [2, 1])
        let thisYear = Target(id: "w", kind: .floor, metric: "workers", population: Population.monitoringObjects, threshold: 0)
        #expect(try TargetEvaluator.evaluate([thisYear], on: employment([])).map(\.value) == [1, 2, 0])
    }

    // MARK: Level targets: met and on track

    @Test(arguments: [(12_500.0, true), (12_501, false), (12_499, true)])
    func onTrackComparesTheRowsGrowthWithTheGrowthNeeded(level: Double, onTrack: Bool) throws {
        let target = Target(id: "l", kind: .level, population: Self.alleviatedPeople, threshold: level, byYear: 2023)
        let found = try TargetEvaluator.evaluate([target], on: income([.township])).filter { $0.groupLabels == ["T1"] }
        // T1: pci 8000, 10000, 11500; growth 2022 = 0.25; needed in 2022: L / 10000 − 1.
        #expect(found.map(\.year) == [2021, 2022, 2023])
        let y2022 = found[1]
        #expect(y2022.growth == 0.25)
        #expect(y2022.requiredGrowth == level / 10_000 - 1)
        #expect(y2022.onTrack == onTrack)
        #expect(y2022.met == false && y2022.gap == 10_000 - level)
        // 2021: no growth to compare; needed (L / 8000)^(1/2) − 1. 2023 = T: met or not, nothing needed.
        #expect(found[0].growth == nil && found[0].onTrack == nil && found[0].requiredGrowth != nil)
        #expect(found[2].requiredGrowth == nil && found[2].onTrack == nil && found[2].met == false)
    }

    @Test(arguments: [(10_000.0, true), (10_000.5, false), (9_999.5, true)])
    func levelIsMetOnlyAtOrAboveTheLevel(level: Double, met: Bool) throws {
        let target = Target(id: "l", kind: .level, population: Self.alleviatedPeople, firstYear: 2022, lastYear: 2022,
                            threshold: level, byYear: 2024)
        let found = try TargetEvaluator.evaluate([target], on: income([.township]))
        #expect(found.first { $0.groupLabels == ["T1"] }?.met == met)
        // Reaching the level two years early needs no more growth: needed ≤ 0 when met.
        let needed = try #require(found.first { $0.groupLabels == ["T1"] }?.requiredGrowth)
        #expect((needed <= 0) == met)
    }

    @Test func requiredGrowthOverSeveralYears() throws {
        let target = Target(id: "l", kind: .level, population: Self.alleviatedPeople, threshold: 12_500, byYear: 2023)
        let y2021 = try #require(TargetEvaluator.evaluate([target], on: income([.township])).first)
        #expect(y2021.requiredGrowth == 0.25)  // (12500 / 8000)^(1/2) − 1 = 1.25 − 1, exact
    }

    // MARK: Relative targets

    @Test func relativeByCategoryComparesWithTheWholeFilesReference() throws {
        let target = Target(id: "r", kind: .relative, population: Self.alleviatedPeople, reference: .population([.general]))
        let found = try TargetEvaluator.evaluate([target], on: income([.category]))
        // general (a4, b2): 2022 (21000 + 22000)/4 = 10750 over 10000; 2023 (22050 + 24200)/4 over 10750.
        let general2022 = 10_750.0 / 10_000 - 1
        let general2023 = 11_562.5 / 10_750 - 1
        #expect(found.map(\.groupLabels) == [["alleviated"], ["unstable"], ["alleviated"], ["unstable"]])
        #expect(found.map(\.threshold) == [general2022, general2022, general2023, general2023])
        // alleviated 2022 (a1, b1): 8300 / 7000 − 1; 2023 (a1, b1 and a3, alleviated now): 8104 / 7520 − 1.
        let expected: [Double?] = [8300.0 / 7000 - 1, 0.25, 8104.0 / 7520 - 1, 12_000.0 / 10_000 - 1]
        #expect(found.map(\.value) == expected)
        #expect(found.allSatisfy { $0.met == true })
    }

    @Test func relativeByTownshipComparesWithTheSameTownship() throws {
        let target = Target(id: "r", kind: .relative, population: Self.alleviatedPeople, firstYear: 2022, lastYear: 2022,
                            reference: .population([.general]))
        let found = try TargetEvaluator.evaluate([target], on: income([.township]))
        // T1 has no general household: no reference, no judgement; T3: b1 and b2 both grew 10%.
        #expect(found.map(\.groupLabels) == [["T1"], ["T3"]])
        #expect(found[0].threshold == nil && found[0].met == nil)
        #expect(found[1].value == found[1].threshold && found[1].met == true)
        var faster = target
        faster.margin = 0.01
        #expect(try TargetEvaluator.evaluate([faster], on: income([.township]))[1].met == false)
    }

    @Test func relativeAgainstASeries() throws {
        let target = Target(id: "s", kind: .relative, population: Self.alleviatedPeople,
                            reference: .series([2022: 0.2, 2023: 0.1]))
        let found = try TargetEvaluator.evaluate([target], on: income([]))
        // 2022 a1, a2, b1: 53200/6 over 44000/6 → 0.2090…; 2023 with a3 (alleviated now): 64520/7
        // over its households' 2022 57600/7 → 0.1201….
        #expect(found.map(\.met) == [true, true])
        #expect(found.map(\.threshold) == [0.2, 0.1])
    }

    // MARK: Trends and base years

    @Test func trendAgainstABaseYear() throws {
        let target = Target(id: "t", kind: .trend, metric: "pci", population: [.alleviated], baseYear: 2021)
        let found = try TargetEvaluator.evaluate([target], on: income([.township]))
        // From 2022 on, each year against 2021: T1 (a1) 10000, 11000 > 8000; T3 6600, 7260 > 6000.
        // T2 has an alleviated household only in 2023 (a3): no 2021 value to compare with.
        #expect(found.map(\.year) == [2022, 2022, 2023, 2023, 2023])
        #expect(found.map(\.threshold) == [8000, 6000, 8000, nil, 6000])
        #expect(found.map(\.met) == [true, true, true, nil, true])
    }

    @Test func trendNeedsAStrictRise() throws {
        let target = Target(id: "t", kind: .trend, metric: "workers", population: Self.alleviatedPeople)
        let found = try TargetEvaluator.evaluate([target], on: employment([]))
        // Counties: 乙县 3 → 3 (level, not a rise), 3 → 4; 甲县 2 → 3, 3 → 2.
        #expect(found.map(\.value) == [3, 3, 4, 2])
        #expect(found.map(\.met) == [false, true, true, false])
    }

    // MARK: Served metrics

    @Test func targetsOnOtherMetricsAreLeftToTheirAnalysis() throws {
        let targets = [Target(id: "w", kind: .floor, metric: "coverage", threshold: 1),
                       Target(id: "g", kind: .growth, threshold: 0.1)]
        let source = try income([])
        let split = TargetEvaluator.targets(targets, servedBy: source)
        #expect(split.served.map(\.id) == ["g"])
        #expect(split.other.map(\.id) == ["w"])
        #expect(try TargetEvaluator.evaluate(targets, on: source).allSatisfy { $0.id == "g" })
    }

    // MARK: The table

    @Test func tableHasTheSpecColumns() throws {
        let target = Target(id: "g", kind: .growth, population: Self.alleviatedPeople, threshold: 0.12,
                            source: "脱贫人口人均纯收入增长12%以上")
        let found = try TargetEvaluator.evaluate([target], on: income([.township]))
        let table = TargetEvaluator.table(Array(found.prefix(1)), dimensions: [.township])
        #expect(table.columns.map(\.key) == ["id", "kind", "metric", "level", "population", "township", "year", "value",
                                             "threshold", "met", "gap", "required_growth", "on_track", "growth", "county"])
        #expect(String(decoding: table.csv(), as: UTF8.self).split(separator: "\n")[1]
            == "g,growth,growth,group,alleviated+unstable,T1,2022,0.25,0.12,true,\(0.25 - 0.12),,,,")
        let chinese = table.terminalText(language: .zh)
        #expect(chinese.contains("脱贫人口人均纯收入增长12%以上") && chinese.contains("增速") && chinese.contains("脱贫户+脱贫不稳定户"))
    }
}
