import RuralStatCore
import RuralStatReport

/// Report columns and display styles derived from the metric registry.
extension Metric {
    /// How people see a value of the metric: yuan with thousands separators, shares as
    /// percents, rates as signed percents, counts as whole numbers.
    public var style: ColumnStyle {
        switch unit {
        case .yuan: .money
        case .share: .share
        case .rate: .signedShare
        case .count: .count
        }
    }

    /// How people see a difference of two values (a target's gap): of two shares or rates in
    /// percentage points.
    public var differenceStyle: ColumnStyle {
        switch unit {
        case .yuan: .signedMoney
        case .share, .rate: .signedPoints
        case .count: .signedDecimal(0)
        }
    }

    /// The metric's column in a group-year table: its key, titles and style.
    public var column: ReportColumn {
        ReportColumn(key, title: title, chinese: chineseTitle, style: style)
    }
}
