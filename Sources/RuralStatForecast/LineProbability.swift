import Foundation
import RuralStatCore
import RuralStatLinearAlgebra
import RuralStatRegression

/// `p_below_line`: the probability that a household of year t has a pci below the line
/// z_t+1 in year t + 1 — the forecasting model's predictive probability, recalibrated on the
/// model's own transitions.
///
/// The household model's law (``NextYearDistribution``) is log-normal around its mean, and
/// that shape is wrong just above the line: assistance holds many households in the band
/// above it, so falls below it are far rarer than a symmetric spread says (on `synth` panels
/// the raw probability of households predicted 30–40% came true for 3%). So the model's
/// probability p₀ = P(pci_t+1 < z_t+1) is only the first predictor of a distribution regression
/// (Foresi & Peracchi 1995) fitted on the transitions the model was fitted on:
///
///     logit p = β₀ + β₁·logit p₀ + β₂·r + Σₖ β₂₊ₖ·max(r − κₖ, 0) + γ·(wage, transfer share)
///               + δ·(monitoring object),
///     r = log(max(pci_t, 1) / z_t+1) within [−3, 3],  κ = 0, log 1.2, log 1.5, log 2, log 3,
///
/// The make-up and the category carry what a location–scale law misses near the line: a
/// household living on transfers just above it is held there, one on a single wage is not
/// (on `synth` seed 101, out of time, r alone ranks the event with AUC 0.61; with the two
/// shares 0.75).
///
/// by ``RuralStatRegression/PenalizedLogisticRegression`` on standardised predictors (ridge
/// λ = 1, intercept free), on at most ``maximumTrainingRows`` transitions taken at a fixed
/// stride. z_t+1 is the line of t + 1, or that of t when none is given for t + 1; a household
/// of a year with neither has no `p_below_line`. With fewer than ``minimumTrainingRows`` past
/// transitions that have a line (lines given only for the years ahead, a short panel) there is
/// nothing to calibrate on, and `p_below_line` is the model's own p₀ (``isCalibrated`` false,
/// which the outputs say).
public struct LineProbability: Sendable {
    /// The most transitions the calibration is fitted on.
    public static let maximumTrainingRows = 50_000
    /// The fewest transitions with a line the calibration is fitted on.
    public static let minimumTrainingRows = 100
    /// The knots κ of r, the log ratio of pci to the line.
    static let knots = [0, log(1.2), log(1.5), log(2.0), log(3.0)]
    /// The number of predictors after the intercept.
    static let predictorCount = 2 + knots.count + 3

    /// The fitted household model.
    public let model: HouseholdModel
    /// β on the standardised predictors, intercept first; empty when not calibrated.
    public let coefficients: [Double]
    /// Whether there were past transitions enough to calibrate p₀.
    public var isCalibrated: Bool { !coefficients.isEmpty }
    /// The transitions fitted on.
    public let trainingTransitions: Int
    /// The share of those transitions that ended below the line.
    public let observedRate: Double
    private let means: [Double], deviations: [Double]

    /// Fits the calibration of `model` on its transitions that have a line.
    ///
    /// - Parameter line: the line of a year, or `nil`.
    /// - Throws: ``ForecastError`` (no data) when the calibration's fit fails; ``RegressionError``
    ///   for a level the model did not see.
    public init(model: HouseholdModel, design: ForecastDesign, line: (Int) -> Double?) throws {
        self.model = model
        let origins = design.transitionRows(originYears: model.originYears)
            .filter { Self.nextLine(design, $0, line) != nil }
            .atFixedStride(atMost: Self.maximumTrainingRows)
        let law = try NextYearDistribution(model: model, design: design, rows: origins)
        var columns = [[Double]](repeating: [], count: Self.predictorCount)
        var outcome: [Double] = []
        for (i, row) in origins.enumerated() {
            guard let x = Self.predictors(design, row, index: i, law: law, line: line) else { continue }
            for j in x.indices { columns[j].append(x[j]) }
            let z = Self.nextLine(design, row, line)!
            outcome.append(design.panel.pci(Int(design.nextRow[row])) < z ? 1 : 0)
        }
        let m = outcome.count
        trainingTransitions = m
        observedRate = m > 0 ? outcome.reduce(0, +) / Double(m) : .nan
        guard m >= Self.minimumTrainingRows else {
            (coefficients, means, deviations) = ([], [], [])
            return
        }
        means = columns.map { $0.reduce(0, +) / Double(m) }
        deviations = columns.indices.map { [means] j in
            let sd = (columns[j].reduce(0) { $0 + ($1 - means[j]) * ($1 - means[j]) } / Double(m)).squareRoot()
            return sd > 1e-12 ? sd : 1
        }
        let standardised = Matrix(
            rows: m, columns: [[Double](repeating: 1, count: m)]
                + columns.indices.map { [means, deviations] j in columns[j].map { ($0 - means[j]) / deviations[j] } })
        do {
            coefficients = try PenalizedLogisticRegression(
                design: standardised, response: outcome, penalty: 1, penalised: [false] + Array(repeating: true, count: Self.predictorCount),
                tolerance: 1e-9).coefficients
        } catch {
            throw ForecastError(.noData, "p_below_line could not be calibrated: \(error)", "无法校准低于监测线概率：\(error)")
        }
    }

    /// `p_below_line` for each of `rows` (households of any year t, for t + 1): NaN where the
    /// year has no line or a regressor is missing.
    ///
    /// - Throws: ``RegressionError`` for a level the model did not see.
    public func probabilities(design: ForecastDesign, rows: [Int], line: (Int) -> Double?) throws -> [Double] {
        let law = try NextYearDistribution(model: model, design: design, rows: rows)
        return rows.indices.map { i in
            guard let x = Self.predictors(design, rows[i], index: i, law: law, line: line) else { return .nan }
            guard isCalibrated else { return law.probability(i, below: Self.nextLine(design, rows[i], line)!) }
            var eta = coefficients[0]
            for j in x.indices { eta += coefficients[j + 1] * (x[j] - means[j]) / deviations[j] }
            return PenalizedLogisticRegression.logistic(eta)
        }
    }

    /// z_t+1 for a row of year t: the line of t + 1, else that of t.
    static func nextLine(_ design: ForecastDesign, _ row: Int, _ line: (Int) -> Double?) -> Double? {
        let year = Int(design.panel.year[row])
        return (line(year + 1) ?? line(year)).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
    }

    /// The predictors of `row` (the `index`-th row of `law`), or `nil` without a line or a law.
    private static func predictors(
        _ design: ForecastDesign, _ row: Int, index: Int, law: NextYearDistribution, line: (Int) -> Double?
    ) -> [Double]? {
        guard let z = nextLine(design, row, line) else { return nil }
        let p0 = law.probability(index, below: z)
        guard p0.isFinite else { return nil }
        let clamped = min(max(p0, 1e-4), 1 - 1e-4)
        let r = min(max(log(max(design.panel.pci(row), 1) / z), -3), 3)
        let panel = design.panel
        let monitored: Double = panel.category(row)?.isMonitoringObject == true ? 1 : 0
        return [log(clamped / (1 - clamped)), r] + knots.map { max(r - $0, 0) }
            + [design.share(panel.wageIncome, row), design.share(panel.transferIncome, row), monitored]
    }
}
