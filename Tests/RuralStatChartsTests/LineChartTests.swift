import RuralStatCharts
import RuralStatTestSupport
import RuralStatText
import Testing

@Suite struct LineChartTests {
    static func chart(_ series: [LineChart.Series], bands: [LineChart.Band] = [], target: ReferenceLine? = nil) -> LineChart {
        LineChart(series: series, bands: bands, target: target,
                  options: ChartOptions(title: "PCI forecast", xTitle: "Year", yTitle: "yuan", format: .number, id: "lines"))
    }

    static func points(_ pairs: [(Double, Double?)]) -> [LineChart.Point] {
        pairs.map { LineChart.Point(x: $0.0, y: $0.1) }
    }

    @Test func aMissingPointBreaksTheLine() throws {
        let series = LineChart.Series(name: "PCI", points: Self.points([(2019, 1), (2020, 2), (2021, nil), (2022, 4), (2023, .nan), (2024, 6)]))
        let tree = try SVGTree(Self.chart([series]).svg())
        let lines = tree.all("polyline", in: "series")
        // Runs: 2019–2020 and 2022 alone (one point: a marker, no line) and 2024 alone.
        #expect(lines.count == 1)
        #expect(lines[0].attributes["points"]!.split(separator: " ").count == 2)
        #expect(tree.all("circle", in: "series").count == 4)
        #expect(tree.all("text", in: "value-axis").map(\.text).suffix(6) == ["2019", "2020", "2021", "2022", "2023", "2024"])
        #expect(tree.all("desc").first!.text.contains("2 points missing."))
    }

    @Test func seriesDifferInDashAndMarker() throws {
        let a = LineChart.Series(name: "county", points: Self.points([(2022, 1), (2023, 2)]))
        let b = LineChart.Series(name: "脱贫户", points: Self.points([(2022, 2), (2023, 3)]))
        let tree = try SVGTree(Self.chart([a, b]).svg())
        let lines = tree.all("polyline", in: "series")
        #expect(lines.map { $0.attributes["stroke-dasharray"] } == [nil, ChartPalette.dashes[1]])
        #expect(tree.all("circle", in: "series").count == 2 && tree.all("rect", in: "series").count == 2)
        #expect(tree.all("text", in: "legend").map(\.text) == ["county", "脱贫户"])
    }

    @Test func widerBandsAreLighterAndDrawnFirst() throws {
        let point = LineChart.Series(name: "forecast", points: Self.points([(2024, 100), (2025, 110), (2026, 120)]))
        let narrow = LineChart.Band(name: "50%", points: [(2025, 105, 115), (2026, 112, 128)])
        let wide = LineChart.Band(name: "90%", points: [(2025, 95, 125), (2026, 100, 140)])
        let tree = try SVGTree(Self.chart([point], bands: [narrow, wide], target: .init(value: 130, label: "target")).svg())
        let polygons = tree.all("polygon", in: "bands")
        #expect(polygons.map { $0.attributes["fill-opacity"] } == ["0.15", "0.27"])
        // The wide band's outline: 4 corners; its upper edge reaches 140, the axis's top.
        #expect(polygons[0].attributes["points"]!.split(separator: " ").count == 4)
        #expect(tree.all("text", in: "legend").map(\.text) == ["forecast", "50%", "90%"])
        #expect(tree.all("text", in: "reference-line").map(\.text) == ["target"])
    }

    @Test func noPointGivesAnEmptyChart() throws {
        let svg = Self.chart([LineChart.Series(name: "x", points: Self.points([(2020, nil), (2021, .infinity)]))]).svg()
        #expect(try SVGTree(svg).all("text").contains { $0.text == "No data" })
        #expect(!svg.lowercased().contains("inf") && !svg.lowercased().contains("nan"))
    }

    @Test func sameChartSameBytesAndSelfContained() throws {
        let make = {
            Self.chart([LineChart.Series(name: "a", points: Self.points([(1, 0.5), (2, -1.25), (3, 2)]))],
                       bands: [LineChart.Band(name: "b", points: [(1, 0, 1), (2, -2, 0), (3, 1, 3)])]).svg()
        }
        #expect(make() == make())
        #expect(SelfContainment.violations(make(), allowing: [SelfContainment.svgNamespace]) == [])
        _ = try SVGTree(make())
    }
}
