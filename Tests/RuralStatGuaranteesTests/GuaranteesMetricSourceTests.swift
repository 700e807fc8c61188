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
        let target = Target(id: "cleared", kind: .ceiling, metric: "any_gap", population: Self.alleviatedAndMonitored,
                            firstYear: 2022, threshold: 0)
        let found = try TargetEvaluator.evaluate([target], on: source)
        // 2022 A: g1, g2 (w 2), g6 → 4; 2022 B: g4 clear → 0 (met); 2023 A: g1, g6, g7 → 3
        // (g3 is `general`, outside the population); 2023 B: g4, g5 (w 0.5) → 1.5.
        #expect(found.map(\.year) == [2022, 2022, 2023, 2023])
        #expect(found.map(\.groupLabels) == [["A"], ["B"], ["A"], ["B"]])
        #expect(found.map(\.value) == [4, 0, 3, 1.5])
        #expect(found.map(\.met) == [false, true, false, false])
        #expect(found.map(\.gap) == [4, 0, 3, 1.5])
    }

    @Test func housingZeroTargetPerFlag() throws {
        let target = Target(id: "housing", kind: .ceiling, metric: "housing_gap", population: Self.alleviatedAndMonitored,
                            firstYear: 2023, threshold: 0)
        let found = try TargetEvaluator.evaluate([target], on: source)
        #expect(found.map(\.value) == [2, 0])  // 2023 A: g1, g6; 2023 B: none
        #expect(found.map(\.met) == [false, true])
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

    @Test func suixiStatesItsZeroTargetInThePlansWords() throws {
        let set = try TargetSet.preset(named: "suixi-2022")
        let target = try #require(set.targets.first { $0.id == "guarantees-cleared" })
        #expect(target.kind == .ceiling && target.metric == "any_gap" && target.threshold == 0)
        #expect(target.population == Self.alleviatedAndMonitored && target.firstYear == 2022 && target.lastYear == nil)
        #expect(target.note.contains("确保“三保障一安全”核心问题动态清零"))
    }

    @Test func kazuoClearsUnsafeHousing() throws {
        let set = try TargetSet.preset(named: "kazuo-2024")
        let target = try #require(set.targets.first { $0.id == "unsafe-housing-cleared" })
        #expect(target.kind == .ceiling && target.metric == "housing_gap" && target.threshold == 0)
        #expect(target.firstYear == 2024 && target.note.contains("脱贫户和监测对象危房动态清零"))
    }
}
