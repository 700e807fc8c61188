/// The year-by-year economic setting of a synthetic panel: the nominal income index, the
/// basic pension and the minimum-living (低保) standard.
///
/// Every figure is a function of the calendar year alone, so a household's incomes in 2022
/// do not depend on which years the panel spans.
enum EconomicCalendar {
    /// Nominal growth of the income index into each year from the year before, 2019–2024.
    ///
    /// 2021 and 2022 are the published growth of the per-capita net income of people lifted
    /// out of poverty (脱贫人口人均纯收入: 10,740 → 12,550 → 14,342 yuan, +16.9% and +14.3%);
    /// 2020 is the 2019→2020 rise of the same series (about +9.5%); 2023 and 2024 are not
    /// published and are set to a slowdown (+11%, +9%) in line with the 脱贫县 series.
    private static let growthInto: [Int: Double] = [
        2020: 0.095, 2021: 0.169, 2022: 0.143, 2023: 0.11, 2024: 0.09,
    ]
    /// Growth outside the table: 8% a year before 2020, 7% a year after 2024.
    private static let growthBefore = 0.08
    private static let growthAfter = 0.07

    /// The nominal income index, 1 in 2020: wages, farm output and property income scale with it.
    static func incomeIndex(_ year: Int) -> Double {
        var index = 1.0
        if year >= 2020 {
            for y in stride(from: 2021, through: year, by: 1) { index *= 1 + (growthInto[y] ?? growthAfter) }
        } else {
            for y in stride(from: 2020, to: year, by: -1) { index /= 1 + (growthInto[y] ?? growthBefore) }
        }
        return index
    }

    /// The monthly basic pension an urban-rural resident aged 60 or over receives, yuan: the
    /// national minimum (城乡居民基础养老金最低标准: 70 before 2018, 88 from 2018, 93 from
    /// 2020, 98 from 2022, 103 from 2023, 123 from 2024, 143 from 2025) plus a local top-up of
    /// 40 yuan that most provinces pay.
    static func monthlyPension(_ year: Int) -> Double {
        let national: Double = switch year {
        case ..<2018: 70
        case 2018...2019: 88
        case 2020...2021: 93
        case 2022: 98
        case 2023: 103
        case 2024: 123
        default: 143
        }
        return national + 40
    }

    /// The rural minimum-living (低保) standard, yuan per person per year: 105% of the year's
    /// monitoring line (provinces derive the line from the 低保 standard and income growth;
    /// the two are close, and assistance aims to lift 低保 households above the line).
    static func minimumLivingStandard(_ year: Int) -> Double {
        1.05 * MonitoringLineSeries.line(for: year)
    }
}
