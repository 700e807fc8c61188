import RuralStatCore
import RuralStatIncome
import RuralStatTargets
import Testing
import RuralStatTestSupport

/// Metrics and every target kind, met and not met, on ``IncomeFixture`` (group `all`,
/// balanced, lines 4500 in 2021 and 5000 in 2022, none in 2023). Values by hand:
/// - growth: 2022 (53000/11)/(52000/11) − 1 = 1/52; 2023 4125/3000 − 1 = 0.375.
/// - pci: 2021 52000/11, 2022 50000/14, 2023 4125.
/// - wage share: 2021 (10000 + 2·8000)/(12000 + 2·20000 + 1000) = 26000/53000; 2022 0.7;
///   2023 (2·12000 + 4000 + 9000)/(2·20000 + 4500 + 9000) = 37000/53500.
/// - operating per person: 2021 (2000 + 8000 + 1000)/11 = 1000; 2022 4000/14.
/// - net operating share Σ w·(operating − expense) / Σ w·net: 2021 (2000 + 2·4000 + 0)/52000
///   = 5/26; 2022 (2000 + 8000 + 0 − 6000)/50000 = 0.08; 2023 (2·2000 + 0 + 0)/49500 = 8/99.
@Suite struct IncomeMetricSourceTests {
    private func source(by dimensions: [GroupDimension] = []) throws -> IncomeMetricSource {
        IncomeMetricSource(try IncomeAnalysis(panel: IncomeFixture.panel, by: dimensions, lines: IncomeFixture.lines))
    }

    private func value(_ metric: String, year: Int, population: Population = .everyone,
                       line: LineChoice? = nil) throws -> Double? {
        try source().value(MetricQuery(metric: try #require(Metric.named(metric)), population: population, line: line, group: 0, year: year))
    }

    @Test func servesTheIncomeMetrics() throws {
        #expect(try source().metrics == Metric.owned(by: .income))
        #expect(try source(by: [.township]).groupLabels == [["T1"], ["T2"]])
        #expect(try source().years == [2021, 2022, 2023])
        #expect(isClose(try value("pci", year: 2022), 50000.0 / 14, floor: 1))
        #expect(isClose(try value("growth", year: 2022), 1.0 / 52, floor: 1))
        #expect(try value("growth", year: 2021) == nil)
        #expect(try value("median", year: 2022) == 4500)
        #expect(isClose(try value("wage_share", year: 2021), 26000.0 / 53000, floor: 1))
        #expect(isClose(try value("operating_income_per_capita", year: 2021), 1000, floor: 1))
    }

    // Undefined where Σ w·net ≤ 0: D alone in 2022 (net −3000); township T2 in 2022, C 3000 and
    // D −3000 (net 0).
    @Test func operatingNetShare() throws {
        #expect(isClose(try value("operating_net_share", year: 2021), 5.0 / 26, floor: 1))
        #expect(isClose(try value("operating_net_share", year: 2022), 0.08, floor: 1))
        #expect(isClose(try value("operating_net_share", year: 2023), 8.0 / 99, floor: 1))
        #expect(try value("operating_net_share", year: 2022, population: [.unstable]) == nil)
        let townships = try source(by: [.township])
        #expect(try townships.value(MetricQuery(metric: .operatingNetShare, group: 1, year: 2022)) == nil)
        // T1 2022: A 2000 and B 2·4000 over 14000 + 36000.
        #expect(isClose(try townships.value(MetricQuery(metric: .operatingNetShare, group: 0, year: 2022)), 0.2, floor: 1))
    }

    // 2022 at the monitoring line 5000: D (w 1, 3 persons), C (1, 1), B (2, 8) are below:
    // 4 households, 12 persons of 14. At 10,000 all are: 5 households, 14 persons.
    // 2023 has no monitoring line, so only a fixed amount gives a count.
    @Test func belowLineMetrics() throws {
        #expect(try value("households_below_line", year: 2022) == 4)
        #expect(try value("persons_below_line", year: 2022, line: .monitoring) == 12)
        #expect(isClose(try value("share_below_line", year: 2022), 12.0 / 14, floor: 1))
        #expect(try value("households_below_line", year: 2022, line: .amount(10000)) == 5)
        #expect(try value("share_below_line", year: 2022, line: .amount(10000)) == 1)
        #expect(try value("households_below_line", year: 2023) == nil)
        #expect(try value("persons_below_line", year: 2023, line: .amount(4000)) == 3)
    }

    // A fixed amount of 0 is no line, so D (pci −1000 in 2022) is not counted; the tiniest
    // positive amount has C (pci 0 in 2021: w 1, 1 person of 11) below it.
    @Test func belowLineMetricsAtZeroAndATinyLine() throws {
        for metric in ["households_below_line", "persons_below_line", "share_below_line"] {
            #expect(try value(metric, year: 2022, line: .amount(0)) == nil)
        }
        #expect(try value("households_below_line", year: 2021, line: .amount(.leastNonzeroMagnitude)) == 1)
        #expect(try value("persons_below_line", year: 2021, line: .amount(.leastNonzeroMagnitude)) == 1)
        #expect(isClose(try value("share_below_line", year: 2021, line: .amount(.leastNonzeroMagnitude)), 1.0 / 11, floor: 1))
    }

    // Population [alleviated] in 2022: A, B, C: pci 53000/11; `unstable` is empty in 2021.
    @Test func populationsAreAnalysedOnTheirOwn() throws {
        #expect(isClose(try value("pci", year: 2022, population: [.alleviated]), 53000.0 / 11, floor: 1))
        #expect(try value("pci", year: 2021, population: [.unstable]) == nil)
    }

    // Reckoned at the start of the year, 2022's alleviated are those alleviated in 2021: A and C
    // (B was marginal, D is new): pci (14000 + 3000)/3; their 2021 pci (12000 + 0)/3, growth
    // 17/12 − 1. 2023's: B and C (alleviated in 2022; A left): (36000 + 4500)/9 = 4500,
    // operating share (2·2000 + 0)/40500. 2021 has no t−1: no one. Marginal at the start of
    // 2022: B alone, now alleviated, 36000/8.
    @Test func startOfYearPopulationFollowsTheRecordOfTheYearBefore() throws {
        let alleviated = Population([.alleviated], reckoning: .startOfYear)
        #expect(isClose(try value("pci", year: 2022, population: alleviated), 17000.0 / 3, floor: 1))
        #expect(isClose(try value("growth", year: 2022, population: alleviated), 17.0 / 12 - 1, floor: 1))
        #expect(isClose(try value("pci", year: 2023, population: alleviated), 4500, floor: 1))
        #expect(isClose(try value("operating_net_share", year: 2023, population: alleviated), 4000.0 / 40500, floor: 1))
        #expect(try value("pci", year: 2021, population: alleviated) == nil)
        #expect(try value("households_below_line", year: 2022, population: alleviated) == 1)  // C, 3000 < 5000
        #expect(isClose(try value("pci", year: 2022, population: Population([.marginal], reckoning: .startOfYear)),
                        4500, floor: 1))
    }

