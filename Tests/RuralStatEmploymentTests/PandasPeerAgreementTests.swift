import Foundation
import RuralStatCore
import RuralStatEmployment
import Testing
import RuralStatTestSupport

/// Agreement with the independent pandas implementation (Peers/pandas_employment.py and the
/// pandas_income.py it imports, copies of ../shared/peers' scripts kept with the tests so
/// that a fresh clone runs them) on a
/// generated panel, to a relative 1e-9. Without python3 and pandas the tests fail.
///
/// Two runs: a panel with survey weights for the household sums, and the same panel without
/// weights for the worker-row metrics (the peer counts worker rows unweighted, where SPEC §3.3
/// weights every group sum by w; with unit weights the two definitions coincide).
@Suite
struct PandasPeerAgreementTests {
    typealias Column = (peer: String, ours: @Sendable (EmploymentGroupYear) -> Double?)

    static let householdColumns: [Column] = [
        ("households", { $0.households }), ("labor", \.labor), ("workers", \.workers),
        ("workers_change", \.workersChange), ("zero_employment", \.zeroEmploymentHouseholds),
        ("households_with_labor", \.householdsWithLabor), ("covered", \.covered), ("persistent", \.persistent),
        ("coverage_share", \.coverage), ("employment_rate", \.employmentRate),
        ("mean_months_per_worker", \.meanMonths), ("wage_share", \.wageShare),
        ("wage_share_change", \.wageShareChange), ("out_of_province_workers", \.outOfProvinceWorkers),
        ("public_welfare_jobs", \.publicWelfareJobs),
    ]

    static let workerColumns: [Column] = [
        ("worker_rows", \.workerRows), ("stable_workers", \.stableWorkers), ("stable_share", \.stableShare),
    ] + WorkLocation.allCases.enumerated().map { i, l in ("location_\(l.code)", { $0.locations?[i] }) }
      + JobType.allCases.enumerated().map { i, j in ("job_type_\(j.code)", { $0.jobTypes?[i] }) }

    @Test func weightedHouseholdMetricsAgree() throws {
        let (households, workers) = GeneratedPanel.make(weighted: true)
        try compare(households, workers, columns: Self.householdColumns)
    }

    @Test func workerMetricsAgreeWithoutWeights() throws {
        let (households, workers) = GeneratedPanel.make(weighted: false)
        try compare(households, workers, columns: Self.householdColumns + Self.workerColumns)
    }

    private func compare(
        _ households: HouseholdPanel, _ workers: WorkerPanel,
        columns: [Column]
    ) throws {
        let peerRows = try runPeer(households, workers)
        let byTownship = try EmploymentAnalysis(households: households, workers: workers, by: [.township])
        let overall = try EmploymentAnalysis(households: households, workers: workers, by: [])
        #expect(peerRows.count == byTownship.table.rows.count + overall.table.rows.count)
        var compared = 0
        for row in peerRows {
            let year = Int(row["year"]!)!
            let analysis = row["group_by"] == "all" ? overall : byTownship
            let group = try #require(analysis.grouping.labels.firstIndex(of: [row["group"]!]))
            let ours = try #require(analysis.table.metrics(group: group, year: year))
            for (name, value) in columns {
                let expected = Double(row[name] ?? "")
                let actual = value(ours)
                guard let expected, expected.isFinite else {
                    #expect(actual == nil, "\(name) \(year) \(row["group"]!): peer empty, ours \(String(describing: actual))")
                    continue
                }
                let difference = abs((actual ?? .nan) - expected) / max(abs(expected), 1e-300)
                #expect(difference <= 1e-9 || actual == expected,
                        "\(name) \(year) \(row["group"]!): ours \(String(describing: actual)), peer \(expected)")
                compared += 1
            }
        }
        #expect(compared >= 250) // 20 group-years × at least 15 columns, less the undefined changes of 2019
    }

    /// Writes the panels as CSV, runs the peer on them and reads its output rows.
    private func runPeer(_ households: HouseholdPanel, _ workers: WorkerPanel) throws -> [[String: String]] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-peer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(GeneratedPanel.householdsCSV(households)).write(to: directory.appendingPathComponent("households.csv"))
        try Data(GeneratedPanel.workersCSV(workers)).write(to: directory.appendingPathComponent("workers.csv"))
        let output = directory.appendingPathComponent("peer.csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try ExternalTool.path("python3"))
        process.arguments = [try PeerScript.path(), directory.appendingPathComponent("households.csv").path,
                             "--workers", directory.appendingPathComponent("workers.csv").path,
                             "--sets", "all,township", "--out", output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the peer failed")
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }
}

/// Where the peer script is: `RURALSTAT_PEERS_DIR` (to check against another copy, such as
/// ../shared/peers), else the copy kept next to this file.
enum PeerScript {
    static func path() throws -> String {
        let directory = ProcessInfo.processInfo.environment["RURALSTAT_PEERS_DIR"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Peers").path
        let path = directory + "/pandas_employment.py"
        try #require(FileManager.default.fileExists(atPath: path), "the peer script \(path) is missing")
        return path
    }
}
