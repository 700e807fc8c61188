import RuralStatCharts
import RuralStatTestSupport
import RuralStatText
import Testing

@Suite struct HistogramTests {
    /// Values 1, 3, 3, 7, 9 weighing 1, 1, 2, 1, 5 in about 4 bins: range 8 → 10, step
    /// nice(2.5) = 2, edges 0 … 10; weight 1 | 3 | 0 | 1 | 5 of 10.
    @Test func binsAreRoundAndShareTheWeight() {
        let histogram = Histogram(values: [1, 3, 3, 7, 9], weights: [1, 1, 2, 1, 5], binCount: 4, options: ChartOptions(title: "h"))
        let (edges, shares) = histogram.bins()
        #expect(edges.ticks == [0, 2, 4, 6, 8, 10])
        #expect(shares == [0.1, 0.3, 0, 0.1, 0.5])
    }

    @Test func aValueOnAnEdgeStartsTheNextBinAndTheLastEdgeIsIncluded() {
        let (_, shares) = Histogram(values: [0, 2, 4, 10], binCount: 4, options: ChartOptions(title: "h")).bins()
        // Edges 0 … 10 by 2 (range 10, step nice(2.5) = 2): 0 | 2 | 4 | – | 10 in the last.
        #expect(shares == [0.25, 0.25, 0.25, 0, 0.25])
    }

    @Test func nonFiniteValuesAndNonPositiveWeightsAreLeftOut() throws {
        let histogram = Histogram(values: [1, .nan, 3, 5, .infinity], weights: [1, 1, 0, -2, 1], binCount: 4,
                                  options: ChartOptions(title: "h"))
        #expect(histogram.bins().shares.reduce(0, +) == 1)
        let svg = histogram.svg()
        #expect(try SVGTree(svg).all("rect", in: "bars").count == 1)
        #expect(!svg.lowercased().contains("nan") && !svg.lowercased().contains("inf"))
    }

    @Test(arguments: Language.allCases) func theMonitoringLineIsMarkedAndDescribed(language: Language) throws {
        // Below 6,900: weights 2 + 3 of 10.
        let histogram = Histogram(values: [3000, 6000, 8000, 12000, 20000], weights: [2, 3, 1, 2, 2], binCount: 10,
                                  marker: .init(value: 6900, label: language == .zh ? "监测线" : "monitoring line"),
                                  options: ChartOptions(title: "PCI", language: language, id: "dist"))
        let svg = histogram.svg()
        let tree = try SVGTree(svg)
        let line = try #require(tree.all("line", in: "reference-line").first)
        #expect(line.number("x1") == line.number("x2"))
        #expect(tree.all("text", in: "reference-line").map(\.text) == [language == .zh ? "监测线" : "monitoring line"])
        let description = try #require(tree.all("desc").first).text
        #expect(description.contains(language == .zh ? "监测线 6,900：其下占权重 50.0%。" : "Line at 6,900 (monitoring line): 50.0% of the weight below it."))
        // Shares 0.2, 0, 0.3, 0.1, 0, 0.2, 0, 0, 0, 0.2 in bins of 2,000 from 2,000: axis 0 … 30% by 10%.
        #expect(tree.all("text", in: "value-axis").prefix(4).map(\.text) == ["0%", "10%", "20%", "30%"])
        #expect(SelfContainment.violations(svg, allowing: [SelfContainment.svgNamespace]) == [])
    }

    @Test func noValueGivesAnEmptyChart() throws {
        let svg = Histogram(values: [.nan], options: ChartOptions(title: "h", language: .zh)).svg()
        #expect(try SVGTree(svg).all("text").contains { $0.text == "无数据" })
    }
}
