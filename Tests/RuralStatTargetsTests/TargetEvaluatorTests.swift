import RuralStatText
import RuralStatPresentation
import Foundation
import RuralStatCore
import RuralStatReport
import RuralStatTargets
import Testing

/// A metric source with values written out by hand: metric → population key → group → year.
private struct TableSource: MetricSource {
    var groupLabels: [[String]] = [["乡A"], ["乡B"]]
    var years = [2021, 2022, 2023]
    var metrics: [Metric] = [.pci, .growth, .wageShare, .householdsBelowLine, .workers]
    /// Keyed by "metric|population|group|year"; population "all" or sorted category codes.
    var values: [String: Double]

    func value(_ query: MetricQuery) throws(MetricError) -> Double? {
        guard metrics.contains(query.metric) else { throw .notServed(query.metric, served: metrics) }
        let population = query.population.map { $0.map(\.code).sorted().joined(separator: "+") } ?? "all"
        let line = query.line.map { "|\($0)" } ?? ""
        return values["\(query.metric)|\(population)\(line)|\(query.group)|\(query.year)"]
    }
}

@Suite struct TargetEvaluatorTests {
    private func results(_ target: Target, _ values: [String: Double]) throws -> [TargetResult] {
        try TargetEvaluator.evaluate([target], on: TableSource(values: values))
    }

    @Test func growthMetAndNotMet() throws {
        let target = Target(id: "g", kind: .growth, population: [.alleviated], threshold: 0.12)
        let r = try results(target, [
            "growth|alleviated|0|2022": 0.15, "growth|alleviated|1|2022": 0.10,
            "growth|alleviated|0|2023": 0.12,
        ])
        // The first data year has no growth, so evaluation starts in 2022; group 1 has no value
        // in 2023, so it gives no result.
        #expect(r.map(\.year) == [2022, 2022, 2023])
        #expect(r.map(\.met) == [true, false, true])
        #expect(abs(r[0].gap! - 0.03) < 1e-15)
        #expect(abs(r[1].gap! - -0.02) < 1e-15)
        #expect(r[1].groupLabels == ["乡B"])
    }

    @Test func levelReportsRequiredGrowthAndPaceBeforeTheYear() throws {
        let target = Target(id: "l", kind: .level, threshold: 20_000, byYear: 2023)
        let r = try results(target, [
            "pci|all|0|2021": 16_000, "pci|all|0|2022": 18_000, "pci|all|0|2023": 20_500,
            "pci|all|1|2021": 16_000, "pci|all|1|2022": 16_500, "pci|all|1|2023": 19_000,
        ])
        #expect(r.count == 6)
        // Group 0, 2022: needed from 2021 = sqrt(20000/16000) − 1 = 0.1180340; achieved 18000/16000 − 1 = 0.125 → on pace.
        // Required from 2022 on: 20000/18000 − 1 = 0.1111111.
        let g0y22 = r[2]
        #expect(g0y22.met == true)
        #expect(abs(g0y22.requiredGrowth! - 1.0 / 9.0) < 1e-15)
        #expect(g0y22.gap == -2000)
        // Group 1, 2022: achieved 16500/16000 − 1 = 0.03125 < 0.1180340 → not on pace.
        #expect(r[3].met == false)
        #expect(abs(r[3].requiredGrowth! - (20_000.0 / 16_500 - 1)) < 1e-15)
        // 2021 has no previous year to judge the pace; required growth (20000/16000)^(1/2) − 1.
        #expect(r[0].met == nil)
        #expect(abs(r[0].requiredGrowth! - (sqrt(1.25) - 1)) < 1e-15)
        // In T itself: the level is reached or not; no required growth.
        #expect(r[4].met == true && r[4].requiredGrowth == nil && r[4].gap == 500)
        #expect(r[5].met == false && r[5].gap == -1000)
    }

