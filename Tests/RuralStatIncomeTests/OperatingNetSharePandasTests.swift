import Foundation
import RuralStatCore
import RuralStatData
import RuralStatIncome
import RuralStatTestSupport
import Testing

/// `operating_net_share` against an independent pandas computation
/// (`Peers/pandas_operating_net_share.py`) on the bundled sample with survey weights added, to
/// a relative 1e-12: every group of the sets all, county, township and category, every year,
/// for every household, for 脱贫人口 (`alleviated+unstable`) by the year's record and as at the
/// start of the year. Without python3 and pandas the test fails; it does not skip.
@Suite struct OperatingNetSharePandasTests {
    static let sets: [String: [GroupDimension]] = [
        "all": [], "county": [.county], "township": [.township], "category": [.category],
    ]
    static let populations: [String: Population] = [
        "all": .everyone,
        "alleviated+unstable": .alleviatedPeople,
        "alleviated+unstable@start_of_year": Population([.alleviated, .unstable], reckoning: .startOfYear),
    ]

    /// The peer, next to this file, and the bundled sample, two folders up.
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let peer = tests.appending(components: "Peers", "pandas_operating_net_share.py").path
    static let sample = tests.deletingLastPathComponent().deletingLastPathComponent()
        .appending(components: "Datasets", "sample", "households.csv").path

    @Test func agreesWithPandasOnTheWeightedSample() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-ons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let weighted = directory.appendingPathComponent("weighted.csv"), result = directory.appendingPathComponent("peer.csv")
        // python3 with pandas is required: without it the run throws and the test fails.
        try ExternalTool.run("python3", [Self.peer, Self.sample, weighted.path, result.path])

        let (panel, _) = try HouseholdFile.read(path: weighted.path)
        #expect(panel.weight != nil)
        let lines = try String(contentsOf: result, encoding: .utf8).split(separator: "\n").dropFirst()
        var sources: [String: IncomeMetricSource] = [:]
        for (name, dimensions) in Self.sets {
            sources[name] = IncomeMetricSource(try IncomeAnalysis(panel: panel, by: dimensions, lines: [:]))
        }
        var mismatches: [String] = []
        var compared = 0
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let source = try #require(sources[fields[0]])
            let population = try #require(Self.populations[fields[1]])
            let labels = fields[3].split(separator: "|").map(String.init)
            let group = try #require(source.groupLabels.firstIndex(of: labels), "\(fields[0]) \(fields[3])")
            let ours = try source.value(MetricQuery(
                metric: .operatingNetShare, population: population, group: group, year: Int(fields[2])!))
            let peer = Double(fields[4])
            let agrees = if let ours, let peer { abs(ours - peer) <= 1e-12 * abs(peer) } else { ours == nil && peer == nil }
            if !agrees { mismatches.append("\(line): ours \(String(describing: ours))") }
            compared += 1
        }
        #expect(mismatches.count == 0, "differ: \(mismatches.prefix(5))")
        // 6 years × (1 + 1 county + 6 townships + 5 categories) for every household, fewer
        // categories for 脱贫人口 and no first year at the start of the year: 193 group-years.
        #expect(compared > 150)
    }
}
