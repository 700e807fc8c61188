import RuralStatCore
import RuralStatTargets
import Testing
@testable import RuralStatRisk

/// `monitored_not_cleared` on six hand-made households (one person each, lines 5,000 in 2022
/// and 6,000 in 2023), far too few to fit a risk model, which the metric does not need:
///
/// | id | township | w | 2022 | 2023 |
/// |---|---|---|---|---|
/// | m1 | T1 | 1 | marginal, 7,000, ready | marginal, 8,000, ready |
/// | m2 | T1 | 2 | unstable, 7,000, ready | unstable, 5,000: below the line |
/// | a6 | T1 | 1 | alleviated | alleviated |
/// | m3 | T2 | 1.5 | unstable, 4,000: below the line | alleviated: exited monitoring |
/// | m4 | T2 | 0.5 | – | sudden_hardship, no assistance measure |
/// | g5 | T2 | 1 | general | marginal, not monitored six months |
///
/// Ready households are monitored since 2022-01-01 with two measures, labour 1 and every
/// guarantee met. Not cleared, every household: 2022 m3 → 1.5; 2023 m2, m4, g5 → 3.5 (T1 2,
/// T2 1.5).
@Suite struct RiskMetricSourceTests {
    static var panel: HouseholdPanel {
        typealias Row = RiskFixture.Row
        func ready(_ id: String, _ year: Int32, _ wage: Double, _ category: HouseholdCategory) -> Row {
            Row(id: id, year: year, wage: wage, category: category, since: 20220101, measures: 2)
        }
        var g5 = Row(id: "g5", wage: 8_000, category: .marginal, measures: 2)
        g5.since = Missing.integer
        let rows: [(Row, String, Double)] = [
            (ready("m1", 2022, 7_000, .marginal), "T1", 1), (ready("m1", 2023, 8_000, .marginal), "T1", 1),
            (ready("m2", 2022, 7_000, .unstable), "T1", 2), (ready("m2", 2023, 5_000, .unstable), "T1", 2),
            (Row(id: "a6", year: 2022), "T1", 1), (Row(id: "a6", year: 2023), "T1", 1),
            (ready("m3", 2022, 4_000, .unstable), "T2", 1.5), (ready("m3", 2023, 8_000, .alleviated), "T2", 1.5),
            (Row(id: "m4", wage: 8_000, category: .suddenHardship, since: 20220101, measures: 0), "T2", 0.5),
            (Row(id: "g5", year: 2022, category: .general), "T2", 1), (g5, "T2", 1),
        ]
        var panel = RiskFixture.panel(rows.map(\.0))
        panel.township = TextColumn(rows.map(\.1))
        panel.county = TextColumn(rows.map { $0.1 == "T1" ? "甲县" : "乙县" })
        panel.weight = rows.map(\.2)
        return panel
    }

    let source: RiskMetricSource

    init() throws {
        source = try RiskMetricSource(RiskPanel(Self.panel, settings: RiskFixture.settings), by: [.township])
    }

    private func value(_ population: Population = .everyone, group: Int, year: Int, on source: RiskMetricSource? = nil)
        throws -> Double? {
        try (source ?? self.source).value(MetricQuery(
            metric: .monitoredNotCleared, population: population, group: group, year: year))
    }

