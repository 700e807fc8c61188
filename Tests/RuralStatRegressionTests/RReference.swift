import Foundation
import RuralStatCore
import RuralStatRegression
import RuralStatTestSupport

/// Runs R (or Python with statsmodels) as an independent reference: writes a CSV to a
/// temporary folder, runs a script on it with `Rscript` (or `python3`), and returns the numbers
/// the script prints (one per line, `%.17g`). Without the program on PATH the tests that use
/// it fail, naming it.
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
        let prelude = "d <- read.csv(\"%CSV%\", stringsAsFactors = FALSE)\nout <- function(...) cat(sprintf(\"%.17g\", c(...)), sep = \"\\n\")\n"
        return try run(table, program: "Rscript", options: ["--vanilla"], extension: "R", script: prelude + script)
    }

    /// The numbers printed by a Python `script` (statsmodels, numpy), which reads the table as
    /// pandas data frame `d` and prints with `out(…)`.
    static func pythonNumbers(_ table: Table, script: String) throws -> [Double] {
        let prelude = """
            import numpy as np, pandas as pd
            d = pd.read_csv("%CSV%")
            def out(*values):
                for v in np.concatenate([np.atleast_1d(np.asarray(x, dtype=float)) for x in values]):
                    print("%.17g" % v)

            """
        return try run(table, program: "python3", options: [], extension: "py", script: prelude + script)
    }

    /// Writes the table and the script (`%CSV%` replaced by the table's path) to a temporary
    /// folder, runs `program` on the script and parses one number a line (`NA`/`nan` as NaN).
    private static func run(
        _ table: Table, program: String, options: [String], extension: String, script: String
    ) throws -> [Double] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-ref-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("d.csv")
        try table.csv.write(to: csv, atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("s.\(`extension`)")
        try script.replacingOccurrences(of: "%CSV%", with: csv.path).write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try ExternalTool.path(program))
        process.arguments = options + [file.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: program, code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: errorText])
        }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map { line in
            line == "NA" || line == "NaN" || line == "nan" ? .nan : Double(line) ?? .nan
        }
    }
}
