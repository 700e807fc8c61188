import RuralStatCore

/// The monitoring line (防止返贫监测标准) per year that ``SyntheticPanel`` uses, in yuan of
/// per-capita net income per year.
///
/// Lines are set by each province; this is one plausible series, not any single province's:
///
/// | year | yuan | basis |
/// |---|---|---|
/// | 2019 | 5,000 | Hunan's 2019 line |
/// | 2020 | 5,500 | between 2019 and the 2021 value |
/// | 2021 | 6,000 | 2020 national guidance: about 1.5 × the poverty line |
/// | 2022 | 6,900 | Henan 2022 (seed document) |
/// | 2023 | 7,200 | raised as provinces did after 2022 |
/// | 2024 | 7,500 | likewise |
///
/// Outside 2019–2024 the line moves 4% a year from the nearest end of the table, rounded to
/// 100 yuan. Analysis commands never use this series as a default: it travels with each
/// panel as `lines.json`.
public enum MonitoringLineSeries {
    private static let table: [Double] = [5_000, 5_500, 6_000, 6_900, 7_200, 7_500]
    private static let firstTableYear = 2019

    /// The line for `year`, yuan per person per year.
    public static func line(for year: Int) -> Double {
        let lastTableYear = firstTableYear + table.count - 1
        if year < firstTableYear {
            return roundedToHundred(table[0] * PortableMath.power(1 / 1.04, firstTableYear - year))
        }
        if year > lastTableYear {
            return roundedToHundred(table[table.count - 1] * PortableMath.power(1.04, year - lastTableYear))
        }
        return table[year - firstTableYear]
    }

    /// The lines for every year of `years`, in a dictionary keyed by year.
    public static func lines(for years: ClosedRange<Int>) -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: years.map { ($0, line(for: $0)) })
    }

    private static func roundedToHundred(_ value: Double) -> Double {
        (value / 100).rounded() * 100
    }
}
