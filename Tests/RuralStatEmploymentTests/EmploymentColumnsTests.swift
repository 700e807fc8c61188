import Foundation
import RuralStatCore
import RuralStatData
import RuralStatEmployment
import RuralStatPresentation
import RuralStatReport
import RuralStatTargets
import RuralStatText
import Testing

/// The bundled sample read with only ``EmploymentAnalysis/householdColumns`` and
/// ``EmploymentAnalysis/workerColumns`` gives the reports the whole files give: each listing,
/// the warnings, groupings, and a preset's targets.
@Suite struct EmploymentColumnsTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(components: "Datasets", "sample")

    @Test func theAnalysisOfItsColumnsEqualsTheWholeFiles() throws {
        let households = Self.sample.appending(component: "households.csv").path
        let workers = Self.sample.appending(component: "workers.csv").path
        let whole = (try HouseholdFile.read(path: households).0, try WorkerFile.read(path: workers).0)
        let subset = (try HouseholdFile.read(path: households, columns: EmploymentAnalysis.householdColumns).0,
                      try WorkerFile.read(path: workers, columns: EmploymentAnalysis.workerColumns).0)
        #expect(subset.0.columns.count < whole.0.columns.count && subset.1.wageIncome == nil && whole.1.wageIncome != nil)
        let targets = try TargetSet.preset(named: TargetSet.presetNames[0])
        for dimensions: [GroupDimension] in [[], [.township], [.village], [.county, .category]] {
            for listing in [EmploymentReport.Listing.groups, .households, .zeroEmployment] {
                let documents = try [whole, subset].map { households, workers in
                    let analysis = try EmploymentAnalysis(households: households, workers: workers, by: dimensions)
                    return try EmploymentReport(analysis, listing: listing, targets: targets)
                        .document(language: .en, alwaysWarnings: true).rendered(as: .json, language: .en)
                }
                #expect(documents[0] == documents[1], "by \(dimensions), \(listing)")
            }
        }
    }
}
