import RuralStatReport
import RuralStatRisk

/// The tables of `ruralstat risk --evaluate`.
extension RiskBacktest {
    /// One row per year (then `all`, the years pooled), event and method: `year, event,
    /// method, households, events, base_rate, roc_auc, pr_auc, precision_top5, recall_top5,
    /// precision_top10, recall_top10, precision_top_n, recall_top_n, brier`; only the events
    /// in `events` and, with `pooledOnly`, only the pooled rows.
    public func table(events: [Event] = Event.allCases, pooledOnly: Bool = false) -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("year", title: "Year", chinese: "年度", style: .text),
            ReportColumn("event", title: "Event", chinese: "事件", style: .text),
            ReportColumn("method", title: "Method", chinese: "方法", style: .text),
            ReportColumn("households", title: "Households", chinese: "户数", style: .count),
            ReportColumn("events", title: "Events", chinese: "事件户数", style: .count),
            ReportColumn("base_rate", title: "Base rate", chinese: "基础发生率", style: .share),
            ReportColumn("roc_auc", title: "ROC AUC", chinese: "ROC AUC", style: .decimal(3)),
            ReportColumn("pr_auc", title: "PR AUC", chinese: "PR AUC", style: .decimal(3)),
            ReportColumn("precision_top5", title: "Precision top 5%", chinese: "前5%精确率", style: .share),
            ReportColumn("recall_top5", title: "Recall top 5%", chinese: "前5%召回率", style: .share),
            ReportColumn("precision_top10", title: "Precision top 10%", chinese: "前10%精确率", style: .share),
            ReportColumn("recall_top10", title: "Recall top 10%", chinese: "前10%召回率", style: .share),
            ReportColumn("precision_top_n", title: "Precision top \(capacity)", chinese: "前\(capacity)户精确率", style: .share),
            ReportColumn("recall_top_n", title: "Recall top \(capacity)", chinese: "前\(capacity)户召回率", style: .share),
            ReportColumn("brier", title: "Brier", chinese: "Brier", style: .decimal(4)),
        ])
        for year in (pooledOnly ? [] : years.map(Optional.some)) + [nil] {
            let byMethod = Method.allCases.map { measures($0, year: year) }
            for (e, event) in Event.allCases.enumerated() where events.contains(event) {
                for (k, method) in Method.allCases.enumerated() {
                    let m = byMethod[k][e]
                    table.append([
                        year.map { .text(String($0)) } ?? .label(code: "all", chinese: "全部"),
                        .text(event.rawValue), .text(method.rawValue), .integer(m.households), .integer(m.events),
                        .number(Double(m.events) / Double(max(m.households, 1))), .number(m.rocAUC), .number(m.prAUC),
                        .number(m.top5.precision), .number(m.top5.recall), .number(m.top10.precision),
                        .number(m.top10.recall), .number(m.topN.precision), .number(m.topN.recall), .number(m.brier),
                    ])
                }
            }
        }
        return table
    }

    /// The calibration deciles, pooled over the years, of the score against `either` and of
    /// `p_below_line` against `below_line`: `method, event, decile, households, predicted, observed`.
    public func calibrationTable() -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("method", title: "Method", chinese: "方法", style: .text),
            ReportColumn("event", title: "Event", chinese: "事件", style: .text),
            ReportColumn("decile", title: "Decile", chinese: "十分位组", style: .count),
            ReportColumn("households", title: "Households", chinese: "户数", style: .count),
            ReportColumn("predicted", title: "Predicted", chinese: "预测概率", style: .share),
            ReportColumn("observed", title: "Observed", chinese: "实际发生率", style: .share),
        ])
        for (method, event) in [(Method.score, Event.either), (.pBelowLine, .belowLine)] {
            for (decile, group) in calibration(method, event).enumerated() {
                table.append([.text(method.rawValue), .text(event.rawValue), .integer(decile + 1),
                              .integer(group.households), .number(group.predicted), .number(group.observed)])
            }
        }
        return table
    }
}
