import Foundation
import RuralStatCore

/// Evaluates targets on the metrics an analysis serves, by the rules of SPEC §3.1.
///
/// - growth: met when g_G,t ≥ r.
/// - level: value PCI_G,t against L. From year T on, met when PCI_G,t ≥ L. Before T it
///   reports the growth still needed each year, (L / PCI_G,t)^(1/(T−t)) − 1, and `met` tells
///   whether the latest growth keeps pace: PCI_G,t / PCI_G,t−1 − 1 is at least the growth that
///   was needed from t−1, (L / PCI_G,t−1)^(1/(T−t+1)) − 1.
/// - relative: met when g_G,t ≥ g_ref,t + margin, the reference being other categories in the
///   same group and year, or a series.
/// - trend: met when the metric is higher than in t−1 (strictly rising).
/// - ceiling: met when the metric is at most the threshold, or at most last year's value.
/// - floor: met when the metric is at least the threshold, or at least last year's value.
///
/// A target without a first year starts at the data's first year, or its second for the kinds
/// that compare with t−1 (growth, relative, trend, and ceilings or floors against last year),
/// where the first year could never be decided. A group and year where the metric has no value
/// — the target's population has no households there (Wenshan's monitored-households target in
/// the `alleviated` group), or the group is new — gives no result rather than a row of blanks;
/// a value whose comparison cannot be made (no t−1 value for a trend) gives `met` = `nil`.
public enum TargetEvaluator {
    /// Every target whose metric `source` serves, for every group of `source` and every year
    /// in the target's range; targets on other metrics are left to the analysis that serves
    /// them (see ``targets(_:servedBy:)``).
    ///
    /// Results are ordered by year, then group, then the order of `targets`.
    /// - Throws: ``MetricError/notServed(_:served:)`` when the source does not serve a metric.
    public static func evaluate(
        _ targets: [Target], on source: some MetricSource
    ) throws(MetricError) -> [TargetResult] {
        let years = source.years
        guard let firstDataYear = years.first, let lastDataYear = years.last else { return [] }
        var results: [TargetResult] = []
        for year in years {
            for group in source.groupLabels.indices {
                for target in targets where source.serves(target.metric) {
                    let first = target.firstYear ?? (needsPreviousYear(target) ? firstDataYear + 1 : firstDataYear)
                    guard year >= first, year <= (target.lastYear ?? lastDataYear) else { continue }
                    let result = try evaluate(target, group: group, year: year, on: source)
                    if result.value != nil { results.append(result) }
                }
            }
        }
        return results
    }

    /// The targets whose metrics `source` serves, and the rest.
    public static func targets(
        _ targets: [Target], servedBy source: some MetricSource
    ) -> (served: [Target], other: [Target]) {
        (targets.filter { source.serves($0.metric) }, targets.filter { !source.serves($0.metric) })
    }

    private static func needsPreviousYear(_ target: Target) -> Bool {
        switch target.kind {
        case .growth, .relative, .trend: true
        case .ceiling, .floor: target.threshold == nil
        case .level: false
        }
    }

    private static func evaluate(
        _ target: Target, group: Int, year: Int, on source: some MetricSource
    ) throws(MetricError) -> TargetResult {
        // Only targets on served metrics get here, and those are registry keys.
        let served = source.metrics.first { $0.key == target.metric }!
        func metric(_ population: Set<HouseholdCategory>?, _ year: Int) throws(MetricError) -> Double? {
            try source.value(MetricQuery(metric: served, population: population, line: target.line, group: group, year: year))
        }
        let value = try metric(target.population, year)
        var threshold: Double?
        var requiredGrowth: Double?
        var met: Bool?
        switch target.kind {
        case .growth:
            threshold = target.threshold
            met = compare(value, threshold, >=)
        case .relative:
            switch target.reference {
            case .population(let categories): threshold = try metric(categories, year)
            case .series(let series): threshold = series[year]
            case nil: threshold = nil
            }
            threshold = threshold.map { $0 + target.margin }
            met = compare(value, threshold, >=)
        case .level:
            threshold = target.threshold
            if let level = target.threshold, let byYear = target.byYear, year < byYear {
                requiredGrowth = value.flatMap { needed(from: $0, to: level, years: byYear - year) }
                let previous = try metric(target.population, year - 1)
                if let value, let previous, previous > 0,
                   let neededThen = needed(from: previous, to: level, years: byYear - year + 1) {
                    met = value / previous - 1 >= neededThen
                }
            } else {
                met = compare(value, threshold, >=)
            }
        case .trend:
            threshold = try metric(target.population, year - 1)
            met = compare(value, threshold, >)
        case .ceiling, .floor:
            if let fixed = target.threshold {
                threshold = fixed
            } else {
                threshold = try metric(target.population, year - 1)
            }
            met = target.kind == .ceiling ? compare(value, threshold, <=) : compare(value, threshold, >=)
        }
        let gap: Double? = if let value, let threshold { value - threshold } else { nil }
        return TargetResult(
            id: target.id, kind: target.kind, metric: target.metric, groupLabels: source.groupLabels[group],
            year: year, value: value, threshold: threshold, met: met, gap: gap, requiredGrowth: requiredGrowth
        )
    }

    private static func compare(_ value: Double?, _ threshold: Double?, _ test: (Double, Double) -> Bool) -> Bool? {
        guard let value, let threshold, value.isFinite, threshold.isFinite else { return nil }
        return test(value, threshold)
    }

    /// (level / value)^(1 / years) − 1, or `nil` when the value is not positive.
    private static func needed(from value: Double, to level: Double, years: Int) -> Double? {
        guard value > 0, years > 0 else { return nil }
        return pow(level / value, 1 / Double(years)) - 1
    }
}
