import Foundation
import RuralStatLinearAlgebra
import RuralStatText

/// A logistic regression with an optional ridge penalty, fitted by iteratively reweighted
/// least squares (IRLS) on LAPACK's Householder QR — never the normal equations.
///
/// It minimises −ℓ(β) + (λ/2)·Σⱼ∈P βⱼ², with ℓ the Bernoulli log-likelihood of the responses
/// y ∈ {0, 1} under P(y = 1) = 1 / (1 + e^−xβ) and P the penalised columns. Each step solves
/// the weighted least-squares problem of R's `glm.fit`, with working weights wᵢ = μᵢ(1 − μᵢ)
/// and working response zᵢ = ηᵢ + (yᵢ − μᵢ)/wᵢ, plus one row √λ·eⱼ per penalised column:
///
///     minimise ‖W^½(z − Xβ)‖² + λ·Σⱼ∈P βⱼ²  =  ‖[W^½X; √λ·E]β − [W^½z; 0]‖²,
///
/// by QR of the stacked matrix (``RuralStatLinearAlgebra/HouseholderQR``: `dgeqrf`, `dormqr`)
/// and back substitution (`dtrtrs`). With λ = 0 this is exactly glm's Fisher scoring; the
/// loop stops when no coefficient moves by more than `tolerance` of its size plus one.
///
/// - Complexity: about 2np² operations per step, usually 5–8 steps.
public struct PenalizedLogisticRegression: Sendable {
    /// The estimates β, one per design column.
    public let coefficients: [Double]
    /// The number of IRLS steps taken.
    public let iterations: Int
    /// The deviance −2ℓ(β) at the estimates (without the penalty).
    public let deviance: Double

    /// Why a fit failed.
    public struct FitError: Error, Sendable, Equatable, LocalizedMessage {
        /// What went wrong.
        public let message: LocalizedText

        init(_ en: String, _ zh: String) {
            message = LocalizedText(en: en, zh: zh)
        }

        /// `logistic fit: …` in `language`.
        public func text(_ language: Language) -> String {
            language == .zh ? "逻辑回归拟合：\(message.zh)" : "logistic fit: \(message.en)"
        }
    }

    /// Fits the responses `response` (each 0 or 1) on the columns of `design`.
    ///
    /// - Parameters:
    ///   - design: X, n×p, finite values, an intercept column if one is wanted.
    ///   - response: n values, each 0 or 1.
    ///   - penalty: λ ≥ 0.
    ///   - penalised: which columns carry the penalty (all when `nil`); the intercept should not.
    ///   - maximumIterations: the most IRLS steps.
    ///   - start: starting estimates (e.g. a fit of similar data), or `nil` for glm's start.
    ///   - tolerance: the loop stops when no coefficient moves by more than this times its size
    ///     plus one; the default 10⁻¹¹ pins the estimates far below glm's 1e-8 criterion.
    /// - Throws: ``FitError`` when there are fewer rows than columns or the steps do not
    ///   converge (e.g. perfect separation without a penalty); LAPACK failures as ``FitError``.
    public init(
        design: Matrix, response: [Double], penalty: Double = 0, penalised: [Bool]? = nil,
        maximumIterations: Int = 50, start: [Double]? = nil, tolerance: Double = 1e-11
    ) throws(FitError) {
        let (n, p) = (design.rows, design.columns)
        precondition(response.count == n, "one response per row")
        precondition(penalty >= 0, "the penalty must not be negative")
        let penalised = penalised ?? [Bool](repeating: true, count: p)
        precondition(penalised.count == p, "one penalty flag per column")
        let extra = penalty > 0 ? penalised.filter { $0 }.count : 0
        guard n + extra >= p, p > 0 else { throw FitError("\(n) rows cannot fit \(p) coefficients", "\(n) 行数据不足以拟合 \(p) 个系数") }
        var beta = start ?? [Double](repeating: 0, count: p)
        precondition(beta.count == p, "one starting estimate per column")
        var eta = [Double](repeating: 0, count: n)
        if start != nil {
            Self.linearPredictor(design, beta, into: &eta)
        } else {
            // glm's start: μ = (y + ½)/2.
            for i in 0..<n { let mu = (response[i] + 0.5) / 2; eta[i] = log(mu / (1 - mu)) }
        }
        let rows = n + extra
        var step = 0
        var converged = false
        var stacked = [Double](repeating: 0, count: rows * p)
        var rhs = [Double](repeating: 0, count: rows)
        var root = [Double](repeating: 0, count: n)
        while step < maximumIterations {
            step += 1
            // √w and √w·z by row, then √w·X column by column (column-major, stride 1).
            for i in 0..<n {
                let mu = Self.logistic(eta[i])
                let w = max(mu * (1 - mu), 1e-300)
                root[i] = w.squareRoot()
                rhs[i] = root[i] * (eta[i] + (response[i] - mu) / w)
            }
            design.elements.withUnsafeBufferPointer { x in
                stacked.withUnsafeMutableBufferPointer { a in
                    for j in 0..<p {
                        let (column, target) = (j * n, j * rows)
                        for i in 0..<n { a[target + i] = root[i] * x[column + i] }
                    }
                }
            }
            var extraRow = n
            for j in 0..<p where penalty > 0 && penalised[j] {
                for k in 0..<p { stacked[extraRow + k * rows] = k == j ? penalty.squareRoot() : 0 }
                rhs[extraRow] = 0
                extraRow += 1
            }
            let next: [Double]
            do {
                let qr = try HouseholderQR(Matrix(rows: rows, columns: p, columnMajor: stacked))
                var qtb = rhs
                try qr.multiplyByQTransposed(&qtb)
                next = try qr.r.solveUpperTriangular(Array(qtb.prefix(p)))
            } catch {
                throw FitError("the design is rank deficient or the QR failed (\(error))", "设计矩阵不满秩，或 QR 分解失败")
            }
            let moved = zip(next, beta).allSatisfy { abs($0 - $1) <= tolerance * (abs($0) + 1) }
            guard next.allSatisfy(\.isFinite) else { throw FitError("the estimates diverged", "估计值发散") }
            beta = next
            Self.linearPredictor(design, beta, into: &eta)
            if moved { converged = true; break }
        }
        guard converged else {
            throw FitError("no convergence in \(maximumIterations) steps (separated data? use a penalty)",
                           "迭代 \(maximumIterations) 步仍未收敛（数据是否完全分离？请加惩罚项 --penalty）")
        }
        coefficients = beta
        iterations = step
        var deviance = 0.0
        for i in 0..<n {
            let mu = Self.logistic(eta[i])
            deviance -= 2 * (response[i] == 1 ? log(max(mu, 1e-300)) : log(max(1 - mu, 1e-300)))
        }
        self.deviance = deviance
    }

    /// η = X·β, column by column.
    static func linearPredictor(_ design: Matrix, _ beta: [Double], into eta: inout [Double]) {
        let n = design.rows
        design.elements.withUnsafeBufferPointer { x in
            eta.withUnsafeMutableBufferPointer { eta in
                for i in 0..<n { eta[i] = 0 }
                for (j, b) in beta.enumerated() {
                    for i in 0..<n { eta[i] += b * x[j * n + i] }
                }
            }
        }
    }

    /// The logistic function 1 / (1 + e^−x), without overflow.
    @inlinable
    public static func logistic(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }
}
