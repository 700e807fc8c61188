import RuralStatCore
import RuralStatEmployment

/// Which factors can be a household's reason: a factor raises a score as a reason only when the
/// household is in the state its words describe (a drop or a large rise, not a steady income;
/// a large share, not a small one), so every reason reads true of the household.
extension RiskFeatures {
    /// Whether `factor` describes household-year `row`, whose predictors are `x`:
    ///
    /// | factor | when |
    /// |---|---|
    /// | income level | pci below 2 × the reference line |
    /// | income change | `pci_change` at least ±15% |
    /// | above usual | pci at least 0.2 lines above the household's earlier mean |
    /// | wage, operating, transfer share | the share at least 50%, 40%, 40% |
    /// | zero employment, employment drop, guarantee gap | the flag is set |
    /// | few workers | no labour, not all labour employed, or labour under half the members |
    /// | work months | under 9 months per worker |
    /// | out of province, public welfare | at least one such worker |
    /// | medical, education | the expense at least 10% of net income |
    /// | village | the village's rate above the overall rate |
    /// | history | an event in an earlier year |
    /// | household size, category, outlook | always |
    func describes(_ factor: RiskFactor, row: Int, predictors x: [Double]) -> Bool {
        let panel = risk.panel
        let gross = panel.gross(row)
        func share(_ part: Double) -> Double { gross > 0 ? part / gross : 0 }
        let labor = risk.employment.labor(row) ?? 0, employed = risk.employment.employed(row) ?? 0
        let net = max(panel.net(row), 1)
        switch factor {
        case .incomeLevel: return ratio(row) < 2
        case .incomeChange: return abs(risk.pciChange(row) ?? 0) >= 0.15
        case .aboveUsual: return x[Self.aboveUsualIndex] >= 0.2
        case .wageShare: return share(panel.wageIncome[row]) >= 0.5
        case .operatingShare: return share(panel.operatingIncome[row]) >= 0.4
        case .transferShare: return share(panel.transferIncome[row]) >= 0.4
        case .zeroEmployment: return labor >= 1 && employed == 0
        case .employmentDrop: return x[Self.employmentDropIndex] == 1
        case .fewWorkers: return labor == 0 || employed < labor || 2 * Int(labor) < Int(panel.householdSize[row])
        case .workMonths:
            guard employed >= 1, let months = risk.employment.months(row) else { return false }
            return months < 9 * Double(employed)
        case .outOfProvince: return (panel.outOfProvinceCount?[row] ?? 0) >= 1
        case .publicWelfare: return (panel.publicWelfareJobs?[row] ?? 0) >= 1
        case .medical: return (risk.value(panel.medicalExpense, row) ?? 0) >= 0.1 * net
        case .education: return (risk.value(panel.educationExpense, row) ?? 0) >= 0.1 * net
        case .guaranteeGap: return risk.guaranteeGap(row) == true
        case .village, .history:
            let at = factor == .village ? Self.villageRateIndex : Self.householdRateIndex
            return x[at] > overallRate[Int(panel.year[row] - firstYear)]
        case .householdSize, .category, .outlook: return true
        }
    }

    /// The positions of the predictors that ``describes(_:row:predictors:)`` reads.
    static let aboveUsualIndex = index("above_usual"), villageRateIndex = index("village_rate"),
        householdRateIndex = index("household_rate"), employmentDropIndex = index("employment_drop")

    /// The position of predictor `name`.
    static func index(_ name: String) -> Int {
        guard let index = predictors.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("no predictor \(name)")
        }
        return index
    }
}
