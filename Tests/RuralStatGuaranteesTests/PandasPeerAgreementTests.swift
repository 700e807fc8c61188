import Foundation
import RuralStatCore
import RuralStatData
import RuralStatGuarantees
import Testing

/// Agreement with an independent pandas computation (`Peers/pandas_guarantees.py`, written from
/// the module's article) on the bundled sample, and on the sample with survey weights and
/// empty flags added, to a relative 1e-12: every metric of every group set (all, township,
/// village within its township, category) and year, and the follow-up list of every year in
/// its order.
///
/// The peer needs python3 with pandas; without them these tests fail, they do not skip.
@Suite struct PandasPeerAgreementTests {
    typealias Column = (peer: String, ours: (GuaranteesGroupYear) -> Double?)

    static var columns: [Column] {
        [
        ("households", { $0.households }), ("persons", { $0.persons }), ("any_gap", { $0.anyGap }),
        ("missing_flags", { $0.missingFlags }), ("no_gap", { $0.noGap }), ("persons_with_gap", { $0.personsWithGap }),
        ("persistent_gap", { $0.persistentGap }), ("any_gap_share", \.anyGapShare),
        ("any_gap_change", \.anyGapChange), ("any_gap_share_change", \.anyGapShareChange),
    ] + GuaranteeFlag.allCases.flatMap { flag -> [Column] in
            [(flag.code + "_gap", { $0.gap(flag) }), (flag.code + "_gap_share", { $0.gapShare(flag) })]
        }
    }

    static let sets: [String: [GroupDimension]] = ["all": [], "township": [.township], "village": [.village],
                                                    "category": [.category]]

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samplePath = repository.appendingPathComponent("Datasets/sample/households.csv").path
    static let peerPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Peers/pandas_guarantees.py").path

    @Test func bundledSampleAgrees() throws {
        try compare(householdsPath: Self.samplePath)
    }

    @Test func sampleWithWeightsAndEmptyFlagsAgrees() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("weighted.csv").path
        try Data(try Self.weightedVariant().utf8).write(to: URL(fileURLWithPath: path))
        let (panel, _) = try HouseholdFile.read(path: path)
        // The variant really has what it is meant to test.
        #expect(panel.weight != nil && panel.waterOK!.contains(Missing.code) && panel.medicalOK!.contains(Missing.code))
        try compare(householdsPath: path)
    }

    /// The sample with a `weight` column (0.5–2) and, on some rows, empty flags.
    static func weightedVariant() throws -> String {
        let lines = try String(contentsOfFile: samplePath, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let flagFields = GuaranteeFlag.allCases.map { header.firstIndex(of: $0.columnName)! }
        var out = [lines[0] + ",weight"]
        for (index, line) in lines.dropFirst().enumerated() {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            precondition(fields.count == header.count, "the sample has no quoted fields")
            for (k, field) in flagFields.enumerated() where (index * (k + 3)) % 41 == 0 { fields[field] = "" }
            out.append(fields.joined(separator: ",") + ",\(0.5 + Double(index % 7) * 0.25)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func compare(householdsPath: String) throws {
        let (panel, _) = try HouseholdFile.read(path: householdsPath)
        let (groups, list) = try runPeer(householdsPath)
        var compared = 0
        var mismatches: [String] = []
        for (name, dimensions) in Self.sets {
            let analysis = try GuaranteesAnalysis(households: panel, by: dimensions)
            let rows = groups.filter { $0["set"] == name }
            #expect(rows.count == analysis.table.rows.count, "\(name): peer \(rows.count) rows")
            for row in rows {
                let year = Int(row["year"]!)!
                let group = try #require(analysis.grouping.labels.firstIndex(of: row["group"]!.split(separator: "|").map(String.init)), "\(name) \(row["group"]!)")
                let ours = try #require(analysis.table.metrics(group: group, year: year))
                for (column, value) in Self.columns {
                    let actual = value(ours)
                    let expected = Double(row[column] ?? "")
                    let agrees = if let expected, let actual {
                        actual == expected || abs(actual - expected) / abs(expected) <= 1e-12
                    } else {
                        expected == nil && actual == nil
                    }
                    if !agrees {
                        mismatches.append("\(column) \(name) \(row["group"]!) \(year): ours \(String(describing: actual)), "
                            + "peer \(String(describing: expected))")
                    }
                    compared += 1
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) cells differ: \(mismatches.prefix(10))")
        #expect(compared > 5000)  // 4 sets, 6 years, about 70 groups, 18 columns
        let gapList = GapList(HouseholdGuarantees(panel), grouping: try Grouping(panel, by: []), year: nil)
        let ours = gapList.entries.map { entry in
            [String(panel.year[entry.row]), panel.householdID[entry.row]!, entry.status.gaps.map(\.code).joined(separator: " "),
             entry.status.unknown.map(\.code).joined(separator: " "), String(entry.yearsInARow),
             panel.category(entry.row)!.isMonitoringObject ? "True" : "False"]
        }
        let keys = ["year", "household_id", "gaps", "unknown_flags", "years_in_a_row", "monitoring_object"]
        let peer = list.map { row in keys.map { row[$0]! } }
        #expect(ours.count == peer.count && ours.count > 400)
        #expect(ours == peer)
    }

    /// Runs the peer on `path`; its group rows and list rows as dictionaries by header.
    private func runPeer(_ path: String) throws -> (groups: [[String: String]], list: [[String: String]]) {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let groups = directory.appendingPathComponent("groups.csv"), list = directory.appendingPathComponent("list.csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.peerPath, path, "--groups", groups.path, "--list", list.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the pandas peer failed (python3 with pandas is required): \(message)")
        return (try Self.rows(groups), try Self.rows(list))
    }

    private static func rows(_ url: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    private static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-guarantees-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
