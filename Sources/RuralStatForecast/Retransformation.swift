import Foundation

/// How a forecast on the log scale is turned back into yuan without the bias of exp(E[log y]).
///
/// Both add the household's own noise σₕ·z to the mean on the log scale before exp, and
/// differ in the law of z:
///
/// - ``smearing``: z is drawn from the model's own standardised residuals (Duan 1983, here
///   with each household's σₕ, so it is the smearing estimate of a heteroscedastic model).
///   The expected value is exp(xβ)·mean exp(σₕ zᵢ), whatever the residuals' law.
/// - ``lognormal``: z is normal with the residuals' variance s², and the expected value
///   exp(xβ + σₕ²s²/2) — right only when the log residuals are normal. (Simulated normal
///   draws come from ``NormalQuantileTable``.)
///
/// The default is ``lognormal``, chosen by back-test (the module's article): on `synth`
/// panels its household 90% intervals covered 92.0% and 90.1% of outcomes one and two years
/// ahead, smearing's 86.9% and 84.2%. The standardised residuals' heavy lower tail (operating
/// losses floored on the log scale) lands on every household once rescaled by its own σₕ,
/// which widens the lower tail where it is not and narrows the centre.
public enum Retransformation: String, Sendable, Hashable, CaseIterable {
    /// Draw z from the standardised residuals (Duan's smearing).
    case smearing
    /// Draw z from a normal law with the residuals' variance (the log-normal correction).
    case lognormal

    /// E[exp(σ·z)] for the noise law of this retransformation on `residuals`: the factor by
    /// which exp(xβ) is multiplied to give the expected value.
    ///
    /// - Precondition: `residuals` is not empty.
    public func factor(sigma: Double, residuals: [Double]) -> Double {
        precondition(!residuals.isEmpty, "retransformation needs residuals")
        switch self {
        case .smearing:
            return residuals.reduce(0) { $0 + exp(sigma * $1) } / Double(residuals.count)
        case .lognormal:
            let s2 = residuals.reduce(0) { $0 + $1 * $1 } / Double(residuals.count)
            return exp(sigma * sigma * s2 / 2)
        }
    }
}

/// The standardised noise z of a ``Retransformation`` as a table of equally likely values:
/// the residuals themselves (smearing), or ``NormalQuantileTable`` (log-normal), scaled by
/// ``scale`` (1 for the residuals, their root mean square for the normal law).
struct NoiseSampler: Sendable {
    /// The equally likely values of z before scaling.
    let table: [Double]
    /// The factor applied to a table value.
    let scale: Double

    init(_ law: Retransformation, residuals: [Double]) {
        precondition(!residuals.isEmpty, "a sampler needs residuals")
        switch law {
        case .smearing:
            table = residuals
            scale = 1
        case .lognormal:
            table = NormalQuantileTable.values
            scale = (residuals.reduce(0) { $0 + $1 * $1 } / Double(residuals.count)).squareRoot()
        }
    }
}
