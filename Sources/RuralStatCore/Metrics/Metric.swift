/// A group-year quantity that reports show and targets are evaluated on: one entry of the
/// metric registry (``Metric/all``).
///
/// The registry is the single list of metric names: the analyses serve their values by
/// ``Metric`` (``MetricSource``), report columns take their key, titles and unit from it, and
/// a targets file may name only its keys.
public struct Metric: Sendable, Hashable, CustomStringConvertible {
    /// The unit of a metric's values, which decides how people see them.
    public enum Unit: Sendable, Hashable {
        /// Yuan (per person or per household).
        case yuan
        /// A fraction of a whole, 0 to 1.
        case share
        /// A signed rate of change, e.g. year-on-year growth.
        case rate
        /// A weighted count of households, persons or workers.
        case count
    }

    /// The analysis that computes a metric.
    public enum Owner: String, Sendable, Hashable, CaseIterable {
        /// `ruralstat income` (`RuralStatIncome`).
        case income
        /// `ruralstat employment` (`RuralStatEmployment`).
        case employment
        /// `ruralstat guarantees` (`RuralStatGuarantees`).
        case guarantees
        /// `ruralstat risk` (`RuralStatRisk`): risk-elimination readiness.
        case risk
    }

    /// The snake_case key of SPEC §3.1 and §4.1, e.g. `wage_share`.
    public let key: String
    /// The English title for tables.
    public let title: String
    /// The Chinese title for tables with `--lang zh`.
    public let chineseTitle: String
    /// The unit of the values.
    public let unit: Unit
    /// The analysis that computes it; others may serve it too (employment serves income's
    /// ``wageShare``).
    public let owner: Owner

    /// Creates a registry entry.
    init(_ key: String, title: String, chinese: String, unit: Unit, owner: Owner) {
        self.key = key
        self.title = title
        self.chineseTitle = chinese
        self.unit = unit
        self.owner = owner
    }

    /// The key.
    public var description: String { key }

    /// The metric with this key, or `nil` when the registry has none.
    public static func named(_ key: String) -> Metric? {
        all.first { $0.key == key }
    }

    /// Whether the metric counts households or persons under a line, and so needs one
    /// (``MetricQuery/line``).
    public var needsLine: Bool { key.hasSuffix("_below_line") }
}
