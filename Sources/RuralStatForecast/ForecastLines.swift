import Foundation
import RuralStatCore
import RuralStatText

/// The monitoring line of each forecast year, for `p_below_line`.
///
/// A fixed line is the same every year. Per-year lines give the years they list; a later year
/// not listed gets the last listed line grown at the mean yearly growth of the listed lines
/// (the geometric mean over the last up to three steps between listed years, 0 with a single
/// line), compounded per year — the line tracks prices and income as plans raise it.
/// A layered line takes the top line's value in the years that line gives one (without
/// extending it) and the base line's forecast in the others.
public enum ForecastLines {
    /// The line for each of `years`.
    ///
    /// - Throws: ``ForecastError`` (usage) for `median:SHARE`, which needs the forecast
    ///   distribution's median rather than a known line.
    public static func lines(_ line: MonitoringLine, years: [Int]) throws(ForecastError) -> [Int: Double] {
        switch line {
        case .fixed(let value):
            return Dictionary(uniqueKeysWithValues: years.map { ($0, value) })
        case .medianShare:
            throw ForecastError(.usage, "a forecast needs a line in yuan (6900 or YEAR=AMOUNT,…), not \(line)",
                                "预测需要以元为单位的监测线（如 6900 或 年度=金额,…），不是 \(line)")
        case .perYear(let known):
            let listed = known.keys.sorted()
            guard let last = listed.last, let lastValue = known[last] else { return [:] }
            let recent = Array(listed.suffix(4))
            var growth = 0.0
            if recent.count >= 2, let first = known[recent[0]], first > 0, lastValue > 0 {
                growth = pow(lastValue / first, 1 / Double(recent[recent.count - 1] - recent[0])) - 1
            }
            var result: [Int: Double] = [:]
            for year in years {
                result[year] = known[year] ?? (year > last ? lastValue * pow(1 + growth, Double(year - last)) : nil)
            }
            return result
        case .layered(let top, let base):
            let below = try lines(base, years: years)
            var result: [Int: Double] = [:]
            for year in years {
                result[year] = top.value(year: year) { nil } ?? below[year]
            }
            return result
        }
    }
}
