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
