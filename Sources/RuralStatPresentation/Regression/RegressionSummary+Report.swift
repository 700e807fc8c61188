import Foundation
import RuralStatCore
import RuralStatRegression
import RuralStatReport
import RuralStatText

extension RegressionSummary {
    /// The summary as a report: the coefficient table and the fit statistics, in the keys of
    /// SPEC §4.1 (`regress` JSON) and, for people, in the layout of R's `summary(lm)`.
    ///
    /// JSON: `n, df_residual, rank, r_squared, adj_r_squared, sigma, f_statistic, f_p_value,
    /// log_likelihood, aic, bic, condition_number, dropped_rows, aliased, se_type`, then
    /// `coefficients: [{term, estimate, std_error, t, p, signif}]`; undefined numbers are
    /// `null`. CSV: the coefficient table. Table and Markdown: the coefficients with
    /// 4 significant digits, p to 4 decimals and R's significance stars, then R's summary lines
    /// (in Chinese with `language` `.zh`).
    ///
    /// - Parameters:
    ///   - formula: the formula, shown in the heading.
    ///   - droppedRows: rows left out for missing values.
    ///   - language: the language of the summary lines.
    public func report(formula: String, droppedRows: Int, language: Language = .en) -> ReportDocument {
        var table = ReportTable(columns: [
            ReportColumn("term", title: "Term", chinese: "项", style: .text),
            ReportColumn("estimate", title: "Estimate", chinese: "估计值", style: .decimal(4)),
            ReportColumn("std_error", title: "Std. Error", chinese: "标准误", style: .decimal(4)),
            ReportColumn("t", title: "t value", chinese: "t 值", style: .decimal(3)),
            ReportColumn("p", title: "Pr(>|t|)", chinese: "p 值", style: .decimal(4)),
            ReportColumn("signif", title: "", chinese: "", style: .text),
        ])
        for c in coefficients {
            table.append([
                .text(c.term), Self.significant(c.estimate), Self.significant(c.standardError),
                c.t.isFinite ? .quantity(c.t, .decimal(3)) : .missing, Self.pValueCell(c.p),
                c.isAliased ? .label(code: "aliased", chinese: "共线") : .text(Self.stars(c.p)),
            ])
        }
        let facts: [(String, JSONValue)] = [
            ("n", .integer(observationCount)), ("df_residual", .integer(residualDegreesOfFreedom)),
            ("rank", .integer(rank)), ("r_squared", .number(rSquared)), ("adj_r_squared", .number(adjustedRSquared)),
            ("sigma", .number(sigma)), ("f_statistic", fStatistic.map(JSONValue.number) ?? .null),
            ("f_p_value", fPValue.map(JSONValue.number) ?? .null), ("log_likelihood", .number(logLikelihood)),
            ("aic", .number(aic)), ("bic", .number(bic)), ("condition_number", .number(conditionNumber)),
            ("dropped_rows", .integer(droppedRows)), ("aliased", .array(aliased.map(JSONValue.string))),
            ("se_type", .string(covarianceName)), ("clusters", clusterCount.map(JSONValue.integer) ?? .null),
            ("df_inference", .integer(inferenceDegreesOfFreedom)),
        ]
        return ReportDocument(
            facts: facts,
            sections: [ReportDocument.Section(
                key: "coefficients", heading: "Linear model: \(formula)", chinese: "线性模型：\(formula)", table: table)],
            notes: summaryLines(droppedRows: droppedRows).map { $0.text(language) })
    }

