import Foundation
import RuralStatCore
@testable import RuralStatForecast
import RuralStatRegression
import Testing

/// The model on a panel whose incomes grow: households revert toward the county's mean of
/// their own year, so forecasts keep up with the growth instead of being pulled back toward
/// the level of the years fitted on.
@Suite struct GrowingPanelTests {
    /// log pci = 0.12·(year − 2018) + x, x an AR(1) with ρ = 0.6, σ = 0.2 and mean 9: next year's
    /// county mean log pci is this year's plus 0.12, whatever the slope. A model without the
    /// year's centre fits log_pci_next = a + 0.6·log_pci with a from the years fitted on, and
    /// under-forecasts by about (1 − 0.6)·0.12 a year per year beyond them.
    @Test func groupForecastKeepsUpWithGrowth() throws {
        let process = KnownProcess(a: 3.6, rho: 0.6, households: 3_000, years: 2018...2024, growth: 0.12)
        let test = try Backtest(
            design: ForecastDesign(process.panel()), grouping: try Grouping(process.panel(), by: []),
            settings: ForecastSettings(horizon: 2, draws: 300), formula: try .init("log_pci_next ~ log_pci"))
        #expect(test.groups.count == 5 + 4, "2020–2024 one year ahead, 2021–2024 two")
        for case_ in test.groups {
            let error = case_.forecast / case_.actual - 1
            #expect(abs(error) < 0.02, "\(case_.year), \(case_.horizon) ahead: \(error)")
        }
    }

    /// c_t is the weighted mean of the transformed pci over the year's rows, by hand.
    @Test func centreIsTheYearsWeightedMean() throws {
        var panel = KnownProcess(households: 3, years: 2020...2021).panel()
        panel.weight = [1, 3, 1, 1, 2, 1]
        let design = ForecastDesign(panel)
        for year in 2020...2021 {
            let rows = (0..<panel.count).filter { panel.year[$0] == Int32(year) }
            let w = rows.map { panel.weight![$0] }, s = rows.map { log(max(panel.pci($0), 100)) }
            let expected = zip(w, s).map(*).reduce(0, +) / w.reduce(0, +)
            #expect(abs(design.centre(ofYear: year) - expected) < 1e-12)
            for row in rows { #expect(abs(design.position(row) - (log(max(panel.pci(row), 100)) - expected)) < 1e-12) }
        }
    }

    /// Knots at the 10/25/50/75/90% quantiles (type 7), without repeats or the lowest value;
    /// the hinges are max(log_pci − κ, 0) in the model table.
    @Test func splineKnotsAndHinges() throws {
        let states = (0..<11).map(Double.init)  // 0 … 10: type-7 quantiles are 1, 2.5, 5, 7.5, 9
        #expect(StateSpline(states: states).knots == [1, 2.5, 5, 7.5, 9])
        let skewed = StateSpline(states: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]).knots  // only Q(0.9) = 0.1 is above 0
        #expect(skewed.count == 1 && abs(skewed[0] - 0.1) < 1e-12, "\(skewed)")
        #expect(StateSpline(states: [3, 3, 3]).knots.isEmpty, "every knot at the lowest value")
        #expect(StateSpline(states: []).knots.isEmpty)
        let design = ForecastDesign(KnownProcess(households: 200, years: 2019...2021).panel())
        let model = try HouseholdModel(design: design, originYears: 2019...2020)
        #expect(model.spline.knots.count == 5)
        #expect(model.formula.text.contains("log_pci_hinge5"))
        let rows = Array(0..<20)
        let data = design.modelData(rows: rows, spline: model.spline)
        guard case .numeric(let hinge)? = data.column(named: "log_pci_hinge3") else { Issue.record("no hinge"); return }
        for (i, row) in rows.enumerated() {
            #expect(hinge[i] == max(design.position(row) - model.spline.knots[2], 0))
        }
    }

