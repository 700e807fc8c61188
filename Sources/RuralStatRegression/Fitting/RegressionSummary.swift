import RuralStatCore
import Foundation
import RuralStatLinearAlgebra
import RuralStatText

/// Everything a regression table reports: coefficients with standard errors, t and p, and the
/// fit statistics, under one covariance type — R's `summary(lm)` plus what `AIC`, `BIC`,
/// `logLik`, `kappa` and `sandwich` add.
///
/// Definitions (w the weights, all 1 without them; e the residuals; n observations; k the
/// rank; i = 1 with an intercept, 0 without):
/// - RSS = Σwe²; TSS = Σw(y − ȳ_w)² with an intercept, Σwy² without (as R);
/// - R² = 1 − RSS/TSS; adjusted R² = 1 − (1 − R²)(n − i)/(n − k);
/// - σ = √(RSS/(n − k));
/// - the inference degrees of freedom d: n − k, except G − 1 for the cluster covariance with G
///   clusters (Stata's `vce(cluster)`, statsmodels' `cov_type='cluster', use_t=True`);
/// - F: with classical covariance ((TSS − RSS)/(k − i))/σ² on (k − i, n − k) degrees of
///   freedom; with a robust covariance V the Wald statistic β′V⁻¹β/q over the q = k − i
///   non-intercept coefficients on (q, d) degrees of freedom (R: `lmtest::waldtest(…, vcov = V)`;
///   Stata's robust F). `nil` when q = 0, and undefined (`nil`, with
///   ``fUndefinedReason``) when the cluster covariance, of rank at most G − 1, cannot support
///   q ≥ G slopes, or when V restricted to the slopes is singular;
/// - t = estimate / standard error, p two-sided from Student t on d degrees of freedom;
/// - log-likelihood ℓ = ½(Σ log w − n(log 2π + 1 − log n + log RSS)) (R's `logLik.lm`);
///   AIC = −2ℓ + 2(k + 1), BIC = −2ℓ + (k + 1)·log n: the residual variance counts as a
///   parameter, as in R.
public struct RegressionSummary: Sendable {
    /// One row of the coefficient table.
    public struct Coefficient: Sendable, Equatable {
        /// The term's name, R style: `(Intercept)`, `x1`, `log(x2)`, `C(region)north`, `x1:x2`.
        public let term: String
        /// The estimate; NaN when aliased.
        public let estimate: Double
        /// Its standard error under the summary's covariance type.
        public let standardError: Double
        /// estimate / standard error.
        public let t: Double
        /// The two-sided p-value of t.
        public let p: Double
        /// Whether the term is aliased (dropped for collinearity).
        public let isAliased: Bool
    }

    /// The covariance type's name (`classical`, `HC1`, … or `cluster:<column>`).
    public let covarianceName: String
    /// The coefficient table, in design-column order.
    public let coefficients: [Coefficient]
    /// The observations used, n.
    public let observationCount: Int
    /// n − k.
    public let residualDegreesOfFreedom: Int
    /// The numerical rank k.
    public let rank: Int
    /// R².
    public let rSquared: Double
    /// Adjusted R².
    public let adjustedRSquared: Double
    /// The residual standard deviation σ.
    public let sigma: Double
    /// The number of clusters G for the cluster covariance, `nil` for the others.
    public let clusterCount: Int?
    /// The degrees of freedom of the t tests and of F's denominator: G − 1 for the cluster
    /// covariance, n − k otherwise.
    public let inferenceDegreesOfFreedom: Int
    /// The F statistic; `nil` for a model with nothing beyond an intercept and when it is
    /// undefined (see ``fUndefinedReason``).
    public let fStatistic: Double?
    /// Its numerator degrees of freedom k − i.
    public let fNumeratorDegreesOfFreedom: Int
    /// Its denominator degrees of freedom, ``inferenceDegreesOfFreedom``.
    public var fDenominatorDegreesOfFreedom: Int { inferenceDegreesOfFreedom }
    /// Why F is undefined although the model has slopes (`nil` when F is defined or there
    /// are no slopes): too few clusters for the slopes, or a singular covariance.
    public let fUndefinedReason: LocalizedText?
    /// The p-value of F.
    public let fPValue: Double?
    /// The Gaussian log-likelihood ℓ.
    public let logLikelihood: Double
    /// Akaike's information criterion.
    public let aic: Double
    /// Schwarz's Bayesian information criterion.
    public let bic: Double
    /// The condition number of the column-scaled kept design (see ``LinearFit/conditionNumber``).
    public let conditionNumber: Double
    /// Names of the aliased terms, in design order.
    public let aliased: [String]
    /// The full covariance matrix (NaN for aliased terms).
    public let covariance: Matrix

