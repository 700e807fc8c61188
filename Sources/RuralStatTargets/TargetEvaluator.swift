import Foundation
import RuralStatCore

/// Judges targets on the metrics an analysis serves, by the rules of SPEC §3.1.
///
/// Each target is judged at its ``TargetLevel``: a county-level target on the whole population
/// of each county (of the file without a `county` column), once per county and year whatever
/// the report's grouping; a group-level target in every group. Its value is recomputed on
/// exactly its ``Target/population``.
///
/// - growth: met when g_t ≥ r.
/// - level: met when PCI_t ≥ L, in every year. Before T the row also carries the growth still
///   needed each year, r_t = (L / PCI_t)^(1/(T−t)) − 1, the population's growth g_t (the
///   analysis's `growth`, balanced or cross-section as the report says) and `on_track` =
///   g_t ≥ r_t: growing every year as fast as this one reaches L by T.
/// - relative: met when g_t ≥ g_ref,t + margin. A reference population is judged over the
///   places of the group — the group's dimensions without `category`: with `--by category`
///   the whole file, with `--by township` the same township — so "当地农民" are the local ones;
///   a reference series gives g_ref,t per year.
/// - trend: met when the metric is higher than in t−1 (strictly rising), or than in the base
///   year when the target names one.
/// - ceiling: met when the metric is at most the threshold, or at most last year's (or the
///   base year's) value.
/// - floor: met when the metric is at least the threshold, or at least last year's (or the
///   base year's) value.
///
/// A target without a first year starts at the data's first year, or at the first year that
/// can be compared (the second year for kinds that compare with t−1, the year after the base
/// year). A county or group and year where the metric has no value — the population has no
/// households there, or the group is new — gives no row rather than a row of blanks; a value
/// whose comparison cannot be made (no t−1 value for a trend) gives `met` = `nil`.
public enum TargetEvaluator {
    /// Every target whose metric `source` serves, judged in every year of its range; targets on
    /// other metrics are left to the analyses that serve them (see ``targets(_:servedBy:)``).
    ///
    /// Rows are ordered by year; within a year the county-level rows come first (by county,
    /// then the order of `targets`), then the group-level rows (by group, then the order of
    /// `targets`).
    /// - Throws: ``RuralStatCore/MetricError`` when the source cannot answer a served target.
    public static func evaluate(
        _ targets: [Target], on source: some MetricSource
    ) throws(MetricError) -> [TargetResult] {
        let served = targets.filter { source.serves($0.metric) }
        let years = source.years
        guard !served.isEmpty, let firstDataYear = years.first, let lastDataYear = years.last else { return [] }
        let counties = served.contains { $0.level == .county } ? try Judge(countiesOf: source) : nil
        let groups = served.contains { $0.level == .group } ? try Judge(groupsOf: source, references: served) : nil
        var results: [TargetResult] = []
        for year in years {
            for (level, judge) in [(TargetLevel.county, counties), (.group, groups)] {
                guard let judge else { continue }
                for row in judge.rows {
                    for target in served where target.level == level {
                        guard year >= firstYear(of: target, dataStart: firstDataYear),
                              year <= (target.lastYear ?? lastDataYear) else { continue }
                        let result = try judge.evaluate(target, row: row, year: year)
                        if result.value != nil { results.append(result) }
                    }
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

    /// The first year a target is judged: its own, or the first the data lets it compare.
    static func firstYear(of target: Target, dataStart: Int) -> Int {
        if let first = target.firstYear { return first }
        switch target.kind {
        case .level:
            return dataStart
        case .growth, .relative:
            return dataStart + 1
        case .ceiling, .floor where target.threshold != nil:
            return dataStart
        case .trend, .ceiling, .floor:
            // Compared with the year before, or with the base year.
            return target.baseYear.map { max(dataStart, $0 + 1) } ?? dataStart + 1
        }
    }
}

/// One level's rows — the counties, or the report's groups — with the source that serves them
/// and, for relative targets, the source and group of each row's reference.
private struct Judge<Source: MetricSource> {
    /// A row of results: a group of ``source`` and its labels in the report's dimensions.
    struct Row {
        var group: Int
        var labels: [String]
        var county: String?
        /// The group of ``Judge/reference`` holding this row's places.
        var referenceGroup: Int?
    }

    let source: Source
    let rows: [Row]
    let reference: Source?

    /// The counties of the file (the whole file without a `county` column), labelled in the
    /// report's dimensions: the county in a `county` dimension, `all` in the others.
    init(countiesOf report: Source) throws(MetricError) {
        let counties: Source
        do {
            counties = try report.regrouped(by: report.hasCounties ? [.county] : [])
        } catch {
            throw .regrouping(error)
        }
        let dimensions = report.grouping.dimensions
        source = counties
        rows = counties.grouping.keys.indices.map { group in
            let county = report.hasCounties ? counties.grouping.keys[group].county ?? "" : nil
            let labels = dimensions.isEmpty ? ["all"] : dimensions.map { $0 == .county ? county ?? "all" : "all" }
            return Row(group: group, labels: labels, county: county, referenceGroup: group)
        }
        reference = counties
    }

    /// The report's own groups; when a relative target has a reference population, the source
    /// grouped by the groups' places and each group's place there.
    init(groupsOf report: Source, references targets: [Target]) throws(MetricError) {
        source = report
        let places = report.grouping.dimensions.filter { $0 != .category }
        let needsReference = targets.contains { target in
            if case .population = target.reference { return target.level == .group }
            return false
        }
        var reference: Source?
        if needsReference {
            do {
                reference = places == report.grouping.dimensions ? report : try report.regrouped(by: places)
            } catch {
                throw .regrouping(error)
            }
        }
        var placeOfKey: [GroupKey: Int] = [:]
        var placeDimensions: Set<GroupDimension> = []
        if let reference {
            placeDimensions = Set(GroupDimension.allCases.filter { reference.grouping.keys.first?[$0] != nil })
            for (group, key) in reference.grouping.keys.enumerated() { placeOfKey[key] = group }
        }
        rows = report.grouping.labels.indices.map { group in
            let key = report.grouping.keys[group]
            let place = GroupKey(Dictionary(uniqueKeysWithValues: placeDimensions.compactMap { dimension in
                key[dimension].map { (dimension, $0) }
            }))
            return Row(group: group, labels: report.grouping.labels[group], county: nil, referenceGroup: placeOfKey[place])
        }
        self.reference = reference
    }

    func evaluate(_ target: Target, row: Row, year: Int) throws(MetricError) -> TargetResult {
        // Only targets on served metrics get here, and those are registry keys.
        let metric = source.metrics.first { $0.key == target.metric }!
        func read(_ metric: Metric, _ population: Population, _ year: Int, on source: Source, group: Int) throws(MetricError) -> Double? {
            try source.value(MetricQuery(metric: metric, population: population, line: target.line, group: group, year: year))
        }
        func own(_ year: Int) throws(MetricError) -> Double? {
            try read(metric, target.population, year, on: source, group: row.group)
        }
        let value = try own(year)
        var threshold: Double?
        var requiredGrowth: Double?
        var growth: Double?
        var onTrack: Bool?
        var met: Bool?
        switch target.kind {
        case .growth:
            threshold = target.threshold
            met = compare(value, threshold, >=)
        case .relative:
            switch target.reference {
            case .population(let population):
                if let reference, let group = row.referenceGroup {
                    threshold = try read(metric, population, year, on: reference, group: group)
                }
            case .series(let series): threshold = series[year]
            case nil: threshold = nil
            }
            threshold = threshold.map { $0 + target.margin }
            met = compare(value, threshold, >=)
        case .level:
            threshold = target.threshold
            met = compare(value, threshold, >=)
            if let level = target.threshold, let byYear = target.byYear, year < byYear {
                requiredGrowth = value.flatMap { needed(from: $0, to: level, years: byYear - year) }
                growth = source.serves(Metric.growth.key)
                    ? try read(.growth, target.population, year, on: source, group: row.group) : nil
                onTrack = compare(growth, requiredGrowth, >=)
            }
        case .trend:
            threshold = try own(target.baseYear ?? year - 1)
            met = compare(value, threshold, >)
        case .ceiling, .floor:
            if let fixed = target.threshold {
                threshold = fixed
            } else {
                threshold = try own(target.baseYear ?? year - 1)
            }
            met = target.kind == .ceiling ? compare(value, threshold, <=) : compare(value, threshold, >=)
        }
        let gap: Double? = if let value, let threshold { value - threshold } else { nil }
        return TargetResult(
            target: target, group: row.group, groupLabels: row.labels, county: row.county, year: year, value: value,
            threshold: threshold, met: met, gap: gap, requiredGrowth: requiredGrowth, growth: growth, onTrack: onTrack
        )
    }

    private func compare(_ value: Double?, _ threshold: Double?, _ test: (Double, Double) -> Bool) -> Bool? {
        guard let value, let threshold, value.isFinite, threshold.isFinite else { return nil }
        return test(value, threshold)
    }

    /// (level / value)^(1 / years) − 1, or `nil` when the value is not positive.
    private func needed(from value: Double, to level: Double, years: Int) -> Double? {
        guard value > 0, years > 0 else { return nil }
        return pow(level / value, 1 / Double(years)) - 1
    }
}
