import Foundation
import RuralStatData
import RuralStatLinearAlgebra
import RuralStatRegression

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

    /// The column that holds the values: `yuan`, else `value`.
    public static let valueColumns = ["yuan", "value"]

    /// Fits the trend on `table` (columns `year` and `yuan` or `value`) and forecasts
    /// `horizon` years after its last.
    ///
    /// - Throws: ``ForecastError`` (bad value) naming file, line, column and value for a year
    ///   or value that is not a number (values must be > 0), or a missing column; (no data) for
    ///   fewer than three years.
    public init(table: CSVTable, horizon: Int, levels: [Double]) throws {
        guard let yearIndex = table.header.firstIndex(where: { $0.lowercased() == "year" }) else {
            throw ForecastError(.badValue, "\(table.source): no year column")
        }
        guard let valueIndex = table.header.firstIndex(where: { Self.valueColumns.contains($0.lowercased()) }) else {
            throw ForecastError(.badValue, "\(table.source): no yuan or value column")
        }
        let noteIndex = table.header.firstIndex { $0.lowercased() == "note" }
        var rows: [(year: Int, value: Double, base: Bool)] = []
        for i in table.columns[yearIndex].indices {
            let yearText = table.columns[yearIndex][i], valueText = table.columns[valueIndex][i]
            let place = "\(table.source):\(table.line[i])"
            guard let year = Int(yearText) else {
                throw ForecastError(.badValue, "\(place): column 'year': value '\(yearText)': not a year")
            }
            guard let value = Double(valueText), value > 0, value.isFinite else {
                throw ForecastError(
                    .badValue, "\(place): column '\(table.header[valueIndex])': value '\(valueText)': not a number > 0")
            }
            let note = noteIndex.map { table.columns[$0][i].lowercased() } ?? ""
            rows.append((year, value, note.contains("base year") || note.contains("not comparable")))
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
            throw ForecastError(.noData, "a trend with an interval needs at least three years, not \(years.count)")
        }
        guard values.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw ForecastError(.badValue, "a log-linear trend needs values > 0")
        }
        guard horizon >= 1 else { throw ForecastError(.usage, "the horizon must be at least 1") }
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
