import RuralStatPresentation
import RuralStatText
import Foundation
import RuralStatLinearAlgebra
import RuralStatRegression
import RuralStatReport
import Testing

@Suite struct RegressionSummaryReportTests {
    /// The n = p + 1 line of LinearFitTests (a = 1.5, b = 0.5, σ = √1.5 on 1 df).
    func summary() throws -> RegressionSummary {
        let fit = try LinearFit(design: Matrix(rows: 3, columns: [[1, 1, 1], [0, 1, 2]]), response: [1, 3, 2])
        return try RegressionSummary(fit: fit, termNames: ["(Intercept)", "x"], interceptColumn: 0, covarianceType: .classical)
    }

    @Test func writesTheKeysOfSPEC41InOrder() throws {
        let json = String(decoding: try summary().report(formula: "y ~ x", droppedRows: 2).rendered(as: .json, language: .en),
                          as: UTF8.self)
        let keys = ["n", "df_residual", "rank", "r_squared", "adj_r_squared", "sigma", "f_statistic", "f_p_value",
                    "log_likelihood", "aic", "bic", "condition_number", "dropped_rows", "aliased", "se_type", "coefficients"]
        let positions = keys.map { json.range(of: "\"\($0)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(json.contains("\"n\": 3") && json.contains("\"dropped_rows\": 2") && json.contains("\"aliased\": []"))
        #expect(json.contains("\"se_type\": \"classical\""))
        #expect(json.contains("\"term\": \"(Intercept)\"") && json.contains("\"estimate\": 1.5"))
    }

    @Test func readsLikeRsSummaryInATerminal() throws {
        let text = String(decoding: try summary().report(formula: "y ~ x", droppedRows: 0).rendered(as: .table, language: .en),
                          as: UTF8.self)
        // σ = √1.5 = 1.2247…; R² = 1 − 1.5/2 = 0.25 (TSS = 1 + 1 + 0 = 2).
        #expect(text.contains("Residual standard error: 1.225 on 1 degrees of freedom"))
        #expect(text.contains("Multiple R-squared:  0.25"))
        #expect(text.contains("Linear model: y ~ x"))
    }
}
