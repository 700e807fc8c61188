import Foundation
import RuralStatCore
import RuralStatRegression
import RuralStatText
import Testing
import RuralStatTestSupport

/// LinearModel against R's `lm` and `sandwich` on generated heteroskedastic, clustered data:
/// coefficients, every standard-error type, F, R², σ, log-likelihood, AIC and BIC to 1e-9
/// relative. R is run once per scenario, every quantity batched into one script.
@Suite
struct LinearModelTests {
    /// n rows: x1 normal, x2 lognormal, g in a–d, 20 clusters, weights, heteroskedastic y.
    static func generated(n: Int = 240, seed: UInt64 = 7) -> ModelData {
        var random = TestRandom(seed: seed)
        var x1: [Double] = [], x2: [Double] = [], w: [Double] = [], y: [Double] = []
        var g: [String?] = [], cl: [String?] = []
        let effects = ["a": 0.0, "b": 0.4, "c": -0.7, "d": 1.1]
        for i in 0..<n {
            let a = random.normal()
            let b = exp(0.5 * random.normal())
            let level = ["b", "a", "d", "c"][Int(random.uniform() * 4)]
            let cluster = "k\(i % 20)"
            x1.append(a)
            x2.append(b)
            g.append(level)
            cl.append(cluster)
            w.append(0.5 + random.uniform())
            let clusterShock = 0.3 * sin(Double(i % 20))
            y.append(1 + 0.5 * a - 0.3 * log(b) + effects[level]! + 0.2 * a * b + clusterShock
                     + (0.5 + abs(a)) * random.normal())
        }
        return ModelData([
            ("y", .numeric(y)), ("x1", .numeric(x1)), ("x2", .numeric(x2)), ("g", .text(g)), ("cl", .text(cl)),
            ("w", .numeric(w)),
        ])
    }

    /// The R side: for model `m`, every number the summary reports, in this order.
    static let summaryScript = """
        library(sandwich)
        s <- summary(m)
        k <- length(coef(m)); b <- coef(m)[-1]
        wald <- function(V) { V <- V[-1, -1]; as.numeric(t(b) %*% solve(V, b)) / (k - 1) }
        out(coef(m), sqrt(diag(vcov(m))),
            sqrt(diag(vcovHC(m, type = "HC0"))), sqrt(diag(vcovHC(m, type = "HC1"))),
            sqrt(diag(vcovHC(m, type = "HC2"))), sqrt(diag(vcovHC(m, type = "HC3"))),
            sqrt(diag(vcovCL(m, cluster = ~cl, type = "HC1"))),
            s$r.squared, s$adj.r.squared, s$sigma, s$fstatistic[1],
            pf(s$fstatistic[1], s$fstatistic[2], s$fstatistic[3], lower.tail = FALSE),
            as.numeric(logLik(m)), AIC(m), BIC(m),
            wald(vcovHC(m, type = "HC1")), wald(vcovCL(m, cluster = ~cl, type = "HC1")),
            coef(summary(m))[, 4])
        """

