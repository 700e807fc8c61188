import Foundation
import RuralStatCore

/// Panels with known parameters for the forecast tests: log pciₜ₊₁ = a + ρ·log pciₜ + σ·e
/// with e standard normal (Box–Muller on a 64-bit LCG, the same on every machine).
struct KnownProcess {
    var a = 1.0
    var rho = 0.9
    var sigma = 0.2
    var households = 2_000
    var years = 2018...2023
    var townships = 4
    var seed: UInt64 = 12_345
    /// Growth of every household's log pci a year, added to the stationary process: the
    /// county's level rises while households revert toward it.
    var growth = 0.0
    /// σ_u of a township-year shock u_g,t ~ N(0, σ_u²) added to every transition into year t
    /// of township g's households (``townshipShocks()``).
    var townshipShock = 0.0
    /// The spread of a lasting township effect L_g ~ N(0, σ_L²) added to every transition of
    /// township g's households (``townshipLevels()``).
    var townshipLevel = 0.0

    fileprivate struct LCG {
        var state: UInt64
        mutating func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (Double(state >> 11) + 0.5) / 9_007_199_254_740_992
        }
        mutating func normal() -> Double { (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform()) }
    }

    /// The panel: one row per household and year, wage income only, size 1.
    func panel(dropping: Set<[Int]> = []) -> HouseholdPanel {
        var random = LCG(state: seed)
        let shocks = townshipShocks(), levels = townshipLevels()
        var ids: [String?] = [], yearColumn: [Int32] = [], wage: [Double] = [], township: [String?] = []
        for h in 0..<households {
            var logPCI = a / (1 - rho) + sigma / (1 - rho * rho).squareRoot() * random.normal()
            let g = h % townships
            for year in years {
                if year > years.lowerBound {
                    logPCI = a + rho * logPCI + sigma * random.normal() + levels[g] + shocks[g][year - years.lowerBound]
                }
                if dropping.contains([h, year]) { continue }
                ids.append("h\(h)")
                yearColumn.append(Int32(year))
                wage.append(exp(logPCI + growth * Double(year - years.lowerBound)))
                township.append("t\(g)")
            }
        }
        let n = ids.count
        var panel = HouseholdPanel(
            source: "known process", householdID: TextColumn(ids), year: yearColumn,
            householdSize: Array(repeating: 1, count: n), wageIncome: wage,
            operatingIncome: Array(repeating: 0, count: n), propertyIncome: Array(repeating: 0, count: n),
            transferIncome: Array(repeating: 0, count: n), productionExpense: Array(repeating: 0, count: n))
        panel.township = TextColumn(township)
        return panel
    }
}

extension KnownProcess {
    /// u_g,t for township g and year index t (0 for the first year, which no transition
    /// enters), from a stream of its own, so that the households' draws do not change.
    func townshipShocks() -> [[Double]] {
        var random = LCG(state: seed ^ 0x5eed_5eed)
        return (0..<townships).map { _ in years.map { $0 == years.lowerBound ? 0 : townshipShock * random.normal() } }
    }

    /// L_g for each township, from a stream of its own.
    func townshipLevels() -> [Double] {
        var random = LCG(state: seed ^ 0x1e7e_1e7e)
        return (0..<townships).map { _ in townshipLevel * random.normal() }
    }
}

/// |a − b| ≤ tolerance·|b|.
func relativelyClose(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool { abs(a - b) <= tolerance * abs(b) }
