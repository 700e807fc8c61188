/// A fitted mean for one new row with its confidence interval and the prediction interval for
/// a new observation there (R: `predict(fit, newdata, interval = …)`).
public struct Prediction: Sendable, Equatable {
    /// The fitted mean x₀β.
    public let fit: Double
    /// Its standard error σ·√(x₀(XᵀWX)⁻¹x₀ᵀ).
    public let standardError: Double
    /// The lower end of the confidence interval for the mean: fit − t·se.
    public let lowerConfidence: Double
    /// The upper end of the confidence interval for the mean: fit + t·se.
    public let upperConfidence: Double
    /// The lower end of the prediction interval for an observation of weight w₀:
    /// fit − t·√(se² + σ²/w₀).
    public let lowerPrediction: Double
    /// The upper end of the prediction interval: fit + t·√(se² + σ²/w₀).
    public let upperPrediction: Double

    /// A prediction with all values NaN (a row with a missing value).
    static let missing = Prediction(
        fit: .nan, standardError: .nan, lowerConfidence: .nan, upperConfidence: .nan, lowerPrediction: .nan,
        upperPrediction: .nan)
}
