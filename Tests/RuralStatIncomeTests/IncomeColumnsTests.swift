import Foundation
import RuralStatCore
import RuralStatData
import RuralStatIncome
import RuralStatPresentation
import RuralStatReport
import RuralStatTargets
import RuralStatText
import Testing

/// The bundled sample read with only ``IncomeAnalysis/householdColumns`` gives the reports the
/// whole file gives: every grouping, a line, growth, and a preset's targets (judged by county).
@Suite struct IncomeColumnsTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(components: "Datasets", "sample", "households.csv").path

    @Test func theAnalysisOfItsColumnsEqualsTheWholeFiles() throws {
        let (whole, _) = try HouseholdFile.read(path: Self.sample)
        let (subset, _) = try HouseholdFile.read(path: Self.sample, columns: IncomeAnalysis.householdColumns)
        #expect(subset.columns.count < whole.columns.count)
        let targets = try TargetSet.preset(named: TargetSet.presetNames[0])
        let groupings: [[GroupDimension]] = [[], [.county], [.township, .category], [.village, .category],
                                             [.county, .village, .category]]
        for dimensions in groupings {
            let documents = try [whole, subset].map { panel in
                let analysis = try IncomeAnalysis(panel: panel, by: dimensions, line: .fixed(6900), growthRate: 0.1)
                return try IncomeReport(analysis, targets: targets).document(language: .en)
                    .rendered(as: .json, language: .en)
            }
            #expect(documents[0] == documents[1], "by \(dimensions)")
        }
    }
}
