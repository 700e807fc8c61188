/// How the covariance matrix of the coefficients — and so their standard errors — is
/// estimated.
///
/// With e the residuals, h the leverages (diagonal of the hat matrix), n observations, k the
/// rank and, for clusters, G groups (all after row weighting, as R's `sandwich` does for
/// weighted `lm` fits):
///
/// | case | covariance | R |
/// |---|---|---|
/// | ``classical`` | σ²(XᵀX)⁻¹, σ² = Σe²/(n − k) | `vcov(lm)` |
/// | ``hc0`` | (XᵀX)⁻¹ Xᵀdiag(e²)X (XᵀX)⁻¹ | `vcovHC(type = "HC0")` |
/// | ``hc1`` | HC0 · n/(n − k) (Stata's `robust`) | `vcovHC(type = "HC1")` |
/// | ``hc2`` | eᵢ² replaced by eᵢ²/(1 − hᵢ) | `vcovHC(type = "HC2")` |
/// | ``hc3`` | eᵢ² replaced by eᵢ²/(1 − hᵢ)² | `vcovHC(type = "HC3")` |
/// | ``cluster`` | (XᵀX)⁻¹ (Σ_g u_g u_gᵀ)(XᵀX)⁻¹ · G/(G − 1) · (n − 1)/(n − k), u_g = Σ_{i∈g} xᵢeᵢ | `vcovCL(type = "HC1")`, Stata `vce(cluster)` |
public enum CovarianceType: String, Sendable, Hashable, CaseIterable {
    /// The classical, homoskedastic estimate.
    case classical
    /// White's heteroskedasticity-consistent estimate without correction.
    case hc0
    /// HC0 with the degrees-of-freedom correction n/(n − k).
    case hc1
    /// HC0 with squared residuals inflated by 1/(1 − h).
    case hc2
    /// HC0 with squared residuals inflated by 1/(1 − h)², close to the jackknife.
    case hc3
    /// One-way cluster-robust with the Stata/`sandwich` HC1 small-sample correction, by the
    /// fit's ``LinearFit/clusters``.
    case cluster

    /// The short name used in output: `classical`, `HC0` … `HC3`, `cluster`.
    public var name: String {
        self == .classical || self == .cluster ? rawValue : rawValue.uppercased()
    }
}
