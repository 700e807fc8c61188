import RuralStatCore
import RuralStatGuarantees
import RuralStatTargets
import Testing

/// Zero targets ("动态清零") evaluated on the fixture (values worked out in GuaranteesTableTests).
@Suite struct GuaranteesMetricSourceTests {
    let source: GuaranteesMetricSource
    static let alleviatedAndMonitored: Population = [.alleviated, .unstable, .marginal, .suddenHardship]

    init() throws {
        source = GuaranteesMetricSource(try GuaranteesAnalysis(households: GuaranteesFixture.households, by: [.township]))
    }

    @Test func zeroTargetMetAndNotMet() throws {
        let perTownship = Target(id: "cleared", kind: .ceiling, metric: "any_gap", level: .group,
                                 population: Self.alleviatedAndMonitored, firstYear: 2022, threshold: 0)
        let found = try TargetEvaluator.evaluate([perTownship], on: source)
        // 2022 A: g1, g2 (w 2), g6 → 4; 2022 B: g4 clear → 0 (met); 2023 A: g1, g6, g7 → 3
        // (g3 is `general`, outside the population); 2023 B: g4, g5 (w 0.5) → 1.5.
        #expect(found.map(\.year) == [2022, 2022, 2023, 2023])
        #expect(found.map(\.groupLabels) == [["A"], ["B"], ["A"], ["B"]])
        #expect(found.map(\.value) == [4, 0, 3, 1.5])
        #expect(found.map(\.met) == [false, true, false, false])
        #expect(found.map(\.gap) == [4, 0, 3, 1.5])
        // At county level (the default for a count; the whole file, without a county column),
        // one row a year: 2022 4 + 0, 2023 3 + 1.5.
        var county = perTownship
        county.level = .county
        let counted = try TargetEvaluator.evaluate([county], on: source)
        #expect(counted.map(\.year) == [2022, 2023])
        #expect(counted.map(\.groupLabels) == [["all"], ["all"]])
        #expect(counted.map(\.value) == [4, 4.5])
        #expect(counted.map(\.met) == [false, false])
        #expect(Target(id: "cleared", kind: .ceiling, metric: "any_gap", threshold: 0).level == .county)
    }

    @Test func housingZeroTargetPerFlag() throws {
        let perTownship = Target(id: "housing", kind: .ceiling, metric: "housing_gap", level: .group,
                                 population: Self.alleviatedAndMonitored, firstYear: 2023, threshold: 0)
        let found = try TargetEvaluator.evaluate([perTownship], on: source)
        #expect(found.map(\.value) == [2, 0])  // 2023 A: g1, g6; 2023 B: none
        #expect(found.map(\.met) == [false, true])
        // The county, 2023: 2 + 0, one row, not met.
        var county = perTownship
        county.level = .county
        let counted = try TargetEvaluator.evaluate([county], on: source)
        #expect(counted.map(\.value) == [2] && counted.map(\.met) == [false])
    }

    // As at the start of 2023, the monitored and alleviated of township A are those whose 2022
    // record is: g1, g2, g6 (g3 is new, g7 has no 2022 record); gaps g1 and g6 → 2 (3 by the
    // year's record, with g7), persons 4 + 1. In B, g4 (g5 is new): 1 (1.5 by the year's
    // record). 2021 has no year before: no one.
    @Test func startOfYearPopulationFollowsTheRecordOfTheYearBefore() throws {
        let atStart = Population(Self.alleviatedAndMonitored.categories, reckoning: .startOfYear)
        func value(_ metric: Metric, _ population: Population, group: Int, year: Int = 2023) throws -> Double? {
            try source.value(MetricQuery(metric: metric, population: population, group: group, year: year))
        }
        #expect(try value(.anyGap, atStart, group: 0) == 2)
        #expect(try value(.anyGap, Self.alleviatedAndMonitored, group: 0) == 3)
        #expect(try value(.personsWithGap, atStart, group: 0) == 5)
        #expect(try value(.anyGap, atStart, group: 1) == 1)
        #expect(try value(.anyGap, Self.alleviatedAndMonitored, group: 1) == 1.5)
        #expect(try value(.anyGap, atStart, group: 0, year: 2021) == nil)
        // Marginal at the start of 2023: g2, whose gap was cleared.
        #expect(try value(.anyGapShare, Population([.marginal], reckoning: .startOfYear), group: 0) == 0)
    }

    // With a county column (village a1 in 甲县, a2 and b1 in 乙县; a county that cuts across
    // townships, to tell county sums from township sums), every household of 2023: 甲县 has
    // g1, g3, g6 → gaps g1, g6: 2; 乙县 g2, g4, g5, g7 → g4, g5 (w 0.5), g7: 2.5. Regrouped by
    // nothing: 4.5.
    @Test func regroupedByCountyAndByNothingGiveTheCountyTotals() throws {
        var panel = GuaranteesFixture.households
        panel.county = TextColumn((0..<panel.count).map { panel.village![$0] == "a1" ? "甲县" : "乙县" })
        let source = GuaranteesMetricSource(try GuaranteesAnalysis(households: panel, by: [.township, .category]))
        #expect(source.hasCounties && !self.source.hasCounties)
        let counties = try source.regrouped(by: [.county])
        #expect(counties.groupLabels == [["乙县"], ["甲县"]])
        #expect(try counties.value(MetricQuery(metric: .anyGap, group: 1, year: 2023)) == 2)
        #expect(try counties.value(MetricQuery(metric: .anyGap, group: 0, year: 2023)) == 2.5)
        let whole = try source.regrouped(by: [])
        #expect(whole.groupLabels == [["all"]])
        #expect(try whole.value(MetricQuery(metric: .anyGap, group: 0, year: 2023)) == 4.5)
        #expect(throws: GroupingError.missingColumn(.county)) { try self.source.regrouped(by: [.county]) }
    }

    @Test func populationKeepsOnlyItsCategories() throws {
        func value(_ metric: Metric, _ population: Population) throws -> Double? {
            try source.value(MetricQuery(metric: metric, population: population, group: 0, year: 2023))
        }
        #expect(try value(.missingFlags, .everyone) == 1)  // g3, general
        #expect(try value(.missingFlags, Self.alleviatedAndMonitored) == 0)
        #expect(try value(.anyGapShare, [.marginal]) == 0)  // g2 is clear in 2023
        #expect(try value(.personsWithGap, [.suddenHardship]) == 1)
        #expect(try value(.waterGapShare, .everyone) == 0.5)
        #expect(try value(.anyGap, [.general]) == 0)
        #expect(try source.value(MetricQuery(metric: .anyGap, population: [.marginal], group: 1, year: 2023)) == nil)
    }

    @Test func servesExactlyTheRegistrysGuaranteesMetrics() throws {
        let served = Metric.owned(by: .guarantees)
        #expect(source.metrics == served)
        #expect(Set(served.map(\.key)) == [
            "education_gap", "medical_gap", "housing_gap", "water_gap", "any_gap", "missing_flags", "persons_with_gap",
            "education_gap_share", "medical_gap_share", "housing_gap_share", "water_gap_share", "any_gap_share",
        ])
        for metric in served {
            _ = try source.value(MetricQuery(metric: metric, population: .everyone, group: 0, year: 2023))
        }
        #expect(throws: MetricError.notServed(.workers, served: served)) {
            try source.value(MetricQuery(metric: .workers, population: .everyone, group: 0, year: 2023))
        }
    }

}