    static func compare(_ model: LinearModel, against r: [Double], tolerance: Double = 1e-9) throws {
        let k = model.termNames.count
        var cursor = 0
        func next(_ count: Int) -> [Double] {
            defer { cursor += count }
            return Array(r[cursor..<(cursor + count)])
        }
        let classical = try model.summary(.classical)
        for (ours, theirs) in zip(model.fit.coefficients, next(k)) { #expect(isClose(ours, theirs, relative: tolerance)) }
        for type in [CovarianceType.classical, .hc0, .hc1, .hc2, .hc3, .cluster] {
            let se = try model.fit.standardErrors(type)
            for (j, (ours, theirs)) in zip(se, next(k)).enumerated() {
                #expect(isClose(ours, theirs, relative: tolerance), "\(type.name) SE of \(model.termNames[j])")
            }
        }
        let stats = next(9)
        #expect(isClose(classical.rSquared, stats[0], relative: tolerance))
        #expect(isClose(classical.adjustedRSquared, stats[1], relative: tolerance))
        #expect(isClose(classical.sigma, stats[2], relative: tolerance))
        #expect(isClose(classical.fStatistic!, stats[3], relative: tolerance))
        #expect(isClose(classical.fPValue!, stats[4], relative: 1e-8))
        #expect(isClose(classical.logLikelihood, stats[5], relative: tolerance))
        #expect(isClose(classical.aic, stats[6], relative: tolerance))
        #expect(isClose(classical.bic, stats[7], relative: tolerance))
        #expect(isClose(try model.summary(.hc1).fStatistic!, stats[8], relative: tolerance))
        #expect(isClose(try model.summary(.cluster).fStatistic!, next(1)[0], relative: tolerance))
        for (ours, theirs) in zip(classical.coefficients.map(\.p), next(k)) { #expect(isClose(ours, theirs, relative: 1e-8)) }
    }

    /// 10,000 rows make two row blocks in the QR (TSQR), 240 rows one.
    @Test(arguments: [240, 10_000])
    func ordinaryLeastSquaresMatchesR(n: Int) throws {
        let data = Self.generated(n: n)
        let model = try LinearModel(Formula("y ~ x1 + log(x2) + C(g) + x1:x2"), data: data, cluster: "cl")
        #expect(model.termNames == ["(Intercept)", "x1", "log(x2)", "C(g)b", "C(g)c", "C(g)d", "x1:x2"])
        let r = try RReference.numbers(RReference.Table(data), script: "m <- lm(y ~ x1 + log(x2) + factor(g) + x1:x2, data = d)\n"
                                       + Self.summaryScript)
        try Self.compare(model, against: r)
    }

    @Test(arguments: [240, 10_000])
    func weightedLeastSquaresMatchesR(n: Int) throws {
        let data = Self.generated(n: n, seed: 11)
        let model = try LinearModel(Formula("y ~ x1 + I(x2^2) + g"), data: data, weights: "w", cluster: "cl")
        #expect(model.termNames == ["(Intercept)", "x1", "I(x2^2)", "gb", "gc", "gd"])
        let r = try RReference.numbers(RReference.Table(data), script: "m <- lm(y ~ x1 + I(x2^2) + g, data = d, weights = w)\n"
                                       + Self.summaryScript)
        try Self.compare(model, against: r)
    }

    /// Predictions with both intervals at 90%, for a weighted fit with new weights, as R's
    /// predict.lm(interval = "confidence" / "prediction", weights = …).
    @Test func predictionsMatchR() throws {
        let data = Self.generated(seed: 3)
        let model = try LinearModel(Formula("y ~ x1 * C(g) + log(x2)"), data: data, weights: "w")
        let newData = ModelData([
            ("x1", .numeric([0.3, -1.2, 2.0])), ("x2", .numeric([1.5, 0.4, 2.2])), ("g", .text(["c", "a", "d"])),
            ("w", .numeric([1, 2, 0.5])),
        ])
        let ours = try model.predict(newData, weights: "w", level: 0.9)
        let r = try RReference.numbers(RReference.Table(data), script: """
            m <- lm(y ~ x1 * factor(g) + log(x2), data = d, weights = w)
            nd <- data.frame(x1 = c(0.3, -1.2, 2.0), x2 = c(1.5, 0.4, 2.2), g = c("c", "a", "d"), w = c(1, 2, 0.5))
            pc <- predict(m, nd, interval = "confidence", level = 0.9, se.fit = TRUE)
            pp <- predict(m, nd, interval = "prediction", level = 0.9, weights = nd$w)
            out(pc$fit[, 1], pc$se.fit, pc$fit[, 2], pc$fit[, 3], pp[, 2], pp[, 3])
            """)
        for i in 0..<3 {
            #expect(isClose(ours[i].fit, r[i], relative: 1e-9))
            #expect(isClose(ours[i].standardError, r[3 + i], relative: 1e-9))
            #expect(isClose(ours[i].lowerConfidence, r[6 + i], relative: 1e-9))
            #expect(isClose(ours[i].upperConfidence, r[9 + i], relative: 1e-9))
            #expect(isClose(ours[i].lowerPrediction, r[12 + i], relative: 1e-9))
            #expect(isClose(ours[i].upperPrediction, r[15 + i], relative: 1e-9))
        }
    }

    /// x3 = x1 + 2·x2 exactly, and h duplicates g: R reports NA for x3 and for the h columns,
    /// the rest still fit; missing values drop rows as R's na.omit does.
    @Test func rankDeficiencyAndMissingRowsMatchR() throws {
        var random = TestRandom(seed: 5)
        let n = 60
        let x1 = (0..<n).map { _ in random.normal() }
        let x2 = (0..<n).map { _ in random.normal() }
        var x1WithGaps = x1
        x1WithGaps[4] = .nan
        x1WithGaps[17] = .nan
        let x3 = zip(x1, x2).map { $0 + 2 * $1 }
        let g: [String?] = (0..<n).map { $0 == 9 ? nil : ["p", "q", "r"][$0 % 3] }
        let y = (0..<n).map { 2 + x1[$0] - x2[$0] + random.normal() }
        let data = ModelData([
            ("y", .numeric(y)), ("x1", .numeric(x1WithGaps)), ("x2", .numeric(x2)), ("x3", .numeric(x3)),
            ("g", .text(g)), ("h", .text(g)),
        ])
        let model = try LinearModel(Formula("y ~ x1 + x2 + x3 + g + h"), data: data)
        let summary = try model.summary()
        #expect(model.droppedRows == 3)
        #expect(summary.aliased == ["x3", "hq", "hr"])
        #expect(summary.rank == 5)
        let r = try RReference.numbers(RReference.Table(data), script: """
            m <- lm(y ~ x1 + x2 + x3 + g + h, data = d)
            out(coef(m), sqrt(diag(vcov(m, complete = TRUE))), summary(m)$sigma, length(m$na.action), m$rank)
            """)
        for j in 0..<8 {
            #expect(isClose(model.fit.coefficients[j], r[j], relative: 1e-9), "\(model.termNames[j])")
            #expect(isClose(summary.coefficients[j].standardError, r[8 + j], relative: 1e-9))
        }
        #expect(isClose(summary.sigma, r[16], relative: 1e-9))
        #expect(Double(model.droppedRows) == r[17] && Double(summary.rank) == r[18])
    }
}

/// Bad input to LinearModel: each error names the column, value and input line.
@Suite struct LinearModelErrorTests {
    let data = ModelData(
        [("y", .numeric([1, 2, 3, 4, 5])), ("x", .numeric([1, 0, 2, .nan, 4])), ("w", .numeric([1, 1, -2, 1, 1])),
         ("g", .text(["a", "b", "a", "b", nil]))],
        lineNumbers: [2, 3, 4, 5, 6])

    /// The line, the expression, its columns' values and the step that has no value.
    @Test(arguments: [
        ("y ~ log(x)", "line 3: log(x) is undefined for x = 0: log needs a value > 0, not 0 "
            + "(leave such rows out, or use log1p() or I(x + c))"),
        ("log(I(y - x - 3)) ~ x", "line 2: log(I(y - x - 3)) is undefined for y = 1, x = 1: log needs a value > 0, not -3 "
            + "(leave such rows out, or use log1p() or I(x + c))"),
        ("y ~ log1p(-x)", "line 2: log1p(-x) is undefined for x = 1: log1p needs a value > -1, not -1"),
        ("y ~ exp(I(x * 1000))", "line 2: exp(I(x * 1000)) is undefined for x = 1: exp(1000) is not a finite number"),
        ("y ~ I(x * 1e308 * 10)", "line 2: I(x * 1e+308 * 10) is undefined for x = 1: 1e+308 * 10 is not a finite number"),
        ("y ~ I(y / x)", "line 3: I(y/x) is undefined for y = 2, x = 0: division by 0"),
    ])
    func namesTheLineAndValuesOfAnUndefinedTransform(formula: String, message: String) throws {
        let formula = try Formula(formula)
        let error = #expect(throws: RegressionError.self) { try LinearModel(formula, data: data) }
        #expect(error?.code == .badValue)
        #expect(error?.message.en == message)
    }

    @Test func namesTheLineOfABadWeight() {
        let error = #expect(throws: RegressionError.self) { try LinearModel(Formula("y ~ x"), data: data, weights: "w") }
        #expect(error?.message.en == "line 4: weight -2.0 in \"w\" is not a number > 0")
    }

    @Test func namesUnknownColumns() {
        let formula = #expect(throws: RegressionError.self) { try LinearModel(Formula("y ~ x + z"), data: data) }
        #expect(formula?.message.en.hasPrefix("unknown column \"z\" (columns: y, x, w, g) at position 9") == true)
        let cluster = #expect(throws: RegressionError.self) { try LinearModel(Formula("y ~ x"), data: data, cluster: "k") }
        #expect(cluster?.code == .usage)
    }

    /// Line 5 has no x and line 6 no g: two rows dropped, three used.
    @Test func dropsAndCountsRowsWithMissingValues() throws {
        let model = try LinearModel(Formula("y ~ x + g"), data: data)
        #expect(model.droppedRows == 2 && model.usedRows == [0, 1, 2])
        #expect(model.fit.observationCount == 3)
    }
}
