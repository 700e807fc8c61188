import RuralStatCore
import RuralStatReport
import RuralStatTargets
import RuralStatText

extension TargetEvaluator {
    /// The targets table of SPEC §4.1: `id, kind, <by…>, year, value, threshold, met, gap,
    /// required_growth`, followed by `metric`; one `group` column holding `all` when there are
    /// no dimensions. Each value is shown in its metric's unit (``RuralStatCore/Metric/style``).
    public static func table(_ results: [TargetResult], dimensions: [GroupDimension]) -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("id", title: "Target", chinese: "目标", style: .text),
            ReportColumn("kind", title: "Kind", chinese: "类型", style: .text),
        ] + GroupColumns.columns(for: dimensions) + [
            ReportColumn("year", title: "Year", chinese: "年度", style: .year),
            ReportColumn("value", title: "Value", chinese: "实际值", style: .decimal(2)),
            ReportColumn("threshold", title: "Threshold", chinese: "目标值", style: .decimal(2)),
            ReportColumn("met", title: "Met", chinese: "达标", style: .flag),
            ReportColumn("gap", title: "Gap", chinese: "差距", style: .signedDecimal(2)),
            ReportColumn("required_growth", title: "Growth needed", chinese: "所需年增长", style: .share),
            ReportColumn("metric", title: "Metric", chinese: "指标", style: .text),
        ])
        for result in results {
            let metric = Metric.named(result.metric)
            let (style, gapStyle) = (metric?.style ?? .decimal(2), metric?.differenceStyle ?? .signedDecimal(2))
            let groupCells = GroupColumns.cells(labels: result.groupLabels, dimensions: dimensions)
            table.append([.text(result.id), .text(result.kind.rawValue)] + groupCells + [
                .integer(result.year),
                result.value.map { .quantity($0, style) } ?? .missing,
                result.threshold.map { .quantity($0, style) } ?? .missing,
                result.met.map(ReportCell.boolean) ?? .missing,
                result.gap.map { .quantity($0, gapStyle) } ?? .missing,
                .number(result.requiredGrowth),
                .text(result.metric),
            ])
        }
        return table
    }
}