    /// Summarises `fit`.
    ///
    /// - Parameters:
    ///   - termNames: one name per design column.
    ///   - interceptColumn: the design column that is the intercept, if the model has one.
    ///   - covarianceType: how standard errors are estimated.
    ///   - clusterName: the name of the cluster variable, shown in ``covarianceName``.
    /// - Throws: ``RegressionError`` from the covariance computation.
    public init(
        fit: LinearFit, termNames: [String], interceptColumn: Int?, covarianceType: CovarianceType,
        clusterName: String? = nil
    ) throws {
        precondition(termNames.count == fit.coefficients.count, "one name per design column")
        let n = fit.observationCount
        let residualDF = fit.residualDegreesOfFreedom
        let v = try fit.covariance(covarianceType)
        let groups = covarianceType == .cluster ? fit.clusters.map { Set($0).count } : nil
        let inferenceDF = groups.map { $0 - 1 } ?? residualDF
        clusterCount = groups
        inferenceDegreesOfFreedom = inferenceDF
        let tDistribution = inferenceDF > 0 ? StudentT(degreesOfFreedom: Double(inferenceDF)) : nil
        coefficients = termNames.indices.map { j in
            let estimate = fit.coefficients[j]
            let se = v[j, j].squareRoot()
            let t = estimate / se
            return Coefficient(
                term: termNames[j], estimate: estimate, standardError: se, t: t,
                p: tDistribution?.twoSidedPValue(t) ?? .nan, isAliased: fit.aliased[j])
        }
        covarianceName = covarianceType == .cluster ? "cluster:\(clusterName ?? "id")" : covarianceType.name
        covariance = v
        observationCount = n
        residualDegreesOfFreedom = residualDF
        rank = fit.rank
        sigma = fit.sigma
        conditionNumber = fit.conditionNumber
        aliased = termNames.indices.filter { fit.aliased[$0] }.map { termNames[$0] }

        let interceptCounts = interceptColumn != nil ? 1 : 0
        let rss = fit.residualSumOfSquares
        let tss = Self.totalSumOfSquares(fit, centred: interceptColumn != nil)
        rSquared = 1 - rss / tss
        adjustedRSquared = 1 - (1 - rSquared) * Double(n - interceptCounts) / Double(residualDF)
        let numeratorDF = fit.rank - interceptCounts
        fNumeratorDegreesOfFreedom = numeratorDF
        let f: Double?
        if numeratorDF <= 0 {
            (f, fUndefinedReason) = (nil, nil)
        } else if inferenceDF <= 0 {
            (f, fUndefinedReason) = (nil, LocalizedText(en: "no degrees of freedom are left for the F test",
                                                        zh: "F 检验没有剩余的自由度"))
        } else if let groups, numeratorDF >= groups {
            (f, fUndefinedReason) = (nil, LocalizedText(
                en: "undefined: \(numeratorDF) slopes and \(groups) clusters; "
                    + "the cluster covariance has rank at most G − 1 = \(groups - 1)",
                zh: "无定义：\(numeratorDF) 个斜率、\(groups) 个聚类；聚类协方差矩阵的秩至多为聚类数减一，即 \(groups - 1)"))
        } else if covarianceType == .classical {
            (f, fUndefinedReason) = (((tss - rss) / Double(numeratorDF)) / (sigma * sigma), nil)
        } else {
            let tested = termNames.indices.filter { !fit.aliased[$0] && $0 != interceptColumn }
            let wald = Self.waldStatistic(fit.coefficients, v, tested)
            (f, fUndefinedReason) = wald.map { ($0 / Double(numeratorDF), nil) }
                ?? (nil, LocalizedText(en: "undefined: the \(covarianceType.name) covariance of the slopes is singular",
                                       zh: "无定义：斜率的 \(covarianceType.name) 协方差矩阵奇异"))
        }
        fStatistic = f
        fPValue = f.map {
            FDistribution(
                numeratorDegreesOfFreedom: Double(numeratorDF), denominatorDegreesOfFreedom: Double(inferenceDF)
            ).upperTailProbability($0)
        }
        let sumLogWeights = fit.weights?.reduce(0) { $0 + log($1) } ?? 0
        let nn = Double(n)
        logLikelihood = 0.5 * (sumLogWeights - nn * (log(2 * Double.pi) + 1 - log(nn) + log(rss)))
        let parameters = Double(fit.rank + 1)
        aic = -2 * logLikelihood + 2 * parameters
        bic = -2 * logLikelihood + log(nn) * parameters
    }

    /// TSS in double-double (``DoubleDouble``): Σw(y − ȳ_w)² or Σwy².
    static func totalSumOfSquares(_ fit: LinearFit, centred: Bool) -> Double {
        let y = fit.response
        let weight: (Int) -> DoubleDouble = { i in fit.weights.map { DoubleDouble($0[i]) } ?? 1 }
        var mean = DoubleDouble()
        if centred {
            var (sum, total) = (DoubleDouble(), DoubleDouble())
            for i in y.indices {
                sum += weight(i) * DoubleDouble(y[i])
                total += weight(i)
            }
            mean = sum / total
        }
        var tss = DoubleDouble()
        for i in y.indices {
            let deviation = DoubleDouble(y[i]) - mean
            tss += weight(i) * deviation * deviation
        }
        return tss.value
    }

    /// β_sᵀ V_s⁻¹ β_s over the columns `tested`; `nil` when V_s is not positive definite.
    private static func waldStatistic(_ beta: [Double], _ v: Matrix, _ tested: [Int]) -> Double? {
        let q = tested.count
        var sub = Matrix(rows: q, columns: q)
        for (a, i) in tested.enumerated() {
            for (b, j) in tested.enumerated() { sub[a, b] = v[i, j] }
        }
        let b = tested.map { beta[$0] }
        guard let x = try? sub.solvePositiveDefinite(b) else { return nil }
        return zip(b, x).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
