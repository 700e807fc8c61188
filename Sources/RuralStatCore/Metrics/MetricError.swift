import RuralStatText

/// Why a ``MetricSource`` could not answer a query.
public enum MetricError: Error, Equatable, LocalizedMessage {
    /// The source does not serve this metric; `served` lists the ones it does.
    case notServed(Metric, served: [Metric])
    /// The source could not be regrouped for a county-level target or a relative target's
    /// reference.
    case regrouping(GroupingError)

    /// What is wrong, in `language`.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.notServed(let metric, let served), .en):
            "metric '\(metric.key)' is not served by this analysis; it serves "
                + served.map(\.key).joined(separator: ", ")
        case (.notServed(let metric, let served), .zh):
            "本项分析不提供指标“\(metric.chineseTitle)”；可用：" + served.map(\.chineseTitle).joined(separator: "、")
        case (.regrouping(let error), _):
            error.text(language)
        }
    }
}
