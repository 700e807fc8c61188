/// The thresholds and choices of a risk analysis (SPEC §3.2), all shown with its output.
///
/// The defaults are SPEC §3.2's (d = 0.30, m = 1.5, rigid 0.5, 10,000 yuan) and the
/// departments' push rules as they are practised (medical insurance: out-of-pocket costs of
/// 5,000 yuan for 脱贫人口 — `alleviated` and `unstable` — and 20,000 for other rural
/// residents; education: more than 10,000 yuan).
public struct RiskSettings: Sendable, Hashable {
    /// d: a household-year has `sudden_drop` when `pci_change` ≤ −d. Default 0.30.
    public var drop: Double
    /// m: `near_line` is z ≤ pci < m·z. Default 1.5.
    public var near: Double
    /// `rigid_expense` is `rigid_burden` at or above this. Default 0.5.
    public var rigid: Double
    /// `under_10k` is pci below this amount, yuan per person. Default 10,000 (Kazuo's 万元).
    public var lowIncome: Double
    /// The monitoring line z_t of each year, yuan per person; a year without a line has no
    /// `below_line`, `near_line` or readiness income conditions.
    public var lines: [Int: Double]
    /// Push rule: medical expense at or above this for 脱贫人口 (`alleviated`, `unstable`). Default 5,000.
    public var medicalPushAlleviated: Double
    /// Push rule: medical expense at or above this for every other household. Default 20,000.
    public var medicalPushOther: Double
    /// Push rule: education expense above this. Default 10,000.
    public var educationPush: Double
    /// A score at or above this is level `high`. Default 50.
    public var highScore: Double
    /// A score at or above this (and below ``highScore``) is level `medium`. Default 25.
    public var mediumScore: Double
    /// The ridge penalty λ of the score's logistic model, on standardised predictors. Default 1.
    public var penalty: Double
    /// The most transitions a model is fitted on; more are thinned by a fixed stride. Default 50,000:
    /// ample for some 45 coefficients, and what keeps a million-row back-test within 30 seconds.
    public var maximumTrainingRows: Int
    /// The most transitions the forecasting model behind the score is fitted on (a fixed
    /// stride over more): 200,000, so that a million-row file is scored in seconds. A file with
    /// more transitions than this gets a `p_below_line` from the model fitted on these, which
    /// can differ a little from `ruralstat forecast --per-household`'s, fitted on every one.
    public static let maximumForecastTransitions = 200_000

    /// Settings with the given values (the defaults when omitted).
    public init(
        drop: Double = 0.30, near: Double = 1.5, rigid: Double = 0.5, lowIncome: Double = 10_000,
        lines: [Int: Double] = [:], medicalPushAlleviated: Double = 5_000, medicalPushOther: Double = 20_000,
        educationPush: Double = 10_000, highScore: Double = 50, mediumScore: Double = 25, penalty: Double = 1,
        maximumTrainingRows: Int = 50_000
    ) {
        self.drop = drop
        self.near = near
        self.rigid = rigid
        self.lowIncome = lowIncome
        self.lines = lines
        self.medicalPushAlleviated = medicalPushAlleviated
        self.medicalPushOther = medicalPushOther
        self.educationPush = educationPush
        self.highScore = highScore
        self.mediumScore = mediumScore
        self.penalty = penalty
        self.maximumTrainingRows = maximumTrainingRows
    }

    /// The risk level of a score 0–100.
    public func level(of score: Double) -> RiskLevel {
        score >= highScore ? .high : score >= mediumScore ? .medium : .low
    }
}

/// A household's risk level, from its score and the settings' cut-offs.
public enum RiskLevel: String, Sendable, Hashable, CaseIterable {
    /// At or above ``RiskSettings/highScore``.
    case high
    /// At or above ``RiskSettings/mediumScore``.
    case medium
    /// Below ``RiskSettings/mediumScore``.
    case low
}