    /// Each path's σ of the year effect is drawn from its posterior under the prior of m₀
    /// changes of spread σ₀: σ² = (m·σ̂² + m₀·σ₀²)/χ²_{m+m₀}, so with S the pooled
    /// (m·σ̂² + m₀·σ₀²)/(m + m₀), S/σ² = χ²_{m+m₀}/(m + m₀): mean 1 and variance 2/(m + m₀)
    /// (by hand, from the χ² law).
    @Test func yearEffectScaleFollowsItsPosterior() throws {
        let panel = KnownProcess(a: 3.6, rho: 0.6, households: 400, years: 2018...2023, growth: 0.12).panel()
        let model = try HouseholdModel(design: ForecastDesign(panel), originYears: 2018...2021)
        let shock = model.commonShock
        #expect(shock.yearChanges == 3 && shock.yearInnovationVariance > 0)
        let m = 3.0, m0 = Double(CommonShock.priorChanges), s0 = CommonShock.priorInnovationSD
        let pooled = (m * shock.yearInnovationVariance + m0 * s0 * s0) / (m + m0)
        var random = ForecastRandom(seed: 9, stream: 0)
        let ratios = (0..<40_000).map { _ in
            let sd = shock.innovationSD(drawing: &random)
            return pooled / (sd * sd)
        }
        let mean = ratios.reduce(0, +) / Double(ratios.count)
        let variance = ratios.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(ratios.count - 1)
        #expect(abs(mean - 1) < 0.02, "mean \(mean)")
        #expect(abs(variance - 2 / (m + m0)) < 0.03, "variance \(variance)")
        // The innovation σ·z is a Student t with m + m₀ degrees of freedom and scale² pooled,
        // of variance pooled·(m + m₀)/(m + m₀ − 2), the closed form's V_Δ.
        #expect(abs(shock.predictiveInnovationVariance - pooled * (m + m0) / (m + m0 - 2)) < 1e-15)
        var draws = ForecastRandom(seed: 10, stream: 0)
        let innovations = (0..<40_000).map { _ in shock.innovationSD(drawing: &draws) * draws.normal() }
        let spread = innovations.reduce(0) { $0 + $1 * $1 } / Double(innovations.count)
        #expect(abs(spread / shock.predictiveInnovationVariance - 1) < 0.06, "\(spread)")
    }

    /// The prior's σ₀ is the root mean square change of annual log growth of the published
    /// series since 2020 in `Datasets/official`, computed here from the files: growth from the
    /// `nominal_growth` column where given, else from the yuan of consecutive years; the
    /// national series' 2020–2024 growths and the poverty-alleviated counties' 2021–2024 (2020
    /// starts that series' new coverage, so it has no growth).
    @Test func yearEffectPriorIsThePublishedSeriesSpread() throws {
        var squares: [Double] = []
        for name in ["national-rural-disposable-income.csv", "poverty-counties-rural-disposable-income.csv"] {
            let text = try String(contentsOfFile: SeriesForecastTests.officialFile(name), encoding: .utf8)
            var yuan: [Int: Double] = [:], given: [Int: Double] = [:]
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false)
                let year = try #require(Int(fields[0]))
                yuan[year] = Double(fields[2])
                given[year] = Double(fields[3])
            }
            let years = (2020...2024).filter { given[$0] != nil || (yuan[$0] != nil && yuan[$0 - 1] != nil && $0 > 2020) }
            let growth = years.map { log(1 + (given[$0] ?? yuan[$0]! / yuan[$0 - 1]! - 1)) }
            #expect(years == (name.hasPrefix("national") ? Array(2020...2024) : Array(2021...2024)), "\(name): \(years)")
            squares += zip(growth.dropFirst(), growth).map { ($0 - $1) * ($0 - $1) }
        }
        #expect(squares.count == 7)
        let rms = (squares.reduce(0, +) / Double(squares.count)).squareRoot()
        #expect(abs(rms - CommonShock.priorInnovationSD) < 5e-5, "published spread \(rms)")
    }
}