    // With a county column (A, B in 甲县; C, D in 乙县), a source by township and category
    // regrouped by county has 甲县 2022 = A + B: pci (14000 + 36000)/(2 + 8) = 5000, and
    // 乙县 2022 = C + D: 0/4; regrouped by nothing, the whole file: 50000/14.
    @Test func regroupedByCountyAndByNothingGiveTheCountyTotals() throws {
        var panel = IncomeFixture.panel
        panel.county = TextColumn((0..<panel.count).map { ["A", "B"].contains(panel.householdID[$0]) ? "甲县" : "乙县" })
        let source = IncomeMetricSource(try IncomeAnalysis(panel: panel, by: [.township, .category], lines: IncomeFixture.lines))
        let withoutCounties = IncomeMetricSource(try IncomeAnalysis(panel: IncomeFixture.panel, by: [], lines: [:]))
        #expect(source.hasCounties && !withoutCounties.hasCounties)
        let counties = try source.regrouped(by: [.county])
        #expect(counties.groupLabels == [["乙县"], ["甲县"]])
        #expect(isClose(try counties.value(MetricQuery(metric: .pci, group: 1, year: 2022)), 5000, floor: 1))
        #expect(try counties.value(MetricQuery(metric: .pci, group: 0, year: 2022)) == 0)
        #expect(try counties.value(MetricQuery(metric: .householdsBelowLine, group: 1, year: 2022)) == 2)  // B (w 2)
        let whole = try source.regrouped(by: [])
        #expect(whole.groupLabels == [["all"]])
        #expect(isClose(try whole.value(MetricQuery(metric: .pci, group: 0, year: 2022)), 50000.0 / 14, floor: 1))
        #expect(throws: GroupingError.missingColumn(.county)) { try withoutCounties.regrouped(by: [.county]) }
    }

