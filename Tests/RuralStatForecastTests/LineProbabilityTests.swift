import Foundation
import RuralStatCore
@testable import RuralStatForecast
import RuralStatRegression
import Testing

/// `p_below_line`: the model's closed-form one-year law against the process that made the data
/// and against the simulation, and the calibration on top of it.
@Suite struct LineProbabilityTests {
    /// log pciₜ₊₁ = 1 + 0.9·log pciₜ + 0.2·e, e normal: the stationary median is e^10 = 22,026.
    static let process = KnownProcess(households: 3_000, seed: 4_242)
    static let design = ForecastDesign(process.panel())
    static let formula = try! Formula("log_pci_next ~ log_pci")
    /// Φ(x), by erfc (independent of the module's code path through its law).
    static func phi(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// On a log-normal process the closed form is the truth up to estimation error:
    /// P(pci_2024 < 22,026) = Φ((10 − 1 − 0.9·log pci_2023) / 0.2) for every household.
    @Test func closedFormIsTheProcessLaw() throws {
        let model = try HouseholdModel(design: Self.design, originYears: 2018...2022, formula: Self.formula)
        let rows = Self.design.rows(ofYear: 2023)
        let law = try NextYearDistribution(model: model, design: Self.design, rows: rows)
        var worst = 0.0
        for (i, row) in rows.enumerated() {
            let truth = Self.phi((10 - 1 - 0.9 * log(Self.design.panel.pci(row))) / 0.2)
            worst = max(worst, abs(law.probability(i, below: exp(10)) - truth))
            #expect(abs(law.spread[i] - 0.2) < 0.01, "spread \(law.spread[i])")
        }
        #expect(worst < 0.03, "largest gap to the true probability: \(worst)")
    }

    /// The closed form is the one-year margin of the simulation under the log-normal law: at
    /// the quartiles of 4,000 simulated draws it gives ¼ and ¾ (the simulation also carries
    /// the latest year effect, near 0 on this process, hence the tolerance).
    @Test func closedFormIsTheSimulationsMargin() throws {
        let model = try HouseholdModel(design: Self.design, originYears: 2018...2022, formula: Self.formula)
        let rows = Array(Self.design.rows(ofYear: 2023).prefix(40))
        let paths = try HouseholdPaths(model: model, design: Self.design, origins: rows, horizon: 1)
        let law = try NextYearDistribution(model: model, design: Self.design, rows: paths.rows)
        let settings = ForecastSettings(horizon: 1, draws: 4_000, seed: 9, levels: [0.5])
        let simulation = PathSimulation(paths: paths, model: model, transform: Self.design.transform, settings: settings)
        let (_, summaries) = simulation.run(
            aggregates: paths.rows.map { _ in [] }, aggregateCount: 0, presence: nil, householdSummaries: true)
        for h in paths.rows.indices {
            let (lower, upper) = summaries[h][0].intervals[0]
            #expect(abs(law.probability(h, below: lower) - 0.25) < 0.04, "household \(h)")
            #expect(abs(law.probability(h, below: upper) - 0.75) < 0.04, "household \(h)")
        }
    }

    /// Out of time on the known process, the calibrated probability stays on the truth (the
    /// model's law is right there, so the calibration must not bend it) and its mean is the
    /// observed share below the line.
    @Test func calibratedProbabilityOutOfTime() throws {
        let model = try HouseholdModel(design: Self.design, originYears: 2018...2021, formula: Self.formula)
        let line: (Int) -> Double? = { _ in exp(10) }
        let calibration = try LineProbability(model: model, design: Self.design, line: line)
        #expect(calibration.isCalibrated)
        #expect(calibration.trainingTransitions == 4 * 3_000)
        let rows = Self.design.rows(ofYear: 2022)
        let p = try calibration.probabilities(design: Self.design, rows: rows, line: line)
        var gap = 0.0, below = 0.0
        for (i, row) in rows.enumerated() {
            gap += abs(p[i] - Self.phi((10 - 1 - 0.9 * log(Self.design.panel.pci(row))) / 0.2))
            below += Self.design.panel.pci(Int(Self.design.nextRow[row])) < exp(10) ? 1 : 0
        }
        #expect(gap / Double(rows.count) < 0.02, "mean gap to the truth \(gap / Double(rows.count))")
        let meanP = p.reduce(0, +) / Double(p.count), observed = below / Double(rows.count)
        #expect(abs(meanP - observed) < 0.03, "predicted \(meanP), observed \(observed)")
    }

    /// In sample, the unpenalised intercept makes the mean probability the observed rate
    /// (the logistic score equation Σ(y − p) = 0).
    @Test func meanProbabilityIsTheObservedRateInSample() throws {
        let model = try HouseholdModel(design: Self.design, originYears: 2018...2022, formula: Self.formula)
        let lines = [2019: 15_000.0, 2020: 18_000, 2021: 20_000, 2022: 22_000, 2023: 25_000]
        let calibration = try LineProbability(model: model, design: Self.design) { lines[$0] }
        let rows = Self.design.transitionRows(originYears: 2018...2022)
        let p = try calibration.probabilities(design: Self.design, rows: rows) { lines[$0] }
        // 2018 has no line, but 2019's serves its households (z_t+1).
        #expect(!p.contains { $0.isNaN })
        #expect(abs(p.reduce(0, +) / Double(p.count) - calibration.observedRate) < 1e-7)
    }

    /// Lines only for the years ahead: nothing to calibrate on, so `p_below_line` is the
    /// model's own probability, and a year with no line near it gets none.
    @Test func withoutPastLinesTheModelsOwnProbability() throws {
        let model = try HouseholdModel(design: Self.design, originYears: 2018...2022, formula: Self.formula)
        let lines = [2024: 21_000.0]
        let calibration = try LineProbability(model: model, design: Self.design) { lines[$0] }
        #expect(!calibration.isCalibrated && calibration.trainingTransitions == 0)
        let rows = Self.design.rows(ofYear: 2023)
        let p = try calibration.probabilities(design: Self.design, rows: rows) { lines[$0] }
        let law = try NextYearDistribution(model: model, design: Self.design, rows: rows)
        #expect(rows.indices.allSatisfy { p[$0] == law.probability($0, below: 21_000) })
        let earlier = try calibration.probabilities(design: Self.design, rows: Self.design.rows(ofYear: 2020)) { lines[$0] }
        #expect(earlier.allSatisfy { $0.isNaN })
    }
}
