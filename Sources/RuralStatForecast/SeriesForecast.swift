import Foundation
import RuralStatCore
import RuralStatLinearAlgebra
import RuralStatRegression
import RuralStatText

/// A forecast of an aggregate yearly series (e.g. `Datasets/official/*.csv`) by a log-linear
/// trend: log yₜ = a + b·(t − t₀) + eₜ, fitted by least squares (``LinearFit``), with
/// prediction intervals from Student's t on n − 2 degrees of freedom — R's
/// `predict(lm(log(y) ~ year), newdata, interval = "prediction")` — taken back to yuan by exp.
///
/// The point is exp of the log forecast: the median of the log-normal forecast law, as
/// `forecast::rwf(…, lambda = 0)` gives without bias adjustment; the interval ends are exact
/// quantiles, since exp is monotone. A series breaks where a row's `note` says "base year" or
/// "not comparable" (a new coverage, as the official files mark 2020): the model uses the years
/// from the last such row.
public struct SeriesForecast: Sendable {
    /// One forecast year.
    public struct Point: Sendable, Hashable {
        /// The year.
        public let year: Int
        /// exp of the log forecast, yuan.
        public let value: Double
        /// The intervals, one per level.
        public let intervals: [ForecastInterval]
    }

    /// The years used, ascending.
    public let years: [Int]
    /// The values used, yuan.
    public let values: [Double]
    /// The log-scale slope b: the trend growth is exp(b) − 1 a year.
    public let slope: Double
    /// The forecasts.
    public let points: [Point]

    /// The columns that may hold the values, in order of preference: `yuan`, else `value`.
    public static let valueColumns = ["yuan", "value"]

    /// The schema a series file is read by (the typed reader, SPEC §2.3), from its `header`:
    /// `year` (a whole number), the value column (the first of ``valueColumns`` the header has,
    /// named as in the header, a number > 0) and an optional text `note`. Other columns are
    /// ignored.
    ///
    /// - Throws: ``ForecastError`` (bad value) naming `file` when the header has no `year` or
    ///   no value column.
    public static func schema(header: [String], file: String) throws(ForecastError) -> [ColumnSpec] {
        guard header.contains(where: { $0.lowercased() == "year" }) else {
            throw ForecastError(.badValue, "\(file): no year column", "\(file)：没有年份（year）列")
        }
        guard let value = valueColumns.lazy.compactMap({ name in header.first { $0.lowercased() == name } }).first else {
            throw ForecastError(.badValue, "\(file): no yuan or value column", "\(file)：没有金额（yuan 或 value）列")
        }
        return [
            ColumnSpec("year", aliases: [], .integer(0...9999), required: true),
            ColumnSpec(value.lowercased(), aliases: [value], .number(minimum: 0, minimumExclusive: true, maximum: nil),
                       required: true),
            ColumnSpec("note", aliases: [], .text(nonEmpty: false), required: false),
        ]
    }

    /// Fits the trend on the columns of a series file read by ``schema(header:file:)`` (in
    /// its order) and forecasts `horizon` years after its last.
    ///
    /// The series breaks where a row's `note` says "base year" or "not comparable": the model
    /// uses the years from the last such row.
    ///
    /// - Throws: ``ForecastError`` (no data) for fewer than three years.
    public init(columns: [ColumnValues?], horizon: Int, levels: [Double]) throws {
        guard columns.count == 3, let years = columns[0]?.integers, let values = columns[1]?.numbers else {
            preconditionFailure("the columns of SeriesForecast.schema: year and the value column")
        }
        let notes = columns[2]?.text
        var rows: [(year: Int, value: Double, base: Bool)] = []
        for i in years.indices {
            let note = notes?[i]?.lowercased() ?? ""
            rows.append((Int(years[i]), values[i], note.contains("base year") || note.contains("not comparable")))
        }
        rows.sort { $0.year < $1.year }
        if let lastBreak = rows.indices.last(where: { rows[$0].base }) { rows.removeFirst(lastBreak) }
        try self.init(years: rows.map(\.year), values: rows.map(\.value), horizon: horizon, levels: levels)
    }

    /// Fits the trend on `years` and `values` and forecasts `horizon` years after the last.
    ///
    /// - Throws: ``ForecastError`` for fewer than three years or values that are not > 0.
    public init(years: [Int], values: [Double], horizon: Int, levels: [Double]) throws {
        precondition(years.count == values.count, "one value per year")
        guard years.count >= 3 else {
            throw ForecastError(.noData, "a trend with an interval needs at least three years, not \(years.count)",
                                "带区间的趋势至少需要三年数据，这里只有 \(years.count) 年")
        }
        guard values.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw ForecastError(.badValue, "a log-linear trend needs values > 0", "对数线性趋势要求各值大于0")
        }
        guard horizon >= 1 else { throw ForecastError(.usage, "the horizon must be at least 1", "预测年数必须不小于1") }
        self.years = years
        self.values = values
        let origin = Double(years[0])
        let design = Matrix(rows: years.count, columns: [
            Array(repeating: 1, count: years.count), years.map { Double($0) - origin },
        ])
        let fit = try LinearFit(design: design, response: values.map { log($0) })
        slope = fit.coefficients[1]
        let future = (1...horizon).map { years[years.count - 1] + $0 }
        let newRows = Matrix(rows: future.count, columns: [
            Array(repeating: 1, count: future.count), future.map { Double($0) - origin },
        ])
        var byLevel: [[Prediction]] = []
        for level in levels { byLevel.append(try fit.predict(newRows, level: level)) }
        points = future.indices.map { i in
            Point(
                year: future[i], value: exp(byLevel.first?[i].fit ?? fit.coefficients[0] + fit.coefficients[1] * (Double(future[i]) - origin)),
                intervals: zip(levels, byLevel).map { level, predictions in
                    ForecastInterval(
                        level: level, lower: exp(predictions[i].lowerPrediction), upper: exp(predictions[i].upperPrediction))
                })
        }
    }
}
