import Foundation
import RuralStatCore
import RuralStatRegression
import RuralStatTestSupport

/// Runs R as an independent reference: writes a CSV to a temporary folder, runs an R script
/// on it with `Rscript`, and returns the numbers the script prints (one per line,
/// `sprintf("%.17g")`). Without `Rscript` on PATH the tests that use it fail, naming it.
enum RReference {
    /// A ModelData as CSV cells for R: numbers to 17 digits, missing as NA.
    struct Table {
        var columns: [(String, [String])] = []

        init(_ data: ModelData) {
            columns = zip(data.names, data.columns).map { name, column in
                switch column {
                case .numeric(let values): (name, values.map { $0.isNaN ? "NA" : String(format: "%.17g", $0) })
                case .text(let text): (name, (0..<text.count).map { text[$0] ?? "NA" })
                }
            }
        }

        var csv: String {
            let header = columns.map(\.0).joined(separator: ",")
            let rows = (0..<(columns.first?.1.count ?? 0)).map { i in columns.map { $0.1[i] }.joined(separator: ",") }
            return ([header] + rows).joined(separator: "\n") + "\n"
        }
    }

    /// The numbers printed by `script`, which reads the table as data frame `d`.
    static func numbers(_ table: Table, script: String) throws -> [Double] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-r-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("d.csv")
        try table.csv.write(to: csv, atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("s.R")
        let prelude = "d <- read.csv(\"\(csv.path)\", stringsAsFactors = FALSE)\nout <- function(...) cat(sprintf(\"%.17g\", c(...)), sep = \"\\n\")\n"
        try (prelude + script).write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try ExternalTool.path("Rscript"))
        process.arguments = ["--vanilla", file.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "Rscript", code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: errorText])
        }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map { line in
            line == "NA" || line == "NaN" ? .nan : Double(line) ?? .nan
        }
    }
}
