import Foundation
import RuralStatCore
import RuralStatForecast
import RuralStatLinearAlgebra
import RuralStatRegression
import RuralStatText

/// The risk score's model (返贫风险): the probability that a household's next year is an
/// event — pci below next year's line, or pci down by d (30%) or more — fitted on the panel's
/// own past transitions, beside the forecasting model's `p_below_line`.
///
/// Both stand on the forecasting model (``RuralStatForecast/HouseholdModel``), fitted on the
/// same transitions:
///
/// 1. its one-year law of each household's income (``RuralStatForecast/NextYearDistribution``)
///    gives the outlook probabilities P(pci_t+1 < z_t+1) and P(pci_t+1 < max(z_t+1, (1 − d)·pci_t));
/// 2. a ridge-penalised logistic regression (``RuralStatRegression/PenalizedLogisticRegression``)
///    of the event on the standardised predictors of ``RiskFeatures`` (SPEC §3.2 indicators,
///    income make-up, employment, household traits, village and household history) and the
///    logits of the two outlook probabilities gives the score;
/// 3. `p_below_line` is the forecasting model's own, recalibrated at the line
///    (``RuralStatForecast/LineProbability``) — the number `ruralstat forecast --per-household`
///    gives for the same household.
///
/// score = 100 · P̂(event). Each factor's contribution to the household's log-odds is
/// Σⱼ βⱼ·(xⱼ − x̄ⱼ)/sⱼ over its predictors (x̄, s: training mean and SD), the household
/// against the average training household; the reasons are the (at most four) factors with
/// the largest positive contributions among those that describe the household. See the
/// article *The risk score*.
public struct RiskModel: Sendable {
    /// The last outcome year of the training transitions (t + 1 ≤ this).
    public let lastOutcomeYear: Int
    /// The transitions fitted on (after thinning to ``RiskSettings/maximumTrainingRows``).
    public let trainingTransitions: Int
    /// The event rate of the training transitions.
    public let baseRate: Double
    /// The names of the logistic models' predictors (after the intercept).
    public static var predictorNames: [String] {
        RiskFeatures.predictors.map(\.name) + ["outlook_event_logit", "outlook_below_logit"]
    }

    let features: RiskFeatures
    /// The forecasting model's one-year law of the scored rows (those of ``lastOutcomeYear``).
    let outlook: NextYearDistribution
    /// `p_below_line` of the scored rows; `nil` without lines to calibrate it on.
    let belowLine: [Double]?
    /// For each panel row of ``lastOutcomeYear``, its position among the scored rows.
    let scoredIndex: [Int32]
    /// Training means and SDs of the logistic models' predictors (SD 1 for a constant predictor).
    let means: [Double]
    let deviations: [Double]
    /// β of the score model: intercept, then one per standardised predictor.
    public let coefficients: [Double]

    /// Fits the model on `risk`'s transitions whose outcome year is at most `lastOutcomeYear`.
    ///
    /// - Throws: ``RiskError`` when there are too few transitions or the fit fails.
    public init(_ risk: RiskPanel, lastOutcomeYear: Int) throws(RiskError) {
        try self.init(RiskFeatures(risk), lastOutcomeYear: lastOutcomeYear)
    }

