import RuralStatText

/// The settings of a simulated forecast (`ruralstat forecast` options).
public struct ForecastSettings: Sendable, Hashable {
    /// Years ahead, 1–3 (`--horizon`).
    public var horizon: Int
    /// Simulated paths per household (`--draws`).
    public var draws: Int
    /// The seed of the simulation (`--seed`): the same seed gives the same bytes.
    public var seed: UInt64
    /// The interval levels, each in (0, 1) (`--level 0.8,0.95`; default 0.90).
    public var levels: [Double]
    /// How log forecasts return to yuan.
    public var retransformation: Retransformation

    /// Settings with the defaults of the command: 1 year, 200 draws, seed 1, 90% intervals, log-normal.
    public init(
        horizon: Int = 1, draws: Int = 200, seed: UInt64 = 1, levels: [Double] = [0.9],
        retransformation: Retransformation = .lognormal
    ) {
        self.horizon = horizon
        self.draws = draws
        self.seed = seed
        self.levels = levels
        self.retransformation = retransformation
    }

    /// Checks the ranges.
    ///
    /// - Throws: ``ForecastError`` with code ``ForecastError/Code/usage`` naming the setting.
    public func validate() throws(ForecastError) {
        guard (1...3).contains(horizon) else { throw ForecastError(.usage, "--horizon must be 1, 2 or 3, not \(horizon)", "--horizon 必须是 1、2 或 3，不是 \(horizon)") }
        guard draws >= 20 else { throw ForecastError(.usage, "--draws must be at least 20, not \(draws)", "--draws 必须不小于20，不是 \(draws)") }
        guard !levels.isEmpty, levels.allSatisfy({ $0 > 0 && $0 < 1 }) else {
            throw ForecastError(.usage, "--level must be one or more numbers in (0, 1), e.g. 0.9 or 0.8,0.95",
                                "--level 必须是0到1之间（不含两端）的一个或多个数，如 0.9 或 0.8,0.95")
        }
    }
}
