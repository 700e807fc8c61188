import RuralStatCore

/// The odds of the three shocks a synthetic household meets in a year, by its traits.
///
/// Each probability is a logistic function of household and member traits, so that a risk
/// score built on those traits has something real to find:
///
/// - illness (重大疾病): logit −3.3, +1.0 with a chronic illness or disability in the
///   household, +0.035 per year the oldest member is past 55, +0.4 for a monitoring object —
///   from about 4% for a young healthy household to 30% for an old, chronically ill one;
/// - disaster (自然灾害): when the household's village has a disaster year (each village has
///   its own yearly odds, 2–14%), a household is hit with probability 0.4 + 0.5 × its farm
///   share of gross income; otherwise 1% a year;
/// - job loss (失业): per worker, logit −3.0, +0.6 aged 50 or over, −1.5 × skill, +0.4 out
///   of the province, +0.3 in a monitoring object — about 5% for a typical worker.
enum ShockModel {
    /// The logistic function 1 / (1 + e^−x).
    static func logistic(_ x: Double) -> Double { 1 / (1 + PortableMath.exp(-x)) }

    /// The probability of a serious illness in the year.
    static func illnessOdds(chronic: Bool, oldestAge: Int, monitored: Bool) -> Double {
        logistic(-3.3 + (chronic ? 1.0 : 0) + 0.035 * Double(max(oldestAge - 55, 0)) + (monitored ? 0.4 : 0))
    }

    /// The probability that a household is hit, given whether its village has a disaster year.
    static func disasterOdds(villageDisaster: Bool, farmShare: Double) -> Double {
        villageDisaster ? 0.4 + 0.5 * min(max(farmShare, 0), 1) : 0.01
    }

    /// The probability that a worker loses the job during the year.
    static func jobLossOdds(age: Int, skill: Double, outOfProvince: Bool, monitored: Bool) -> Double {
        logistic(-3.0 + (age >= 50 ? 0.6 : 0) - 1.5 * skill + (outOfProvince ? 0.4 : 0) + (monitored ? 0.3 : 0))
    }
}
