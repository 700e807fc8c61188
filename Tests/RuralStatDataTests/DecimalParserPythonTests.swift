import Foundation
import RuralStatCore
import RuralStatData
import RuralStatTestSupport
import Testing

/// DecimalParser against Python's `float()` on generated hard cases (`Fixtures/decimal_cases.py`:
/// halfway points, subnormals, 19–20-digit mantissas, `%.17g` and `%.18e`, the exponent
/// limits), the reference values computed by Python at test time.
@Suite struct DecimalParserPythonTests {
    static let generator = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(components: "Fixtures", "decimal_cases.py").path

    /// The cases and Python's double for each.
    static func cases() throws -> [(text: String, expected: Double)] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-decimal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("cases.tsv")
        try ExternalTool.run("python3", [generator, out.path])
        return try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t")
            return (String(fields[0]), Double(bitPattern: UInt64(fields[1], radix: 16)!))
        }
    }

    @Test func everyCaseIsCorrectlyRounded() throws {
        let cases = try Self.cases()
        #expect(cases.count > 30_000)
        var wrong: [String] = []
        for (text, expected) in cases {
            let value = Array(text.utf8).withUnsafeBufferPointer { DecimalParser.double($0) }
            if value?.bitPattern != expected.bitPattern {
                wrong.append("\(text.prefix(60)): \(value.map { "\($0)" } ?? "nil"), Python \(expected)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong, first: \(wrong.prefix(5))")
    }

    /// Through the reader: a number column keeps exactly the finite values within ±1e15
    /// (Python's doubles, bit for bit) and rejects the rest.
    @Test func readerKeepsFiniteNumbersWithinTheLimit() throws {
        let cases = try Self.cases()
        let file = try TemporaryFile("v\n" + cases.map(\.text).joined(separator: "\n") + "\n")
        let schema = [ColumnSpec("v", aliases: [], .number(minimum: nil, minimumExclusive: false, maximum: nil), required: true)]
        let (table, report) = try TableFile.read(path: file.path, schema: schema, options: ReadOptions(onError: .skip))
        let kept = cases.filter { $0.expected.isFinite && $0.expected.magnitude <= 1e15 }
        #expect(kept.count < cases.count)  // the cases include overflow and values beyond 1e15
        #expect(report.rejected.count == cases.count - kept.count)
        let values = try #require(table.column("v")?.numbers)
        #expect(values.count == kept.count)
        #expect(zip(values, kept).allSatisfy { $0.bitPattern == $1.expected.bitPattern })
    }
}
