import RuralStatCharts
import Testing

/// Labels never overlap: the boxes computed from the width estimate are checked pairwise
/// with a separating-axis test (rotated labels are rotated boxes).
@Suite struct CategoryLabelsTests {
    static let townships = ["城关镇", "东关街道办事处", "石门沟乡", "新集镇黄河村", "张家庄镇", "红旗乡五星村民委员会",
                            "马家窑镇", "北山乡", "南湖社区", "西坡镇十里铺村", "高寨乡", "柳树湾镇"]

    static func boxes(_ labels: CategoryLabels) -> [[(Double, Double)]] {
        labels.placed.map { $0.box.map { ($0.x, $0.y) } }
    }

    static func expectNoOverlap(_ labels: CategoryLabels, sourceLocation: SourceLocation = #_sourceLocation) {
        let boxes = boxes(labels)
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                #expect(!overlap(boxes[i], boxes[j]), "labels \(labels.placed[i].full) and \(labels.placed[j].full) overlap",
                        sourceLocation: sourceLocation)
            }
        }
    }

    static func centers(_ count: Int, band: Double, from start: Double = 60) -> [Double] {
        (0..<count).map { start + (Double($0) + 0.5) * band }
    }

    @Test func shortLabelsStayOnOneLine() {
        let labels = CategoryLabels(under: ["2021", "2022", "2023"], centers: Self.centers(3, band: 100), band: 100, top: 300,
                                    maxHeight: 120, leftLimit: 0)
        #expect(labels.mode == .horizontal && labels.every == 1 && labels.placed.map(\.lines) == [["2021"], ["2022"], ["2023"]])
        Self.expectNoOverlap(labels)
    }

    @Test func longerLabelsWrapOntoTwoLines() {
        // band 80: room 76 fits 7 汉字 (70), not 10.
        let labels = CategoryLabels(under: ["红旗乡五星村民委员会", "城关镇"], centers: Self.centers(2, band: 80), band: 80, top: 300,
                                    maxHeight: 120, leftLimit: 0, fontSize: 10)
        #expect(labels.mode == .wrapped)
        #expect(labels.placed[0].lines == ["红旗乡五星村民", "委员会"])
        Self.expectNoOverlap(labels)
    }

    @Test(arguments: [12, 30, 80]) func manyLongChineseLabelsRotateAndThinWithoutOverlap(count: Int) {
        let names = (0..<count).map { Self.townships[$0 % Self.townships.count] + String($0) }
        let band = 640.0 / Double(count)
        let labels = CategoryLabels(under: names, centers: Self.centers(count, band: band), band: band, top: 300,
                                    maxHeight: 140, leftLimit: 12)
        #expect(labels.mode == .rotated)
        // 45°: labels k bands apart are k·band·√½ apart across; a line is 1.2 em = 14.4 px.
        let expectedEvery = max(1, Int((14.4 / (band * 0.5.squareRoot())).rounded(.up)))
        #expect(labels.every == expectedEvery)
        #expect(labels.placed.count == (count + expectedEvery - 1) / expectedEvery)
        Self.expectNoOverlap(labels)
        for label in labels.placed {
            #expect(label.box.allSatisfy { $0.x >= 12 - 0.01 && $0.y <= 300 + 140 + 0.01 }, "\(label.full) leaves its room")
            if label.lines[0] != label.full { #expect(label.lines[0].hasSuffix("…")) }
        }
    }

    @Test func labelsBesideHorizontalBarsWrapOrShortenWithinTheirRows() {
        let names = Self.townships + ["一个非常非常长的乡镇名称用来测试截断是否正确"]
        let labels = CategoryLabels(beside: names, centers: Self.centers(names.count, band: 36, from: 40), band: 36, right: 200,
                                    maxWidth: 120)
        #expect(labels.mode == .beside)
        Self.expectNoOverlap(labels)
        let last = labels.placed.last!
        #expect(last.lines.count == 1 && last.lines[0].hasSuffix("…"))
        #expect(labels.placed.allSatisfy { $0.box.allSatisfy { $0.x >= 80 - 0.01 && $0.x <= 200 + 0.01 } })
    }
}