    @Test func unknownMetricIsAnError() throws {
        #expect(throws: MetricError.notServed(.workers, served: Metric.owned(by: .income))) {
            try value("workers", year: 2022)
        }
    }

    /// (id, year, met, value) for each target kind, one year met and one not.
    static let cases: [(Target, Int, Bool, Double)] = [
        // growth ≥ 0.12: 2022 1/52 no, 2023 0.375 yes.
        (Target(id: "growth", kind: .growth, threshold: 0.12), 2022, false, 1.0 / 52),
        (Target(id: "growth", kind: .growth, threshold: 0.12), 2023, true, 0.375),
        // level by 2023: pci 4125 ≥ 4000 yes, ≥ 5000 no.
        (Target(id: "level", kind: .level, threshold: 4000, byYear: 2023), 2023, true, 4125),
        (Target(id: "level", kind: .level, threshold: 5000, byYear: 2023), 2023, false, 4125),
        // relative to a series: 2022 1/52 ≥ 0.01 yes; 2023 0.375 ≥ 0.40 no.
        (Target(id: "relative", kind: .relative, reference: .series([2022: 0.01, 2023: 0.40])), 2022, true, 1.0 / 52),
        (Target(id: "relative", kind: .relative, reference: .series([2022: 0.01, 2023: 0.40])), 2023, false, 0.375),
        // relative to a population, 2023: alleviated (B, C) (36000 + 4500)/9 over (36000 + 3000)/9,
        // growth 1/26, against everyone's 0.375: no. Against 0.0 + margin 0.03: yes.
        (Target(id: "relative-population", kind: .relative, population: [.alleviated],
                reference: .population([.alleviated, .unstable])), 2023, false, 1.0 / 26),
        (Target(id: "relative-margin", kind: .relative, population: [.alleviated], reference: .series([2023: 0]),
                margin: 0.03), 2023, true, 1.0 / 26),
        // trend of the wage share: 2022 0.7 > 26000/53000 yes; 2023 37000/53500 < 0.7 no.
        (Target(id: "trend", kind: .trend, metric: "wage_share"), 2022, true, 0.7),
        (Target(id: "trend", kind: .trend, metric: "wage_share"), 2023, false, 37000.0 / 53500),
        // ceiling: share below the monitoring line ≤ 0.5: 2021 1/11 yes, 2022 12/14 no.
        (Target(id: "ceiling", kind: .ceiling, metric: "share_below_line", threshold: 0.5, line: .monitoring),
         2021, true, 1.0 / 11),
        (Target(id: "ceiling", kind: .ceiling, metric: "share_below_line", threshold: 0.5, line: .monitoring),
         2022, false, 12.0 / 14),
        // ceiling against last year, households under 10,000: 2022 5 > 4 no; 2023 4 ≤ 5 yes.
        (Target(id: "ceiling-last", kind: .ceiling, metric: "households_below_line", line: .amount(10000)),
         2022, false, 5),
        (Target(id: "ceiling-last", kind: .ceiling, metric: "households_below_line", line: .amount(10000)),
         2023, true, 4),
        // floor: operating income per person ≥ 500: 2021 1000 yes; 2022 4000/14 no.
        (Target(id: "floor", kind: .floor, metric: "operating_income_per_capita", threshold: 500), 2021, true, 1000),
        (Target(id: "floor", kind: .floor, metric: "operating_income_per_capita", threshold: 500), 2022, false,
         4000.0 / 14),
    ]

    @Test(arguments: cases)
    func everyTargetKindMetAndNotMet(target: Target, year: Int, met: Bool, value: Double) throws {
        let results = try TargetEvaluator.evaluate([target], on: source())
        let result = try #require(results.first { $0.year == year })
        #expect(result.met == met)
        #expect(isClose(result.value, value, floor: 1))
    }

    // Before T the level reports the growth still needed: 2022, (5000/(50000/14))^(1/1) − 1 = 0.4.
    @Test func levelReportsRequiredGrowthBeforeItsYear() throws {
        let target = Target(id: "level", kind: .level, threshold: 5000, byYear: 2023)
        let result = try #require(try TargetEvaluator.evaluate([target], on: source()).first { $0.year == 2022 })
        #expect(isClose(result.requiredGrowth, 0.4, floor: 1))
    }
}
