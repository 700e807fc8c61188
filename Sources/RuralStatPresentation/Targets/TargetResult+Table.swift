import RuralStatCore
import RuralStatReport
import RuralStatTargets
import RuralStatText

extension TargetEvaluator {
    /// The targets table of SPEC §4.1: `id, kind, metric, level, population, <by…>, year, value,
    /// threshold, met, gap, required_growth, on_track`, then `growth` (the growth `on_track`
    /// compares) and `county` (the county of a county-level row); one `group` column holding
    /// `all` when there are no dimensions.
    ///
    /// Codes are the machine-readable cells; with `--lang zh` a table shows the plan's sentence
    /// as the target's name and Chinese kinds, metrics, levels and populations. Each value is
    /// shown in its metric's unit (``RuralStatCore/Metric/style``). A narrow terminal keeps the
    /// id, the group, the year, value, threshold, met and gap.
    public static func table(_ results: [TargetResult], dimensions: [GroupDimension]) -> ReportTable {
        var table = ReportTable(columns: labelColumns + GroupColumns.columns(for: dimensions) + [
            ReportColumn("year", title: "Year", chinese: "年度", style: .year, priority: .essential),
            ReportColumn("value", title: "Value", chinese: "实际值", style: .decimal(2), priority: .essential),
            ReportColumn("threshold", title: "Threshold", chinese: "目标值", style: .decimal(2), priority: .essential),
            ReportColumn("met", title: "Met", chinese: "达标", style: .flag, priority: .essential),
            ReportColumn("gap", title: "Gap", chinese: "差距", style: .signedDecimal(2), priority: .essential),
            ReportColumn("required_growth", title: "Growth needed", chinese: "所需年增长", style: .signedShare),
            ReportColumn("on_track", title: "On track", chinese: "进度达标", style: .flag),
            ReportColumn("growth", title: "Growth", chinese: "当年增长", style: .signedShare),
            ReportColumn("county", title: "County", chinese: "县", style: .text),
        ])
        for result in results {
            let metric = Metric.named(result.metric)
            let (style, gapStyle) = (metric?.style ?? .decimal(2), metric?.differenceStyle ?? .signedDecimal(2))
            let groupCells = GroupColumns.cells(labels: result.groupLabels, dimensions: dimensions)
            table.append(labelCells(result.target) + groupCells + [
                .integer(result.year),
                result.value.map { .quantity($0, style) } ?? .missing,
                result.threshold.map { .quantity($0, style) } ?? .missing,
                result.met.map(ReportCell.boolean) ?? .missing,
                result.gap.map { .quantity($0, gapStyle) } ?? .missing,
                .number(result.requiredGrowth),
                result.onTrack.map(ReportCell.boolean) ?? .missing,
                .number(result.growth),
                result.county.map(ReportCell.text) ?? .missing,
            ])
        }
        return table
    }

    /// The columns that name a target: `id, kind, metric, level, population` (``labelCells(_:)``).
    static let labelColumns = [
        ReportColumn("id", title: "Target", chinese: "目标", style: .text, priority: .essential),
        ReportColumn("kind", title: "Kind", chinese: "类型", style: .text),
        ReportColumn("metric", title: "Metric", chinese: "指标", style: .text),
        ReportColumn("level", title: "Level", chinese: "层级", style: .text),
        ReportColumn("population", title: "Population", chinese: "对象", style: .text),
    ]

    /// The cells that name a target: id (the plan's sentence in Chinese tables), kind, metric,
    /// level and population, as codes with Chinese labels.
    static func labelCells(_ target: Target) -> [ReportCell] {
        let metric = Metric.named(target.metric)
        return [
            .label(code: target.id, chinese: target.source.isEmpty ? target.id : target.source),
            .label(code: target.kind.rawValue, chinese: target.kind.chineseName),
            .label(code: target.metric, chinese: metric.map { Self.bareTitle($0.chineseTitle) } ?? target.metric),
            .label(code: target.level.rawValue, chinese: target.level.chineseName),
            .label(code: target.population.description, chinese: target.population.chineseDescription),
        ]
    }

    /// A metric's Chinese title without its unit: `人均纯收入（元）` → `人均纯收入`.
    private static func bareTitle(_ title: String) -> String {
        title.split(separator: "（").first.map(String.init) ?? title
    }
}
