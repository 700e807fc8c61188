import RuralStatCharts
import RuralStatTestSupport
import RuralStatText
import Testing

@Suite struct BarChartTests {
    static func chart(_ categories: [String], _ series: [BarChart.Series], orientation: BarChart.Orientation = .vertical,
                      arrangement: BarChart.Arrangement = .grouped, language: Language = .en,
                      target: ReferenceLine? = nil, reference: BarChart.Reference? = nil, valueLabels: Bool = false) -> BarChart {
        BarChart(categories: categories, series: series, reference: reference, target: target, orientation: orientation,
                 arrangement: arrangement, valueLabels: valueLabels,
                 options: ChartOptions(title: "PCI by township", xTitle: "Township", yTitle: "yuan", format: .yuan,
                                       language: language, id: "bars"))
    }

    static func baseline(_ tree: SVGTree) throws -> SVGTree.Element {
        try #require(tree.all("line").first { $0.attributes["class"] == "baseline" })
    }

    @Test func negativeBarsHangBelowTheBaselineInProportion() throws {
        // Axis −50 … 100 (range 150 → 200, step 50): the bar of 100 is twice the bar of −50.
        let tree = try SVGTree(Self.chart(["A", "B"], [.init(name: "change", values: [100, -50])]).svg())
        let bars = tree.all("rect", in: "bars")
        try #require(bars.count == 2)
        let zero = try #require(Self.baseline(tree).number("y1"))
        let (up, down) = (bars[0], bars[1])
        #expect(abs(up.number("y")! + up.number("height")! - zero) < 0.02)
        #expect(abs(down.number("y")! - zero) < 0.02)
        #expect(abs(up.number("height")! / down.number("height")! - 2) < 0.01)
        let ticks = tree.all("text", in: "value-axis").map(\.text)
        #expect(ticks == ["−¥50", "¥0", "¥50", "¥100"])
    }

    @Test func horizontalNegativeBarsRunLeftOfTheBaseline() throws {
        let tree = try SVGTree(Self.chart(["A", "B"], [.init(name: "gap", values: [300, -100])], orientation: .horizontal).svg())
        let bars = tree.all("rect", in: "bars")
        let zero = try #require(Self.baseline(tree).number("x1"))
        #expect(abs(bars[0].number("x")! - zero) < 0.02)
        #expect(abs(bars[1].number("x")! + bars[1].number("width")! - zero) < 0.02)
        #expect(abs(bars[0].number("width")! / bars[1].number("width")! - 3) < 0.01)
    }

    @Test(arguments: Language.allCases) func anEmptyGroupSaysSo(language: Language) throws {
        let chart = Self.chart(["A", "B", "C"], [.init(name: "2023", values: [5, nil, 7]), .init(name: "2024", values: [6, nil, .nan])],
                               language: language)
        let tree = try SVGTree(chart.svg())
        #expect(tree.all("rect", in: "bars").count == 3)
        let words = language == .zh ? "无数据" : "no data"
        #expect(tree.all("text", in: "bars").map(\.text) == [words])
        let description = try #require(tree.all("desc").first).text
        #expect(description.contains(language == .zh ? "无数据：B。" : "No data for B."))
        #expect(description.contains(language == .zh ? "1 个非有限数值未绘出。" : "1 value not finite, left out."))
    }

    @Test(arguments: [[String](), ["A"]]) func aChartWithoutDataSaysSo(categories: [String]) throws {
        let chart = Self.chart(categories, categories.isEmpty ? [] : [.init(name: "s", values: [nil])])
        let svg = chart.svg()
        let tree = try SVGTree(svg)
        #expect(tree.all("text").contains { $0.text == "No data" })
        #expect(tree.all("rect").contains { $0.attributes["class"] == "empty" })
        #expect(tree.all("desc").first?.text == "No data: PCI by township")
    }