    /// Fits on prepared predictors (the back-test fits several years on one preparation),
    /// starting the logistic fits from `previous`'s estimates when given (the estimates are the
    /// same to the fits' tolerance; only the number of steps changes).
    init(_ features: RiskFeatures, lastOutcomeYear: Int, startingFrom previous: RiskModel? = nil) throws(RiskError) {
        self.features = features
        self.lastOutcomeYear = lastOutcomeYear
        let risk = features.risk
        let panel = risk.panel
        var origins: [Int] = []
        for row in 0..<panel.count {
            let next = Int(risk.nextRow[row])
            if next >= 0, Int(panel.year[next]) <= lastOutcomeYear { origins.append(row) }
        }
        origins = origins.atFixedStride(atMost: risk.settings.maximumTrainingRows)
        let k = RiskFeatures.count
        guard origins.count >= 10 * (k + 3) else {
            throw RiskError("too few year-to-year transitions up to \(lastOutcomeYear) to fit the risk model: "
                + "\(origins.count), at least \(10 * (k + 3)) needed",
                "截至\(lastOutcomeYear)年的逐年变化太少，无法拟合风险模型：只有 \(origins.count) 个，至少需要 \(10 * (k + 3)) 个",
                tooLittleHistory: true)
        }
        trainingTransitions = origins.count
        let m = origins.count
        // The features of the training rows, one column per predictor, and the events.
        var columns = [[Double]](repeating: [Double](repeating: 0, count: m), count: k)
        var event = [Double](repeating: 0, count: m)
        var buffer = [Double](repeating: 0, count: k)
        buffer.withUnsafeMutableBufferPointer { x in
            for (i, row) in origins.enumerated() {
                features.fill(row, into: x)
                for j in 0..<k { columns[j][i] = x[j] }
                event[i] = features.event[Int(risk.nextRow[row])]
            }
        }
        baseRate = event.reduce(0, +) / Double(m)
        // The forecasting model on the transitions that end by lastOutcomeYear.
        let design = features.forecastDesign
        let scored = design.rows(ofYear: lastOutcomeYear)
        var scoredIndex = [Int32](repeating: -1, count: panel.count)
        for (i, row) in scored.enumerated() { scoredIndex[row] = Int32(i) }
        self.scoredIndex = scoredIndex
        let trainingLaw: NextYearDistribution
        do {
            let first = Int(features.firstYear)
            let householdModel = try HouseholdModel(
                design: design, originYears: first...max(first, lastOutcomeYear - 1),
                maximumTransitions: RiskSettings.maximumForecastTransitions)
            trainingLaw = try NextYearDistribution(model: householdModel, design: design, rows: origins)
            outlook = try NextYearDistribution(model: householdModel, design: design, rows: scored)
            let lines = risk.settings.lines
            belowLine = lines.isEmpty ? nil : try LineProbability(model: householdModel, design: design) { lines[$0] }
                .probabilities(design: design, rows: scored) { lines[$0] }
        } catch {
            throw RiskError(LocalizedText(en: "the forecasting model behind the risk score could not be fitted: ", zh: "无法拟合风险评分所依据的收入预测模型：")
                + LocalizedText(describing: error))
        }
        // The logistic model's predictors: the features, then the outlook's two logits.
        var eventLogit = [Double](repeating: 0, count: m), belowLogit = [Double](repeating: 0, count: m)
        for (i, row) in origins.enumerated() {
            (eventLogit[i], belowLogit[i]) = Self.outlookLogits(trainingLaw, i, features, row: row)
        }
        columns += [eventLogit, belowLogit]
        let means = columns.map { $0.reduce(0, +) / Double(m) }
        let deviations = columns.indices.map { j in
            let mean = means[j]
            let sd = (columns[j].reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(m)).squareRoot()
            return sd > 1e-12 ? sd : 1
        }
        for j in columns.indices {
            let (mean, sd) = (means[j], deviations[j])
            columns[j] = columns[j].map { ($0 - mean) / sd }
        }
        self.means = means
        self.deviations = deviations
        let standardised = Matrix(rows: m, columns: [[Double](repeating: 1, count: m)] + columns)
        let penalised = [false] + [Bool](repeating: true, count: columns.count)
        let penalty = risk.settings.penalty
        // Scores need far less than the default's 10⁻¹¹: 10⁻⁷ moves no score by 10⁻⁵ points. IRLS
        // has no step control, so a start from another year's fit that fails is retried from glm's.
        func fit(_ response: [Double], start: [Double]?) throws(RiskError) -> [Double] {
            if let start, let warm = try? PenalizedLogisticRegression(
                design: standardised, response: response, penalty: penalty, penalised: penalised, start: start,
                tolerance: 1e-7) {
                return warm.coefficients
            }
            do {
                return try PenalizedLogisticRegression(
                    design: standardised, response: response, penalty: penalty, penalised: penalised,
                    tolerance: 1e-7).coefficients
            } catch {
                throw RiskError(LocalizedText(en: "the risk score model for \(lastOutcomeYear) could not be fitted: ",
                                          zh: "无法拟合\(lastOutcomeYear)年的风险评分模型：") + LocalizedText(describing: error))
            }
        }
        coefficients = try fit(event, start: previous?.coefficients)
    }