    /// R's summary lines under the table, in both languages.
    private func summaryLines(droppedRows: Int) -> [LocalizedText] {
        let f = Self.format
        let covariance = LocalizedText(en: covarianceName, zh: Self.chineseCovarianceName(covarianceName))
        let dropped = droppedRows == 0 ? LocalizedText.verbatim("")
            : LocalizedText(en: "  (\(droppedRows) observation\(droppedRows == 1 ? "" : "s") deleted due to missingness)",
                            zh: "（因缺失值删去 \(droppedRows) 个观测）")
        let clusters = clusterCount.map { count in
            LocalizedText(en: " (\(count) clusters: t and Wald F on G − 1 = \(inferenceDegreesOfFreedom) df, as Stata and statsmodels)",
                          zh: "（\(count) 个聚类：t 检验和瓦尔德 F 检验的自由度为聚类数减一，即 \(inferenceDegreesOfFreedom)，"
                              + "与 Stata 和 statsmodels 相同）")
        } ?? .verbatim("")
        var lines = [
            LocalizedText.verbatim("---"),
            LocalizedText(en: "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1",
                          zh: "显著性标记：0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1"),
            LocalizedText(en: "Standard errors: ", zh: "标准误：") + covariance + clusters,
            LocalizedText(en: "Residual standard error: \(f(sigma)) on \(residualDegreesOfFreedom) degrees of freedom",
                          zh: "残差标准误：\(f(sigma))，自由度 \(residualDegreesOfFreedom)") + dropped,
            LocalizedText(en: "Multiple R-squared:  \(f(rSquared)),\tAdjusted R-squared:  \(f(adjustedRSquared))",
                          zh: "判定系数：\(f(rSquared))，调整后判定系数：\(f(adjustedRSquared))"),
        ]
        let wald = LocalizedText(en: "Wald F-statistic (", zh: "瓦尔德 F 统计量（") + covariance
            + LocalizedText(en: ")", zh: "）")
        if let fStatistic, let fPValue {
            let kind = covarianceName == "classical" ? LocalizedText(en: "F-statistic", zh: "F 统计量") : wald
            let p = Self.formatP(fPValue)
            lines.append(kind + LocalizedText(
                en: ": \(f(fStatistic)) on \(fNumeratorDegreesOfFreedom) and \(fDenominatorDegreesOfFreedom) DF,  p-value: \(p)",
                zh: "：\(f(fStatistic))，自由度 \(fNumeratorDegreesOfFreedom) 和 \(fDenominatorDegreesOfFreedom)，p 值：\(p)"))
        } else if let fUndefinedReason {
            lines.append(wald + LocalizedText(en: ": ", zh: "：") + fUndefinedReason)
        }
        let fixed = { (value: Double) in value.isFinite ? String(format: "%.2f", value) : f(value) }
        lines.append(LocalizedText(
            en: "Log-likelihood: \(fixed(logLikelihood)) (df = \(rank + 1)),  AIC: \(fixed(aic)),  BIC: \(fixed(bic))",
            zh: "对数似然：\(fixed(logLikelihood))（自由度 = \(rank + 1)），赤池信息准则：\(fixed(aic))，"
                + "贝叶斯信息准则：\(fixed(bic))"))
        lines.append(LocalizedText(
            en: "n = \(observationCount), rank = \(rank), condition number (scaled design) = \(f(conditionNumber))",
            zh: "观测数 = \(observationCount)，秩 = \(rank)，条件数（标准化设计矩阵）= \(f(conditionNumber))"))
        if !aliased.isEmpty {
            lines.append(LocalizedText(
                en: "Coefficients not defined because of singularities (aliased): \(aliased.joined(separator: ", "))",
                zh: "因奇异而无法估计的系数（共线）：\(aliased.joined(separator: "、"))"))
        }
        return lines
    }

    /// The covariance's name in Chinese: 经典 (classical), 聚类稳健（column） for
    /// `cluster:column`; the HC types keep their names.
    private static func chineseCovarianceName(_ name: String) -> String {
        if name == "classical" { return "经典" }
        if name.hasPrefix("cluster:") { return "聚类稳健（\(name.dropFirst("cluster:".count))）" }
        return name
    }

    /// A number cell shown with 4 significant digits in tables, full precision elsewhere.
    private static func significant(_ value: Double) -> ReportCell {
        guard value.isFinite else { return .missing }
        let magnitude = value == 0 ? 0 : Int(floor(log10(abs(value))))
        return .quantity(value, .decimal(min(9, max(0, 3 - magnitude))))
    }

    /// p in tables as Stata shows it, 4 decimals (`0.0000` below 0.00005); full precision elsewhere.
    private static func pValueCell(_ p: Double) -> ReportCell {
        p.isFinite ? .quantity(p, .decimal(4)) : .missing
    }

    /// R's significance stars.
    static func stars(_ p: Double) -> String {
        guard p.isFinite else { return "" }
        return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : ""
    }

    /// 4 significant digits, as R prints summary lines.
    static func format(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4g", value) : (value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf"))
    }

    /// A p-value as R's `format.pval`: `< 2.2e-16` below machine epsilon.
    static func formatP(_ p: Double) -> String {
        p < 2.220446049250313e-16 ? "< 2.2e-16" : String(format: "%.4g", p)
    }
}
