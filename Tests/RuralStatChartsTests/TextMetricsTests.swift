import RuralStatCharts
import Testing

@Suite struct TextMetricsTests {
    @Test func wideCharactersAreOneEmOthersPointSix() {
        #expect(TextMetrics.width("收入", fontSize: 12) == 24)
        #expect(TextMetrics.width("abc", fontSize: 10) == 18)
        #expect(abs(TextMetrics.width("A镇（1）", fontSize: 10) - (6 + 10 + 10 + 6 + 10)) < 1e-9)
        #expect(TextMetrics.width("", fontSize: 12) == 0)
    }

    @Test func truncationEndsInAnEllipsisWithinTheWidth() {
        // "…" is narrow: 0.6 em. 40 − 6 = 34 leaves three 汉字 (30).
        #expect(TextMetrics.truncated("城关镇东关社区", toWidth: 40, fontSize: 10) == "城关镇…")
        #expect(TextMetrics.truncated("short", toWidth: 100, fontSize: 10) == "short")
        #expect(TextMetrics.width(TextMetrics.truncated(String(repeating: "x", count: 50), toWidth: 55, fontSize: 10),
                                  fontSize: 10) <= 55)
    }

    @Test func wrappingBreaksWordsOrAnyChineseCharacter() {
        #expect(TextMetrics.wrapped("Upper Town East", toWidth: 60, fontSize: 10, maxLines: 2) == ["Upper Town", "East"])
        #expect(TextMetrics.wrapped("城关镇东关社区", toWidth: 40, fontSize: 10, maxLines: 2) == ["城关镇东", "关社区"])
        #expect(TextMetrics.wrapped("城关镇东关社区", toWidth: 35, fontSize: 10, maxLines: 2) == nil)
        #expect(TextMetrics.wrapped("城关镇东关社区", toWidth: 35, fontSize: 10, maxLines: 3) == ["城关镇", "东关社", "区"])
        #expect(TextMetrics.wrapped("A镇 Town", toWidth: 40, fontSize: 10, maxLines: 2) == ["A镇", "Town"])
        #expect(TextMetrics.wrapped("Extraordinarily", toWidth: 30, fontSize: 10, maxLines: 2) == nil)
    }
}