    /// The threshold amounts of `row`'s events next year (``RiskPanel/eventThreshold(_:)``).
    static func thresholds(_ features: RiskFeatures, _ row: Int) -> (line: Double, event: Double) {
        features.risk.eventThreshold(row)
    }

    /// The outlook's logits of P(event) and P(below the line) for `row`, the `index`-th row of
    /// `law`, each clamped to ±8 (0 where the law is unknown: a missing regressor).
    static func outlookLogits(_ law: NextYearDistribution, _ index: Int, _ features: RiskFeatures, row: Int)
        -> (event: Double, below: Double) {
        let (line, event) = thresholds(features, row)
        func logit(_ p: Double) -> Double {
            guard p.isFinite else { return 0 }
            let clamped = min(max(p, 3e-4), 1 - 3e-4)
            return log(clamped / (1 - clamped))
        }
        return (logit(law.probability(index, below: event)), logit(law.probability(index, below: line)))
    }

    /// The score of household-year `row` (a row of ``lastOutcomeYear``): probability, score,
    /// `p_below_line` and reasons.
    public func score(_ row: Int) -> RiskScore {
        let index = Int(scoredIndex[row])
        precondition(index >= 0, "a risk model scores the rows of its last outcome year")
        let k = RiskFeatures.count
        var x = [Double](repeating: 0, count: k + 2)
        x.withUnsafeMutableBufferPointer { all in
            features.fill(row, into: UnsafeMutableBufferPointer(rebasing: all[0..<k]))
        }
        (x[k], x[k + 1]) = Self.outlookLogits(outlook, index, features, row: row)
        var eta = coefficients[0]
        var byFactor = [Double](repeating: 0, count: RiskFactor.allCases.count)
        for j in x.indices {
            let contribution = coefficients[j + 1] * (x[j] - means[j]) / deviations[j]
            eta += contribution
            byFactor[Self.factorOfPredictor[j]] += contribution
        }
        let reasons = RiskFactor.allCases.enumerated()
            .filter { byFactor[$0.offset] > 0 && features.describes($0.element, row: row, predictors: x) }
            .sorted { byFactor[$0.offset] > byFactor[$1.offset] }
            .prefix(RiskScore.maximumReasons)
            .map { RiskScore.Reason(factor: $0.element, contribution: byFactor[$0.offset]) }
        let below = belowLine.map { $0[index] }
        return RiskScore(probability: PenalizedLogisticRegression.logistic(eta),
                         pBelowLine: below?.isNaN == false ? below : nil, reasons: Array(reasons),
                         intercept: coefficients[0], contributions: byFactor)
    }

    /// For each predictor of the logistic models, its factor's position in `RiskFactor.allCases`.
    private static let factorOfPredictor: [Int] = (RiskFeatures.predictors.map(\.factor) + [.outlook, .outlook])
        .map { factor in RiskFactor.allCases.firstIndex(of: factor)! }
}

/// A household-year's risk score and what drives it.
public struct RiskScore: Sendable, Hashable {
    /// The most reasons given.
    public static let maximumReasons = 4

    /// A factor that raised the score, with its contribution to the log-odds.
    public struct Reason: Sendable, Hashable {
        /// The factor.
        public let factor: RiskFactor
        /// Its contribution to the log-odds against the average household (> 0).
        public let contribution: Double
    }

    /// P̂(event next year).
    public let probability: Double
    /// `p_below_line`: P(pci_t+1 < z_t+1), the forecasting model's (``RuralStatForecast/LineProbability``);
    /// `nil` without lines or where a regressor is missing.
    public let pBelowLine: Double?
    /// The factors that raised the score most, largest first (at most four).
    public let reasons: [Reason]
    /// The log-odds of the average training household (the score model's intercept).
    public let intercept: Double
    /// Each factor's contribution to the log-odds, in `RiskFactor.allCases` order:
    /// log(p / (1 − p)) = ``intercept`` + Σ contributions.
    public let contributions: [Double]
    /// The score, 100 · ``probability``.
    public var score: Double { 100 * probability }
}
