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

    private struct LCG {
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
        var ids: [String?] = [], yearColumn: [Int32] = [], wage: [Double] = [], township: [String?] = []
        for h in 0..<households {
            var logPCI = a / (1 - rho) + sigma / (1 - rho * rho).squareRoot() * random.normal()
            for year in years {
                if year > years.lowerBound { logPCI = a + rho * logPCI + sigma * random.normal() }
                if dropping.contains([h, year]) { continue }
                ids.append("h\(h)")
                yearColumn.append(Int32(year))
                wage.append(exp(logPCI + growth * Double(year - years.lowerBound)))
                township.append("t\(h % townships)")
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

/// |a − b| ≤ tolerance·|b|.
func relativelyClose(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool { abs(a - b) <= tolerance * abs(b) }
