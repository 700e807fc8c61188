import Foundation
import RuralStatCore
import RuralStatEmployment
import RuralStatForecast

/// The predictors of the risk models for each household-year, computed from what is known in
/// that year: the row itself, the household's earlier rows, and the events of earlier years
/// in its village.
///
/// The event of a household-year s with a record of the year before (the outcome the score
/// predicts, 返贫风险): pci_s below the line of year s, or `pci_change` ≤ −d. Village and
/// household histories count such events up to and including the row's own year.
///
/// Income is measured against a reference line per year — the year's monitoring line, or
/// ``RiskSettings/lowIncome`` when the settings have none — so that one model serves years of
/// different price levels.
struct RiskFeatures: Sendable {
    /// Each predictor: its name and the factor it belongs to.
    static let predictors: [(name: String, factor: RiskFactor)] = [
        ("ratio_to_1", .incomeLevel), ("ratio_1_to_1.2", .incomeLevel), ("ratio_1.2_to_1.5", .incomeLevel),
        ("ratio_1.5_to_2", .incomeLevel), ("ratio_2_to_3", .incomeLevel), ("ratio_above_3", .incomeLevel),
        ("log_ratio", .incomeLevel), ("below_line", .incomeLevel), ("just_above_line", .incomeLevel),
        ("monitored_near_line", .category), ("transfers_near_line", .transferShare),
        ("change_down", .incomeChange), ("change_up", .incomeChange), ("change_unknown", .incomeChange),
        ("above_usual", .aboveUsual), ("wage_share", .wageShare), ("operating_share", .operatingShare),
        ("transfer_share", .transferShare), ("zero_employment", .zeroEmployment),
        ("employment_drop", .employmentDrop), ("employment_rate", .fewWorkers), ("no_labour", .fewWorkers),
        ("labour_per_member", .fewWorkers), ("months_intensity", .workMonths),
        ("out_of_province_share", .outOfProvince), ("public_welfare", .publicWelfare),
        ("log_size", .householdSize), ("unstable", .category), ("marginal", .category),
        ("sudden_hardship", .category), ("general", .category), ("medical_burden", .medical),
        ("log_medical", .medical), ("log_previous_medical", .medical), ("education_burden", .education),
        ("guarantee_gap", .guaranteeGap), ("village_rate", .village), ("household_rate", .history),
    ]
    /// The number of predictors.
    static var count: Int { predictors.count }
    /// How many pseudo-transitions at the overall rate shrink a village's or household's rate.
    static let shrinkage = 20.0

    /// The panel.
    let risk: RiskPanel
    /// The same panel as the forecasting model sees it, for the model's outlook.
    let forecastDesign: ForecastDesign
    /// The event of each row with a record of the year before (0 or 1), NaN otherwise.
    let event: [Double]
    /// For each village code and year offset, cumulative events and transitions up to that year.
    private let villageEvents: [[(events: Double, transitions: Double)]]
    /// The first year of the panel.
    let firstYear: Int32
    /// The overall event rate of each year's cumulative history.
    let overallRate: [Double]

    /// Prepares the predictors of `risk`'s rows.
    init(_ risk: RiskPanel) {
        self.risk = risk
        forecastDesign = ForecastDesign(risk.panel)
        let panel = risk.panel
        var event = [Double](repeating: .nan, count: panel.count)
        for row in 0..<panel.count where risk.previous(row) != nil {
            event[row] = Self.event(risk, outcomeRow: row) ? 1 : 0
        }
        self.event = event
        let first = panel.year.min() ?? 0, last = panel.year.max() ?? 0
        firstYear = first
        let years = Int(last - first) + 1
        let villages = (panel.village?.dictionary.count ?? 0) + 1
        var counts = [[(events: Double, transitions: Double)]](
            repeating: [(events: Double, transitions: Double)](repeating: (0, 0), count: years), count: villages)
        var totals = [(events: Double, transitions: Double)](repeating: (0, 0), count: years)
        for row in 0..<panel.count where !event[row].isNaN {
            let v = Self.villageIndex(panel, row, villages: villages)
            let y = Int(panel.year[row] - first)
            counts[v][y].events += event[row]
            counts[v][y].transitions += 1
            totals[y].events += event[row]
            totals[y].transitions += 1
        }
        for v in 0..<villages {
            for y in 1..<max(years, 1) {
                counts[v][y].events += counts[v][y - 1].events
                counts[v][y].transitions += counts[v][y - 1].transitions
            }
        }
        for y in 1..<max(years, 1) {
            totals[y].events += totals[y - 1].events
            totals[y].transitions += totals[y - 1].transitions
        }
        villageEvents = counts
        overallRate = totals.map { $0.transitions > 0 ? $0.events / $0.transitions : 0 }
    }

    /// Whether the household-year `outcomeRow` (with a record of the year before) is an event.
    static func event(_ risk: RiskPanel, outcomeRow row: Int) -> Bool {
        if let z = risk.line(risk.panel.year[row]), risk.panel.pci(row) < z { return true }
        return (risk.pciChange(row) ?? 0) <= -risk.settings.drop
    }

