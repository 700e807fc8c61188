import Foundation
import RuralStat
import RuralStatTestSupport
import Testing

/// Every chart kind as a figure of one report page: the page stays self-contained, every
/// chart is inlined whole, ids are distinct, and Chinese text is intact.
@Suite struct ChartFiguresInPageTests {
    static func document(_ language: Language) -> ReportDocument {
        let zh = language == .zh
        func options(_ title: String, _ id: String, _ format: ValueFormat = .yuan) -> ChartOptions {
            ChartOptions(title: title, format: format, language: language, id: id)
        }
        let towns = ["城关镇", "红旗乡五星村民委员会", "石门沟乡"]
        let charts = [
            BarChart(categories: towns, series: [.init(name: zh ? "人均纯收入" : "PCI", values: [13_500, 9_800, nil])],
                     reference: .init(name: zh ? "目标" : "target", values: [13_000, 11_000, 12_000]),
                     target: .init(value: 10_000, label: zh ? "县目标" : "county target"), orientation: .horizontal,
                     options: options(zh ? "各乡镇收入与目标" : "Income against targets", "income")).svg(),
            BarChart(categories: towns, series: [.init(name: zh ? "高" : "high", values: [3, 1, 0]), .init(name: zh ? "低" : "low", values: [9, 7, 5])],
                     arrangement: .stacked, options: options(zh ? "风险等级" : "Risk levels", "risk", .number)).svg(),
            LineChart(series: [.init(name: "PCI", points: [.init(x: 2023, y: 11_000), .init(x: 2024, y: 12_100)])],
                      bands: [.init(name: "90%", points: [(2024, 11_500, 12_700)])],
                      options: options(zh ? "收入预测" : "Forecast", "forecast")).svg(),
            Histogram(values: [4_000, 7_500, 12_000], marker: .init(value: 6_900, label: zh ? "监测线" : "monitoring line"),
                      options: options(zh ? "收入分布" : "Distribution", "distribution")).svg(),
            BarChart(categories: [], series: [], options: options(zh ? "空" : "Empty", "empty")).svg(),
        ]
        var table = ReportTable(columns: [ReportColumn("township", title: "Township", chinese: "乡镇", style: .text)])
        for town in towns { table.append([.text(town)]) }
        let figures = charts.enumerated().map { ReportFigure(svg: $1, caption: "Figure \($0 + 1)", chinese: "图 \($0 + 1)") }
        return ReportDocument(sections: [.init(key: "charts", heading: "Charts", chinese: "图表", table: table, figures: figures)])
    }

    @Test(arguments: Language.allCases) func everyChartIsInlinedAndThePageSelfContained(language: Language) throws {
        let html = String(decoding: try Self.document(language).rendered(as: .html, language: language), as: UTF8.self)
        #expect(SelfContainment.violations(html) == [])
        #expect(html.components(separatedBy: "<svg ").count - 1 == 5)
        #expect(html.components(separatedBy: "</svg>").count - 1 == 5)
        for id in ["income", "risk", "forecast", "distribution", "empty"] {
            #expect(html.components(separatedBy: "id=\"\(id)-title\"").count - 1 == 1, "\(id)")
        }
        if language == .zh {
            for text in ["红旗乡五星村民委员会", "监测线", "无数据", "<figcaption>图 5</figcaption>", "<h2>图表</h2>"] {
                #expect(html.contains(text), "\(text)")
            }
        }
        #expect(try Self.document(language).rendered(as: .html, language: language) == Self.document(language).rendered(as: .html, language: language))
    }
}
