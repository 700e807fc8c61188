import Foundation
import RuralStatCharts
import Testing

/// The palette is told apart in greyscale: the relative luminance (WCAG 2 formula, computed
/// here from the hex codes) of any two colours differs by at least 0.05, and dashes and
/// markers differ between series.
@Suite struct ChartPaletteTests {
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { c -> Double in
            let s = Double(c) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    @Test func coloursDifferInLightness() {
        let values = ChartPalette.colors.map(Self.luminance)
        for i in values.indices {
            for j in values.indices where j > i {
                #expect(abs(values[i] - values[j]) >= 0.05, "\(ChartPalette.colors[i]) \(ChartPalette.colors[j])")
            }
        }
        // Neighbours differ most: more than 0.1 between consecutive series.
        for i in values.indices.dropLast() { #expect(abs(values[i] - values[i + 1]) > 0.1) }
    }

    @Test func dashesAndMarkersDifferBetweenSeries() {
        #expect(Set(ChartPalette.dashes).count == ChartPalette.dashes.count)
        #expect(Set(ChartPalette.markers).count == ChartPalette.markers.count)
    }
}
