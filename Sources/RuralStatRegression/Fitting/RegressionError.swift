import RuralStatLinearAlgebra
import RuralStatText
/// Why a regression could not be fitted or used: data problems, each naming what is wrong.
public struct RegressionError: Error, Sendable, Equatable, LocalizedMessage {
    /// What kind of problem it is.
    public enum Code: Sendable, Equatable {
        /// The formula cannot be parsed or names something unknown.
        case formula
        /// A value is not usable (a weight that is not positive, a transformed value that is
        /// not finite, a response that is text).
        case badValue
        /// Too few usable rows or no model columns.
        case noData
        /// A covariance type needs something the fit does not have (cluster ids).
        case usage
        /// LAPACK reported a failure the data caused.
        case numerical
    }

    /// The kind of problem.
    public let code: Code
    /// A message naming the column, row, token or value concerned.
    public let message: LocalizedText

    /// Creates an error of `code` with `message`.
    public init(_ code: Code, _ message: LocalizedText) {
        self.code = code
        self.message = message
    }

    /// Creates an error of `code` saying `en` (`zh` in Chinese).
    public init(_ code: Code, _ en: String, _ zh: String) {
        self.init(code, LocalizedText(en: en, zh: zh))
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String { message.text(language) }

    /// A numerical failure the data caused, as LAPACK reported it.
    init(numerical error: LAPACKError) {
        self.init(.numerical, error.description, "数值计算失败（\(error.routine)，代码 \(error.info)）：数据可能共线或矩阵奇异")
    }

    /// A weights or cluster column that the data does not have, listing the columns it has
    /// (a formula's unknown column is ``Formula/unknownColumn(_:columns:)``).
    public static func unknownColumn(_ name: String, columns: [String]) -> RegressionError {
        RegressionError(.usage, unknownColumnMessage(name, columns: columns))
    }

    /// `unknown column "x" (columns: …)`, for the data's and the formula's unknown columns.
    static func unknownColumnMessage(_ name: String, columns: [String]) -> LocalizedText {
        LocalizedText(en: "unknown column \"\(name)\" (columns: \(columns.joined(separator: ", ")))",
                      zh: "没有列“\(name)”（现有列：\(columns.joined(separator: "、"))）")
    }
}
