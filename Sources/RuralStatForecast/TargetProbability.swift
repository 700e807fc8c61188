import Foundation

/// `p_meet`: the share of simulated paths on which a group meets a growth or level target in
/// a forecast year, judged as SPEC §3.1 judges an observed year.
enum TargetProbability {
    /// The probability for `target` in `year` (forecast step `step`, 0-based), from the
    /// group's simulated PCI `paths[k][d]` and its origin PCI.
    ///
    /// - growth: PCI_t / PCI_t−1 − 1 ≥ r, PCI_t−1 being the origin PCI in the first year.
    /// - level: from its year T on, PCI_t ≥ L; before T, the path's growth keeps pace with the
    ///   growth still needed from t − 1, (L / PCI_t−1)^(1/(T−t+1)) − 1.
    static func pMeet(_ target: ForecastTarget, year: Int, step: Int, paths: [[Double]], originPCI: Double) -> Double {
        let draws = paths[step].count
        var met = 0
        for d in 0..<draws {
            let value = paths[step][d]
            let previous = step == 0 ? originPCI : paths[step - 1][d]
            let growth = value / previous - 1
            switch target.rule {
            case .growth(let rate):
                if previous > 0, growth >= rate { met += 1 }
            case .level(let amount, let byYear):
                if let byYear, year < byYear {
                    guard previous > 0 else { continue }
                    if growth >= pow(amount / previous, 1 / Double(byYear - year + 1)) - 1 { met += 1 }
                } else if value >= amount {
                    met += 1
                }
            }
        }
        return Double(met) / Double(draws)
    }
}