    @Test func servesTheRiskMetric() throws {
        #expect(source.metrics == [.monitoredNotCleared])
        #expect(source.years == [2022, 2023])
        #expect(source.groupLabels == [["T1"], ["T2"]])
        #expect(source.hasCounties)
        #expect(throws: MetricError.notServed(.workers, served: [.monitoredNotCleared])) {
            try source.value(MetricQuery(metric: .workers, group: 0, year: 2023))
        }
        #expect(try value(group: 0, year: 2021) == nil)
    }

    // 2023: T1 m2 (w 2); T2 m4 0.5 + g5 1. 2022: T1 none of m1, m2 (ready); T2 m3.
    @Test func sumsTheWeightsOfTheMonitoringObjectsNotReady() throws {
        #expect(try value(group: 0, year: 2023) == 2)
        #expect(try value(group: 1, year: 2023) == 1.5)
        #expect(try value(group: 0, year: 2022) == 0)
        #expect(try value(group: 1, year: 2022) == 1.5)
        #expect(try value(.monitoringObjects, group: 1, year: 2023) == 1.5)
        // The alleviated of 2023 (a6, m3) are members, none a monitoring object: 0, not undefined.
        #expect(try value([.alleviated], group: 1, year: 2023) == 0)
        // No sudden-hardship household in T1: undefined.
        #expect(try value([.suddenHardship], group: 0, year: 2023) == nil)
    }

    // The monitoring objects as at the start of 2023 are those of 2022: m1, m2 (T1), m3 (T2);
    // m4 is new and g5 was general. m3 left monitoring in 2023 and counts as cleared: T1 m2 → 2,
    // T2 → 0. 2022 has no year before: no one.
    @Test func startOfYearPopulationCountsTheObjectsThatLeftAsCleared() throws {
        let atStart = Population(Population.monitoringObjects.categories, reckoning: .startOfYear)
        #expect(try value(atStart, group: 0, year: 2023) == 2)
        #expect(try value(atStart, group: 1, year: 2023) == 0)
        #expect(try value(atStart, group: 0, year: 2022) == nil)
        // Fangcheng: every object existing at the start of the year cleared by its end; the
        // county-level ceiling of 0 is judged on 甲县 2 and 乙县 0, one row per county.
        let target = Target(id: "risk-cleared", kind: .ceiling, metric: "monitored_not_cleared",
                            population: atStart, threshold: 0)
        let results = try TargetEvaluator.evaluate([target], on: source)
        #expect(results.map(\.year) == [2023, 2023])
        #expect(results.map(\.county) == ["乙县", "甲县"])
        #expect(results.map(\.value) == [0, 2])
        #expect(results.map(\.met) == [true, false])
    }

    @Test func regroupedByCountyAndByNothingGiveTheCountyTotals() throws {
        let detailed = try RiskMetricSource(RiskPanel(Self.panel, settings: RiskFixture.settings), by: [.township, .category])
        let counties = try detailed.regrouped(by: [.county])
        #expect(counties.groupLabels == [["乙县"], ["甲县"]])
        #expect(try value(group: 1, year: 2023, on: counties) == 2)
        #expect(try value(group: 0, year: 2023, on: counties) == 1.5)
        let whole = try detailed.regrouped(by: [])
        #expect(whole.groupLabels == [["all"]])
        #expect(try value(group: 0, year: 2023, on: whole) == 3.5)
        #expect(try value(group: 0, year: 2022, on: whole) == 1.5)
        var panel = Self.panel
        panel.county = nil
        let withoutCounties = try RiskMetricSource(RiskPanel(panel, settings: RiskFixture.settings))
        #expect(!withoutCounties.hasCounties)
        #expect(throws: GroupingError.missingColumn(.county)) { try withoutCounties.regrouped(by: [.county]) }
    }

    // A line of 8,500 every year replaces the settings' lines: m1 (8,000) is below it in 2023
    // too, 3.5 + 1. Without any line no object's income condition is met: 1 + 2 + 0.5 + 1.
    @Test func theLineDecidesTheIncomeConditions() throws {
        let higher = try RiskMetricSource(panel: Self.panel, line: .fixed(8_500), settings: RiskFixture.settings)
        #expect(higher.risk.settings.lines == [2022: 8_500, 2023: 8_500])
        #expect(try value(group: 0, year: 2023, on: higher) == 4.5)
        let settingsLines = try RiskMetricSource(panel: Self.panel, line: nil, settings: RiskFixture.settings)
        #expect(try value(group: 0, year: 2023, on: settingsLines) == 3.5)
        let none = try RiskMetricSource(panel: Self.panel, line: nil)
        #expect(try value(group: 0, year: 2023, on: none) == 4.5)
    }
}
