import RuralStatForecast
import RuralStatReport

/// The series trend forecast as a table (`ruralstat forecast --series`).
extension SeriesForecast {
    /// The series table: `last_year, last_value, year, value, lower, upper, level`.
    public func table() -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("last_year", title: "Last year", chinese: "最近年度", style: .year),
            ReportColumn("last_value", title: "Last value", chinese: "最近值", style: .money),
            ReportColumn("year", title: "Year", chinese: "预测年度", style: .year),
            ReportColumn("value", title: "Forecast", chinese: "预测值", style: .money),
            ReportColumn("lower", title: "Lower", chinese: "下限", style: .money),
            ReportColumn("upper", title: "Upper", chinese: "上限", style: .money),
            ReportColumn("level", title: "Level", chinese: "置信水平", style: .share),
        ])
        for point in points {
            for interval in point.intervals {
                table.append([
                    .integer(years[years.count - 1]), .number(values[values.count - 1]), .integer(point.year),
                    .number(point.value), .number(interval.lower), .number(interval.upper), .number(interval.level),
                ])
            }
        }
        return table
    }
}
