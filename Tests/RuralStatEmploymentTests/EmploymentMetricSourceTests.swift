import RuralStatCore
import RuralStatEmployment
import RuralStatTargets
import Testing

/// Targets of the plans evaluated on the fixture (values worked out in EmploymentGroupTableTests).
@Suite struct EmploymentMetricSourceTests {
    let source: EmploymentMetricSource

    init() throws {
        source = EmploymentMetricSource(try EmploymentAnalysis(
            households: EmploymentFixture.households, workers: EmploymentFixture.workers, by: [.township]))
    }

    private func results(_ target: Target) throws -> [TargetResult] {
        try TargetEvaluator.evaluate([target], on: source)
    }

    @Test func workersFloorMetAndNotMet() throws {
        // Kazuo's kind of floor at 3 workers: A 2022 has 4 (met), B 2022 1, A 2023 2, B 2023 3 (met).
        let found = try results(Target(id: "workers-3", kind: .floor, metric: "workers", threshold: 3))
        #expect(found.map(\.met) == [true, false, false, true])
        #expect(found.map(\.gap) == [1, -2, -1, 0])
    }

    @Test func workersNotFewerThanLastYear() throws {
        // Suixi: A 2023 has 2 against 4 (not met), B 2023 has 3 against 1 (met); 2022 has no t−1.
        let found = try results(Target(id: "not-fewer", kind: .floor, metric: "workers"))
        #expect(found.map(\.year) == [2023, 2023])
        #expect(found.map(\.threshold) == [4, 1])
        #expect(found.map(\.met) == [false, true])
    }

    @Test func wageShareRising() throws {
        // A: 24000/65000 = 0.369 < 0.533; B: 41000/49000 = 0.837 < 0.909: both fall.
        let found = try results(Target(id: "wage-share", kind: .trend, metric: "wage_share"))
        #expect(found.map(\.met) == [false, false])
    }

    @Test func everyHouseholdWithLabourCovered() throws {
        // Coverage = 1 floor: A 2023 is 1/3 (h2 lost its job), the others 1.
        let found = try results(Target(id: "coverage", kind: .floor, metric: "coverage", threshold: 1))
        #expect(found.map(\.met) == [true, true, false, true])
        // For the alleviated households alone, A 2023 is covered (h1): met.
        let alleviated = try results(Target(id: "coverage", kind: .floor, metric: "coverage",
                                            population: [.alleviated], threshold: 1))
        #expect(alleviated.map(\.met) == [true, true, true, true])
    }

    @Test func servesEachMetricOfItsCatalog() throws {
        func value(_ metric: String) throws -> Double? {
            try source.value(MetricQuery(metric: try #require(Metric.named(metric)), population: .everyone, group: 0, year: 2023))
        }
        #expect(try value("workers") == 2)
        #expect(try value("labor") == 4)
        #expect(try value("zero_employment_households") == 2)
        #expect(try value("stable_share") == 0.5)
        #expect(try value("coverage") == 1.0 / 3)
        #expect(try value("wage_share") == 24000.0 / 65000)
        // A group-year without records is undefined.
        #expect(try source.value(MetricQuery(metric: .workers, population: .everyone, group: 0, year: 2021)) == nil)
    }

    @Test func unknownMetricThrows() {
        #expect(throws: MetricError.notServed(.pci, served: source.metrics)) {
            try source.value(MetricQuery(metric: .pci, population: .everyone, group: 0, year: 2023))
        }
    }
}
