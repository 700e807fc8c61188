import Foundation
import RuralStatLinearAlgebra
import Testing
@testable import RuralStatRegression

/// The IRLS logistic fit against R's `glm(family = binomial)`, and the ridge fit against its
/// own optimality condition.
@Suite struct PenalizedLogisticRegressionTests {
    /// 400 rows: x1 uniform on (−2, 2), x2 a 0/1 flag, x3 = x1·x2 + noise, and outcomes drawn from
    /// a known logistic model with a fixed linear congruential generator (no separation).
    static func data() -> (x: [[Double]], y: [Double]) {
        var state: UInt64 = 20_261_201
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var x: [[Double]] = [[], [], []], y: [Double] = []
        for _ in 0..<400 {
            let x1 = 4 * uniform() - 2, x2: Double = uniform() < 0.4 ? 1 : 0, x3 = x1 * x2 + uniform() - 0.5
            let eta = -0.7 + 1.1 * x1 - 0.8 * x2 + 0.5 * x3
            x[0].append(x1); x[1].append(x2); x[2].append(x3)
            y.append(uniform() < 1 / (1 + exp(-eta)) ? 1 : 0)
        }
        return (x, y)
    }

    static func design(_ x: [[Double]]) -> Matrix {
        Matrix(rows: x[0].count, columns: [[Double](repeating: 1, count: x[0].count)] + x)
    }

    /// R prints glm's coefficients to 17 digits; ours agree to a relative 1e-8 (R missing: fails).
    @Test func unpenalisedFitMatchesRGlm() throws {
        let (x, y) = Self.data()
        let fit = try PenalizedLogisticRegression(design: Self.design(x), response: y)
        var csv = "x1,x2,x3,y\n"
        for i in y.indices {
            csv += String(format: "%.17g,%.17g,%.17g,%.0f\n", x[0][i], x[1][i], x[2][i], y[i])
        }
        let r = try Self.rscript(csv: csv, script: """
            d <- read.csv(file.path(folder, "data.csv"))
            m <- glm(y ~ x1 + x2 + x3, family = binomial, data = d, control = glm.control(epsilon = 1e-14, maxit = 100))
            cat(sprintf("%.17g", c(coef(m), deviance(m))), sep = "\\n")
            """)
        #expect(r.count == 5)
        for (ours, theirs) in zip(fit.coefficients, r.prefix(4)) {
            #expect(abs(ours - theirs) <= 1e-8 * abs(theirs), "ours \(ours), R \(theirs)")
        }
        #expect(abs(fit.deviance - r[4]) <= 1e-8 * r[4])
    }

    /// The ridge estimate solves Xᵀ(y − μ) = λβ on the penalised columns and Σ(y − μ) = 0 for
    /// the intercept (the gradient of the penalised log-likelihood is zero).
    @Test func ridgeFitSatisfiesItsOptimalityCondition() throws {
        let (x, y) = Self.data()
        let design = Self.design(x)
        let lambda = 5.0
        let fit = try PenalizedLogisticRegression(design: design, response: y, penalty: lambda,
                                                  penalised: [false, true, true, true])
        var gradient = [Double](repeating: 0, count: 4)
        for i in y.indices {
            let eta = (0..<4).reduce(0.0) { $0 + design[i, $1] * fit.coefficients[$1] }
            let residual = y[i] - 1 / (1 + exp(-eta))
            for j in 0..<4 { gradient[j] += design[i, j] * residual }
        }
        #expect(abs(gradient[0]) < 1e-9)
        for j in 1..<4 { #expect(abs(gradient[j] - lambda * fit.coefficients[j]) < 1e-9) }
        // The penalty shrinks: every slope is smaller in size than without it.
        let plain = try PenalizedLogisticRegression(design: design, response: y)
        for j in 1..<4 { #expect(abs(fit.coefficients[j]) < abs(plain.coefficients[j])) }
    }

    /// Perfectly separated data without a penalty do not converge: an error, not a silent estimate.
    @Test func separationWithoutPenaltyIsAnError() {
        let design = Matrix(rows: 4, columns: [[1, 1, 1, 1], [-2, -1, 1, 2]])
        #expect(throws: PenalizedLogisticRegression.FitError.self) {
            try PenalizedLogisticRegression(design: design, response: [0, 0, 1, 1])
        }
    }

    /// Runs `script` with `folder` holding data.csv; the numbers it prints, one per line.
    static func rscript(csv: String, script: String) throws -> [Double] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let rscript = path.split(separator: ":").map({ "\($0)/Rscript" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("Rscript is not on PATH: the R reference for the logistic fit is missing (install r-base-core)")
            return []
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ruralstat-risk-r-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try csv.write(to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rscript)
        process.arguments = ["-e", "folder <- \"\(folder.path)\"\n" + script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Issue.record("Rscript exited with \(process.terminationStatus)")
            return []
        }
        return String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { Double($0) }
    }
}
