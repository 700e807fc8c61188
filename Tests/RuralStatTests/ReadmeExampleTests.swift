import RuralStat
import Testing

/// The library example of README.md, line for line, with its results checked.
@Suite struct ReadmeExampleTests {
    @Test func theReadmeExampleRuns() throws {
        let (panel, _) = try HouseholdFile.read(path: BundledSample.directory() + "/households.csv")
        let income = try IncomeAnalysis(panel: panel, by: [.category], line: .fixed(6900))
        let latest = income.years.last!
        let pci = income.cell(year: latest, category: .alleviated)!.pci
        let model = try LinearModel(Formula("pci ~ household_size"), data: ModelData(panel: panel))
        let estimates = try model.summary(.hc1).coefficients.map(\.estimate)

        // Against the sample's own numbers, summed here by hand from the panel's columns.
        #expect(latest == 2024)
        var net = 0.0, persons = 0.0
        for row in 0..<panel.count where panel.year[row] == 2024 && panel.category(row) == .alleviated {
            net += panel.net(row)
            persons += Double(panel.householdSize[row])
        }
        #expect(abs(pci - net / persons) <= 1e-9 * abs(pci))
        // The OLS slope of pci on size: cov(size, pci) / var(size).
        let x: [Double] = panel.householdSize.map(Double.init)
        let y: [Double] = (0..<panel.count).map(panel.pci)
        let mx = x.reduce(0, +) / Double(x.count)
        let my = y.reduce(0, +) / Double(y.count)
        var sxy = 0.0, sxx = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
        }
        let slope = sxy / sxx
        #expect(estimates.count == 2)
        #expect(abs(estimates[1] - slope) <= 1e-8 * abs(slope))
        #expect(abs(estimates[0] - (my - slope * mx)) <= 1e-8 * abs(my))
    }
}