    @Test func nonFiniteValuesAreLeftOutAndNeverWritten() throws {
        let svg = Self.chart(["A", "B", "C", "D"], [.init(name: "s", values: [1, .nan, .infinity, -.infinity])]).svg()
        let tree = try SVGTree(svg)
        #expect(tree.all("rect", in: "bars").count == 1)
        for word in ["nan", "inf", "∞"] { #expect(!svg.lowercased().contains(word), "\(word)") }
        #expect(tree.all("desc").first!.text.contains("3 values not finite, left out."))
    }

    @Test func theLegendNamesEverySeriesAndTheReference() throws {
        let chart = Self.chart(["A", "B"], [.init(name: "2023", values: [5, 6]), .init(name: "2024", values: [6, 8])],
                               reference: .init(name: "target", values: [7, 7]))
        let tree = try SVGTree(chart.svg())
        #expect(tree.all("text", in: "legend").map(\.text) == ["2023", "2024", "target"])
        #expect(tree.all("rect", in: "legend").map { $0.attributes["fill"]! } == [ChartPalette.colors[0], ChartPalette.colors[1]])
        #expect(tree.all("line", in: "references").count == 2)
        // A single series needs no legend.
        #expect(try SVGTree(Self.chart(["A"], [.init(name: "x", values: [1])]).svg()).all("g").allSatisfy { $0.attributes["class"] != "legend" })
    }

    @Test func theTargetLineIsDrawnAtItsValueWithItsLabel() throws {
        // Values 0 … 25,000: range → 50,000, step nice(10,000) = 10,000, axis 0 … 30,000; the
        // target sits on the third grid line.
        let chart = Self.chart(["A", "B"], [.init(name: "pci", values: [14_000, 25_000])],
                               target: .init(value: 20_000, label: "target 20,000"))
        let tree = try SVGTree(chart.svg())
        let line = try #require(tree.all("line", in: "reference-line").first)
        let ticks = tree.all("text", in: "value-axis")
        let gridLines = tree.all("line", in: "value-axis")
        #expect(ticks.map(\.text) == ["¥0", "¥10,000", "¥20,000", "¥30,000"])
        #expect(abs(line.number("y1")! - gridLines[2].number("y1")!) < 0.02)
        #expect(tree.all("text", in: "reference-line").map(\.text) == ["target 20,000"])
        #expect(tree.all("desc").first!.text.contains("Line at ¥20,000: target 20,000."))
    }

    @Test func stackedSegmentsStartWhereTheLastEnded() throws {
        let chart = Self.chart(["A", "B"], [.init(name: "high", values: [3, 1]), .init(name: "medium", values: [2, 4]),
                                            .init(name: "low", values: [5, 0])], arrangement: .stacked)
        let tree = try SVGTree(chart.svg())
        let bars = tree.all("rect", in: "bars")
        try #require(bars.count == 6)
        for (lower, upper) in [(0, 1), (1, 2), (3, 4), (4, 5)] {
            #expect(abs(bars[lower].number("y")! - (bars[upper].number("y")! + bars[upper].number("height")!)) < 0.02)
        }
        // A's stack (10) is twice B's (5).
        let heightA = bars[0...2].reduce(0) { $0 + $1.number("height")! }, heightB = bars[3...5].reduce(0) { $0 + $1.number("height")! }
        #expect(abs(heightA / heightB - 2) < 0.01)
        #expect(tree.all("text", in: "legend").map(\.text) == ["high", "medium", "low"])
    }

    @Test func valueLabelsAreWrittenWhenTheyFit() throws {
        let chart = Self.chart(["A", "B"], [.init(name: "pci", values: [12_500, 9_800])], valueLabels: true)
        #expect(try SVGTree(chart.svg()).all("text", in: "value-labels").map(\.text) == ["¥12,500", "¥9,800"])
    }

    @Test func longChineseLabelsOfTheDrawnChartDoNotOverlap() throws {
        let names = (0..<40).map { CategoryLabelsTests.townships[$0 % 12] + "第\($0)村" }
        for orientation in [BarChart.Orientation.vertical, .horizontal, .automatic] {
            let chart = Self.chart(names, [.init(name: "pci", values: names.indices.map { Double($0 * 500 + 6000) })],
                                   orientation: orientation, language: .zh)
            let (svg, labels) = chart.layout()
            let placed = try #require(labels)
            let boxes = CategoryLabelsTests.boxes(placed)
            for i in boxes.indices { for j in boxes.indices where j > i { #expect(!overlap(boxes[i], boxes[j])) } }
            let tree = try SVGTree(svg)
            #expect(tree.all("text", in: "category-labels").count == placed.placed.count)
            let width = try #require(tree.elements.first?.number("width"))
            #expect(placed.placed.allSatisfy { $0.box.allSatisfy { $0.x >= -0.01 && $0.x <= width + 0.01 } })
        }
        #expect(Self.chart(names, [.init(name: "pci", values: names.map { _ in 1 })], orientation: .automatic).isHorizontalForTest)
        #expect(!Self.chart(["A", "B"], [.init(name: "pci", values: [1, 2])], orientation: .automatic).isHorizontalForTest)
    }

    @Test func textIsEscapedAndTheSVGParses() throws {
        let chart = BarChart(categories: ["A<&\"B"], series: [.init(name: "x<y & \"z\"", values: [1])],
                             options: ChartOptions(title: "Income <&> \"quoted\"", id: "esc"))
        let svg = chart.svg()
        #expect(svg.contains("A&lt;&amp;&quot;B") && svg.contains("<title id=\"esc-title\">Income &lt;&amp;&gt; &quot;quoted&quot;</title>"))
        let tree = try SVGTree(svg)
        #expect(tree.all("text", in: "category-labels").map(\.text) == ["A<&\"B"])
        #expect(tree.all("title").first?.text == "Income <&> \"quoted\"")
    }

    @Test func theChartIsAccessibleAndSelfContained() throws {
        let svg = Self.chart(["甲镇", "乙镇"], [.init(name: "人均纯收入", values: [12_000, 13_500])], language: .zh).svg()
        let root = try #require(try SVGTree(svg).elements.first)
        #expect(root.attributes["role"] == "img" && root.attributes["aria-labelledby"] == "bars-title bars-desc")
        #expect(root.attributes["font-family"] == FontStack.sansSerif)
        #expect(svg.contains("<desc id=\"bars-desc\">条形图：2 个类别，1 个系列（人均纯收入）。数值从 ¥12,000 到 ¥13,500。</desc>"))
        #expect(SelfContainment.violations(svg, allowing: [SelfContainment.svgNamespace]) == [])
        #expect(!svg.contains("\n\n"))
    }

    @Test func sameChartSameBytes() {
        let make = { Self.chart(["A", "B", "C"], [.init(name: "a", values: [1.5, -2, 3]), .init(name: "b", values: [nil, 4, 5])],
                                target: .init(value: 2, label: "t")).svg() }
        #expect(make() == make())
    }
}

extension BarChart {
    /// Whether ``BarChart/Orientation/automatic`` chose horizontal bars (40 categories: yes).
    var isHorizontalForTest: Bool {
        let tree = try? SVGTree(svg())
        return tree?.all("line").first { $0.attributes["class"] == "baseline" }.map { $0.number("x1") == $0.number("x2") } ?? false
    }
}