    /// The village's slot: its code, or the last slot for a missing cell or no column.
    private static func villageIndex(_ panel: HouseholdPanel, _ row: Int, villages: Int) -> Int {
        guard let village = panel.village, village.codes[row] != TextColumn.missing else { return villages - 1 }
        return Int(village.codes[row])
    }

    /// pci of `row` over its year's reference line.
    func ratio(_ row: Int) -> Double {
        risk.panel.pci(row) / risk.referenceLine(risk.panel.year[row])
    }

    /// Writes the predictors of `row` into `out` (``count`` values).
    func fill(_ row: Int, into out: UnsafeMutableBufferPointer<Double>) {
        let panel = risk.panel
        let employment = risk.employment
        let r = min(max(ratio(row), -1), 6)
        var k = 0
        func put(_ value: Double) { out[k] = value; k += 1 }
        // A piecewise-linear curve in r with knots where the data bend (the line, the band just
        // above it that assistance keeps households in, 1.5, 2 and 3 lines), its log, and flags.
        put(min(r, 1)); put(min(max(r - 1, 0), 0.2)); put(min(max(r - 1.2, 0), 0.3)); put(min(max(r - 1.5, 0), 0.5))
        put(min(max(r - 2, 0), 1)); put(min(max(r - 3, 0), 3))
        put(log(max(r, 0.25)))
        put(r < 1 ? 1 : 0)
        put(r >= 1 && r < 1.2 ? 1 : 0)
        let nearLine = r < 1.5 ? 1.0 : 0
        put(panel.category(row)?.isMonitoringObject == true ? nearLine : 0)
        let gross = panel.gross(row)
        put(gross > 0 ? nearLine * panel.transferIncome[row] / gross : 0)
        let change = risk.pciChange(row)
        put(change.map { max(min($0, 0), -2) } ?? 0)
        put(change.map { min(max($0, 0), 3) } ?? 0)
        put(change == nil ? 1 : 0)
        put(aboveUsual(row, ratio: r))
        let household = employment.indicators(row)
        put(household.wageShare ?? 0)
        put(gross > 0 ? min(max(panel.operatingIncome[row] / gross, -1), 1.5) : 0)
        put(gross > 0 ? panel.transferIncome[row] / gross : 0)
        let labor = employment.labor(row), employed = employment.employed(row)
        put(household.zeroEmployment == true ? 1 : 0)
        put(risk.employmentDrop(row) == true ? 1 : 0)
        put(household.employmentRate.map { min($0, 1) } ?? 0)
        put(labor == 0 ? 1 : 0)
        put(Double(labor ?? 0) / Double(panel.householdSize[row]))
        put(household.monthsIntensity.map { min($0, 1) } ?? 0)
        let outside = panel.outOfProvinceCount?[row] ?? Missing.integer
        if let employed, employed >= 1, outside != Missing.integer {
            put(min(Double(outside) / Double(employed), 1))
        } else {
            put(0)
        }
        let posts = panel.publicWelfareJobs?[row] ?? Missing.integer
        put(posts != Missing.integer && posts >= 1 ? 1 : 0)
        put(log(Double(panel.householdSize[row])))
        let category = panel.category(row)
        for kind in [HouseholdCategory.unstable, .marginal, .suddenHardship, .general] { put(category == kind ? 1 : 0) }
        let net = max(panel.net(row), 1)
        let medical = risk.value(panel.medicalExpense, row) ?? 0
        put(min(medical / net, 3))
        put(log(1 + medical / 1_000))
        let previousMedical = risk.previous(row).flatMap { risk.value(panel.medicalExpense, $0) } ?? medical
        put(log(1 + previousMedical / 1_000))
        put(min((risk.value(panel.educationExpense, row) ?? 0) / net, 3))
        put(risk.guaranteeGap(row) == true ? 1 : 0)
        let y = Int(panel.year[row] - firstYear)
        let prior = overallRate[y]
        let villages = villageEvents.count
        let slot = villageEvents[Self.villageIndex(panel, row, villages: villages)][y]
        put((slot.events + Self.shrinkage * prior) / (slot.transitions + Self.shrinkage))
        put(householdRate(row, prior: prior))
        precondition(k == Self.count, "predictor count mismatch")
    }

    /// The row's ratio less the mean ratio of the household's up to three earlier records
    /// (0 without one), clamped to ±3.
    private func aboveUsual(_ row: Int, ratio: Double) -> Double {
        var sum = 0.0, n = 0.0
        var at = risk.previous(row)
        while let previous = at, n < 3 {
            sum += min(max(self.ratio(previous), -1), 6)
            n += 1
            at = risk.previous(previous)
        }
        return n > 0 ? min(max(ratio - sum / n, -3), 3) : 0
    }

    /// The household's events over its transitions up to the row's year, shrunk toward `prior`.
    private func householdRate(_ row: Int, prior: Double) -> Double {
        var events = 0.0, transitions = 0.0
        var at: Int? = row
        while let current = at, !event[current].isNaN {
            events += event[current]
            transitions += 1
            at = risk.previous(current)
        }
        let weight = 3.0
        return (events + weight * prior) / (transitions + weight)
    }
}
