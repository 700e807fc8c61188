import RuralStatCore
import RuralStatIncome

/// Serves the risk-elimination metric that targets are evaluated on (``RuralStatCore/MetricSource``),
/// e.g. Fangcheng's "力争年底前现有2943户8417人监测对象风险全部消除", a ceiling of 0 on
/// `monitored_not_cleared` for the monitoring objects as at the start of the year.
///
/// `monitored_not_cleared`, per group and year t: Σ w over the households of the query's
/// population that in year t are monitoring objects (`unstable`, `marginal`, `sudden_hardship`)
/// whose ``EliminationReadiness`` is not ready (SPEC §3.2). A member that is no longer a
/// monitoring object in t — its risk was eliminated and its category is `alleviated` or
/// `general` — counts as cleared, which is how a start-of-year population
/// (``RuralStatCore/Population/Reckoning/startOfYear``) sees the objects that left monitoring
/// during the year. A group-year without a member of the population has no value; one whose
/// members are all cleared has 0.
///
/// Readiness needs only the indicators of ``RiskPanel``, so no risk model is fitted. Its income
/// conditions need the year's line: a year without one in ``RiskSettings/lines`` leaves every
/// monitoring object not ready (readiness must be shown, not assumed).
///
/// Each household-year's readiness is decided once, on the first query; the sums of each
/// population once, on its first query, and kept.
public final class RiskMetricSource: MetricSource {
    /// The panel, its links and settings, whose readiness is served.
    public let risk: RiskPanel
    /// The groups the values are served for.
    public let grouping: Grouping
    /// The years of the households file, ascending.
    public var years: [Int] { slots.years }
    /// The risk metrics of the registry (``RuralStatCore/Metric/monitoredNotCleared``).
    public var metrics: [Metric] { Self.served }
    /// Whether the households file has a `county` column.
    public var hasCounties: Bool { risk.panel.county != nil }

    private static let served = Metric.owned(by: .risk)

    private let slots: YearSlots
    /// For each row, whether it is a monitoring object not ready for risk elimination; made on
    /// first use and handed on to regroupings.
    private var notCleared: [Bool]?
    /// For each population, the value of each group-year (key = year slot × groups + group).
    private var values: [Population: [Double?]] = [:]

    /// Serves the readiness of `risk`'s households grouped by `dimensions`.
    ///
    /// - Throws: ``RuralStatCore/GroupingError/missingColumn(_:)`` when the panel lacks a dimension's column.
    public convenience init(_ risk: RiskPanel, by dimensions: [GroupDimension] = []) throws(GroupingError) {
        self.init(risk, grouping: try Grouping(risk.panel, by: dimensions), notCleared: nil)
    }

    /// Serves the readiness of `panel`'s households, grouped by `dimensions`, with `settings`
    /// and, when given, the lines of `line` for each year of the panel
    /// (``RuralStatIncome/IncomeAnalysis/lines(_:for:)``, a `median:s` line from the panel's
    /// own medians) in place of the settings' lines: what `ruralstat risk` analyses.
    ///
    /// - Throws: ``RuralStatCore/GroupingError/missingColumn(_:)`` when the panel lacks a dimension's column.
    public convenience init(
        panel: HouseholdPanel, line: MonitoringLine?, settings: RiskSettings = RiskSettings(),
        by dimensions: [GroupDimension] = []
    ) throws(GroupingError) {
        var settings = settings
        if let line { settings.lines = IncomeAnalysis.lines(line, for: panel) }
        try self.init(RiskPanel(panel, settings: settings), by: dimensions)
    }

    private init(_ risk: RiskPanel, grouping: Grouping, notCleared: [Bool]?) {
        self.risk = risk
        self.grouping = grouping
        self.notCleared = notCleared
        slots = YearSlots(risk.panel.year, included: nil)
    }

    /// The same households and readiness grouped by `dimensions`.
    ///
    /// - Throws: ``RuralStatCore/GroupingError/missingColumn(_:)`` when the panel lacks a dimension's column.
    public func regrouped(by dimensions: [GroupDimension]) throws(GroupingError) -> RiskMetricSource {
        RiskMetricSource(risk, grouping: try Grouping(risk.panel, by: dimensions), notCleared: notCleared)
    }

    /// The metric's value for the query's population, group and year; `nil` when the group has
    /// no household of the population that year.
    ///
    /// - Throws: ``RuralStatCore/MetricError/notServed(_:served:)`` for a metric not in ``metrics``.
    public func value(_ query: MetricQuery) throws(MetricError) -> Double? {
        guard Self.served.contains(query.metric) else { throw .notServed(query.metric, served: metrics) }
        guard let slot = slots.slotIfPresent(of: query.year), grouping.labels.indices.contains(query.group) else {
            return nil
        }
        return values(for: query.population)[slot * grouping.count + query.group]
    }

    /// Σ w over the population's monitoring objects not ready, per group-year; `nil` where the
    /// population has no household.
    private func values(for population: Population) -> [Double?] {
        if let values = values[population] { return values }
        let notCleared = self.notCleared ?? readiness()
        self.notCleared = notCleared
        let panel = risk.panel
        let groups = grouping.count
        let included = population.membership(of: panel, previous: risk.previousRow)
        var sums = [DoubleDouble](repeating: DoubleDouble(), count: slots.years.count * groups)
        var members = [Bool](repeating: false, count: sums.count)
        for row in 0..<panel.count where included?[row] ?? true {
            let key = slots.slot(of: panel.year[row]) * groups + Int(grouping.groupOfRow[row])
            members[key] = true
            if notCleared[row] { sums[key].add(panel.weight(row)) }
        }
        let made = sums.indices.map { members[$0] ? sums[$0].value : nil }
        values[population] = made
        return made
    }

    /// For each row, whether it is a monitoring object whose readiness is not ready.
    private func readiness() -> [Bool] {
        (0..<risk.panel.count).map { row in
            guard risk.panel.category(row)?.isMonitoringObject == true else { return false }
            return risk.readiness(row, indicators: risk.indicators(row))?.isReady == false
        }
    }
}
