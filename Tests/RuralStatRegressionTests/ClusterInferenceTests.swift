import Foundation
import RuralStatCore
import RuralStatRegression
import RuralStatText
import Testing
import RuralStatTestSupport

/// Inference with the cluster covariance against statsmodels (`cov_type='cluster'`,
/// `use_t=True`): t tests on G − 1 degrees of freedom, the Wald F on (q, G − 1), and F
/// undefined when the slopes number G or more.
@Suite
struct ClusterInferenceTests {
    /// n rows in `groups` clusters (row i in cluster i mod groups), `slopes` normal regressors,
    /// a cluster shock and an optional weight column.
    static func clustered(n: Int, groups: Int, slopes: Int, seed: UInt64) -> ModelData {
        var random = TestRandom(seed: seed)
        var xs = [[Double]](repeating: [], count: slopes)
        var y: [Double] = [], w: [Double] = [], cl: [String?] = []
        for i in 0..<n {
            var value = 1 + 0.4 * sin(Double(i % groups))
            for j in 0..<slopes {
                let x = random.normal()
                xs[j].append(x)
                value += (j.isMultiple(of: 2) ? 0.5 : -0.2) * x
            }
            y.append(value + random.normal())
            w.append(0.5 + random.uniform())
            cl.append("c\(i % groups)")
        }
        return ModelData([("y", .numeric(y)), ("w", .numeric(w)), ("cl", .text(cl))]
                         + xs.enumerated().map { ("x\($0.offset + 1)", .numeric($0.element)) })
    }

    /// statsmodels on `d`: the standard errors, the p-values, then F and its p-value (NaN
    /// when statsmodels gives none).
    static func statsmodels(_ data: ModelData, slopes: Int, weighted: Bool) throws -> [Double] {
        let regressors = (1...slopes).map { "x\($0)" }.map { "\"\($0)\"" }.joined(separator: ", ")
        return try RReference.pythonNumbers(RReference.Table(data), script: """
            import statsmodels.api as sm
            X = sm.add_constant(d[[\(regressors)]].to_numpy())
            model = sm.WLS(d["y"], X, weights=d["w"]) if \(weighted ? "True" : "False") else sm.OLS(d["y"], X)
            r = model.fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(d["cl"])[0]}, use_t=True)
            assert r.df_resid_inference == d["cl"].nunique() - 1
            f = r.f_test(np.eye(X.shape[1])[1:])
            out(r.bse, r.pvalues, float(np.squeeze(f.fvalue)), float(f.pvalue))
            """)
    }

    @Test(arguments: [false, true])
    func sixClustersUseFiveDegreesOfFreedomAsStatsmodels(weighted: Bool) throws {
        let data = Self.clustered(n: 60, groups: 6, slopes: 2, seed: weighted ? 5 : 4)
        let model = try LinearModel(
            Formula("y ~ x1 + x2"), data: data, weights: weighted ? "w" : nil, cluster: "cl")
        let summary = try model.summary(.cluster)
        #expect(summary.clusterCount == 6)
        #expect(summary.inferenceDegreesOfFreedom == 5)
        #expect(summary.fDenominatorDegreesOfFreedom == 5)
        #expect(summary.residualDegreesOfFreedom == 57)
        let reference = try Self.statsmodels(data, slopes: 2, weighted: weighted)
        #expect(reference.count == 8)
        for (j, coefficient) in summary.coefficients.enumerated() {
            #expect(isClose(coefficient.standardError, reference[j], relative: 1e-10), "SE of \(coefficient.term)")
            #expect(isClose(coefficient.p, reference[3 + j], relative: 1e-8), "p of \(coefficient.term)")
        }
        #expect(isClose(summary.fStatistic, reference[6], relative: 1e-10))
        #expect(isClose(summary.fPValue, reference[7], relative: 1e-8))
        #expect(summary.fUndefinedReason == nil)
    }

    /// The other covariance types keep n − k.
    @Test func heteroskedasticCovariancesKeepTheResidualDegreesOfFreedom() throws {
        let data = Self.clustered(n: 60, groups: 6, slopes: 2, seed: 4)
        let summary = try LinearModel(Formula("y ~ x1 + x2"), data: data, cluster: "cl").summary(.hc1)
        #expect(summary.clusterCount == nil)
        #expect(summary.inferenceDegreesOfFreedom == 57)
    }

    /// 3 clusters and 3 slopes: the cluster covariance has rank ≤ 2, so no Wald F on three
    /// slopes; the t tests still run on 2 degrees of freedom (checked against statsmodels).
    @Test func threeClustersThreeSlopesLeaveFUndefined() throws {
        let data = Self.clustered(n: 30, groups: 3, slopes: 3, seed: 9)
        let summary = try LinearModel(Formula("y ~ x1 + x2 + x3"), data: data, cluster: "cl").summary(.cluster)
        #expect(summary.fStatistic == nil)
        #expect(summary.fPValue == nil)
        #expect(summary.fUndefinedReason?.en == "undefined: 3 slopes and 3 clusters; the cluster covariance has rank at most G − 1 = 2")
        #expect(summary.inferenceDegreesOfFreedom == 2)
        let reference = try Self.statsmodels(data, slopes: 3, weighted: false)
        for (j, coefficient) in summary.coefficients.enumerated() {
            #expect(isClose(coefficient.p, reference[4 + j], relative: 1e-8), "p of \(coefficient.term)")
        }
    }

    /// A weighted model with 8 clusters and 8 slopes, the other case the issue saw printed as ~5e16.
    @Test func eightClustersEightWeightedSlopesLeaveFUndefined() throws {
        let data = Self.clustered(n: 80, groups: 8, slopes: 8, seed: 12)
        let formula = "y ~ " + (1...8).map { "x\($0)" }.joined(separator: " + ")
        let summary = try LinearModel(Formula(formula), data: data, weights: "w", cluster: "cl").summary(.cluster)
        #expect(summary.fStatistic == nil)
        #expect(summary.fUndefinedReason?.en.hasPrefix("undefined: 8 slopes and 8 clusters") == true)
    }
}
