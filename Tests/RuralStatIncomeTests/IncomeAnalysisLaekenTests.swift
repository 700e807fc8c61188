import Foundation
import RuralStatCore
import RuralStatIncome
import Testing
import RuralStatTestSupport

/// An independent check against R's laeken (Alfons & Templ): its `eusilc` data, income
/// `eqIncome`, weights `rb050`, each person mapped to a one-person household of weight rb050.
/// laeken's `gini` is SPEC §3's formula; its `arpr` is FGT0 ×100 at 60% of the weighted
/// median of the whole sample — `median:0.6`.
@Suite
struct IncomeAnalysisLaekenTests {
    /// Published by laeken 0.5 on eusilc (`gini(eqIncome, rb050)`, `arpr(eqIncome, rb050)`).
    static let publishedGini = 26.4896192113229
    static let publishedARPR = 14.4442181675336

    private func relativeDifference(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(a), abs(b)) }

    @Test func giniAndAtRiskOfPovertyRateAgreeWithLaeken() throws {
        let data = try LaekenData.load()
        let panel = data.panel
        let analysis = try IncomeAnalysis(panel: panel, by: [], line: .medianShare(0.6))
        let cell = try #require(analysis.cell(year: LaekenData.year, group: 0))
        let gini = try #require(cell.gini)
        let arpr = try #require(cell.poverty?.headcount) * 100
        #expect(relativeDifference(gini, data.gini) <= 1e-9, "gini \(gini) vs laeken \(data.gini)")
        #expect(relativeDifference(arpr, data.arpr) <= 1e-9, "arpr \(arpr) vs laeken \(data.arpr)")
        #expect(relativeDifference(gini, Self.publishedGini) <= 1e-9)
        #expect(relativeDifference(arpr, Self.publishedARPR) <= 1e-9)
    }
}

/// eusilc as written by Rscript, with laeken's own gini and arpr.
struct LaekenData {
    /// The year the one-person households are given (eusilc is one survey year).
    static let year = 2006


    var income: [Double] = []
    var weight: [Double] = []
    var gini = 0.0
    var arpr = 0.0

    /// Runs Rscript to write eqIncome and rb050 (17 significant digits) and laeken's results.
    static func load() throws -> LaekenData {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("ruralstat-eusilc-\(ProcessInfo.processInfo.processIdentifier).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
        suppressMessages(library(laeken)); data(eusilc)
        out <- file('\(file.path)', 'w')
        writeLines(sprintf('%.17g,%.17g', gini(eusilc$eqIncome, eusilc$rb050)$value,
                           arpr(eusilc$eqIncome, eusilc$rb050)$value), out)
        writeLines(sprintf('%.17g,%.17g', eusilc$eqIncome, eusilc$rb050), out)
        close(out)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try ExternalTool.path("Rscript"))
        process.arguments = ["-e", script]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "Rscript failed")
        var data = LaekenData()
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        for (index, line) in lines.enumerated() {
            let fields = line.split(separator: ",").map { Double($0)! }
            if index == 0 {
                (data.gini, data.arpr) = (fields[0], fields[1])
            } else {
                data.income.append(fields[0])
                data.weight.append(fields[1])
            }
        }
        return data
    }

    /// One household of size 1 per person: wage income = eqIncome, weight = rb050.
    var panel: HouseholdPanel {
        let n = income.count
        let zeros = [Double](repeating: 0, count: n)
        var panel = HouseholdPanel(
            source: "laeken eusilc", householdID: TextColumn((0..<n).map { String($0) }),
            year: [Int32](repeating: Int32(Self.year), count: n), householdSize: [Int32](repeating: 1, count: n),
            wageIncome: income, operatingIncome: zeros, propertyIncome: zeros, transferIncome: zeros,
            productionExpense: zeros
        )
        panel.weight = weight
        return panel
    }
}