    @Test func relativeAgainstAPopulationAndASeries() throws {
        let byPopulation = Target(id: "r", kind: .relative, population: [.alleviated],
                                  reference: .population([.general]), margin: 0.01)
        let r = try results(byPopulation, [
            "growth|alleviated|0|2022": 0.08, "growth|general|0|2022": 0.06,
            "growth|alleviated|1|2022": 0.065, "growth|general|1|2022": 0.06,
        ])
        #expect(r.filter { $0.year == 2022 }.map(\.met) == [true, false])
        #expect(abs(r[0].threshold! - 0.07) < 1e-15)
        let bySeries = Target(id: "s", kind: .relative, reference: .series([2022: 0.063, 2023: 0.077]))
        let s = try results(bySeries, ["growth|all|0|2022": 0.05, "growth|all|0|2023": 0.08])
        #expect(s.map(\.met) == [false, true])
        #expect(s[0].threshold == 0.063)
    }

    @Test func trendNeedsAStrictRise() throws {
        let target = Target(id: "t", kind: .trend, metric: "wage_share")
        let r = try results(target, [
            "wage_share|all|0|2021": 0.40, "wage_share|all|0|2022": 0.45, "wage_share|all|0|2023": 0.45,
            "wage_share|all|1|2021": 0.50, "wage_share|all|1|2022": 0.48,
        ])
        #expect(r.map(\.met) == [true, false, false])
        #expect(r[0].threshold == 0.40)
    }

    @Test func ceilingAndFloorAgainstAValueOrLastYear() throws {
        let ceiling = Target(id: "c", kind: .ceiling, metric: "households_below_line", line: .amount(10_000))
        let c = try results(ceiling, [
            "households_below_line|all|10000|0|2021": 30, "households_below_line|all|10000|0|2022": 25,
            "households_below_line|all|10000|1|2021": 10, "households_below_line|all|10000|1|2022": 12,
        ])
        #expect(c.filter { $0.year == 2022 }.map(\.met) == [true, false])
        let fixedCeiling = Target(id: "c0", kind: .ceiling, metric: "households_below_line", threshold: 0,
                                  line: .monitoring)
        let f = try results(fixedCeiling, ["households_below_line|all|monitoring|0|2021": 0,
                                           "households_below_line|all|monitoring|1|2021": 2])
        #expect(f.filter { $0.year == 2021 }.map(\.met) == [true, false])
        let floor = Target(id: "f", kind: .floor, metric: "workers", threshold: 7400)
        let w = try results(floor, ["workers|all|0|2023": 7400, "workers|all|1|2023": 7399])
        #expect(w.filter { $0.year == 2023 }.map(\.met) == [true, false])
        let notFewer = Target(id: "n", kind: .floor, metric: "workers")
        let n = try results(notFewer, ["workers|all|0|2021": 100, "workers|all|0|2022": 99,
                                       "workers|all|1|2021": 100, "workers|all|1|2022": 100])
        #expect(n.filter { $0.year == 2022 }.map(\.met) == [false, true])
        #expect(n.first?.gap == -1)
    }

    @Test func targetsOnOtherMetricsAreLeftToTheirAnalysis() throws {
        let targets = [Target(id: "w", kind: .floor, metric: "coverage", threshold: 1),
                       Target(id: "g", kind: .growth, threshold: 0.1)]
        let source = TableSource(values: [:])
        let split = TargetEvaluator.targets(targets, servedBy: source)
        #expect(split.served.map(\.id) == ["g"])
        #expect(split.other.map(\.id) == ["w"])
        #expect(try TargetEvaluator.evaluate(targets, on: source).allSatisfy { $0.id == "g" })
    }

    @Test func tableHasTheSpecColumnsAndUnitsPerMetric() throws {
        let target = Target(id: "g", kind: .growth, threshold: 0.12)
        let r = try results(target, ["growth|all|0|2022": 0.15])
        let table = TargetEvaluator.table(Array(r.prefix(1)), dimensions: [.township])
        #expect(table.columns.map(\.key) == ["id", "kind", "township", "year", "value", "threshold", "met",
                                             "gap", "required_growth", "metric"])
        #expect(String(decoding: table.csv(), as: UTF8.self).split(separator: "\n")[1]
            == "g,growth,乡A,2022,0.15,0.12,true,\(0.15 - 0.12),,growth")
        #expect(table.terminalText(language: .en).contains("+15.0%"))
    }
}
