import Foundation
import RuralStatCore
import RuralStatData
import RuralStatForecast
import Testing

/// The series model against R: `predict(lm(log(y) ~ year), newdata, interval = "prediction")`,
/// exponentiated, to 1e-9. R missing is a failure, not a skip (`scripts/install-deps.sh --test`
/// installs it).
@Suite struct SeriesForecastTests {
    static let rscript = ["/usr/bin/Rscript", "/usr/local/bin/Rscript"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The official series file of the repository.
    static func officialFile(_ name: String) -> String {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Datasets/official/\(name)"
    }

    /// The series file read through the typed reader by ``SeriesForecast/schema(header:file:)``.
    static func read(_ path: String, horizon: Int, level: Double) throws -> SeriesForecast {
        let header = try TableFile.header(path: path, encoding: nil)
        let (table, _) = try TableFile.read(path: path, schema: try SeriesForecast.schema(header: header, file: path))
        return try SeriesForecast(columns: table.columns, horizon: horizon, levels: [level])
    }

    /// R's fit, lower and upper for `years`/`values`, `horizon` years ahead, at `level`.
    static func reference(years: [Int], values: [Double], horizon: Int, level: Double) throws -> [Double] {
        let rscript = try #require(rscript, "Rscript is not installed: run scripts/install-deps.sh --test")
        let script = """
        y <- c(\(values.map { String(format: "%.17g", $0) }.joined(separator: ",")))
        year <- c(\(years.map(String.init).joined(separator: ",")))
        fit <- lm(log(y) ~ year)
        p <- predict(fit, data.frame(year = max(year) + 1:\(horizon)), interval = "prediction", level = \(level))
        cat(sprintf("%.17g", exp(as.vector(t(p)))), sep = "\\n")
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rscript)
        process.arguments = ["--vanilla", "-e", script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { Double($0) }
    }

    @Test(arguments: [
        ("national-rural-disposable-income.csv", 0.9), ("national-rural-disposable-income.csv", 0.95),
        ("poverty-counties-rural-disposable-income.csv", 0.8),
    ])
    func trendAgreesWithR(file: String, level: Double) throws {
        let forecast = try Self.read(Self.officialFile(file), horizon: 3, level: level)
        let r = try Self.reference(years: forecast.years, values: forecast.values, horizon: 3, level: level)
        try #require(r.count == 9, "R printed \(r)")
        for (i, point) in forecast.points.enumerated() {
            let ours = [point.value, point.intervals[0].lower, point.intervals[0].upper]
            for j in 0..<3 {
                #expect(abs(ours[j] - r[3 * i + j]) <= 1e-9 * abs(r[3 * i + j]), "\(file) \(point.year) [\(j)]: \(ours[j]) vs R \(r[3 * i + j])")
            }
        }
    }

    /// The break rule: a base year (empty nominal_growth after the first row) starts the series.
    @Test func seriesStartsAtTheLastBaseYear() throws {
        let forecast = try Self.read(Self.officialFile("poverty-counties-rural-disposable-income.csv"), horizon: 1, level: 0.9)
        #expect(forecast.years.first == 2020)
    }
}
