import Foundation
import RuralStatCore
import RuralStatRegression

/// The household panel as the forecasting model sees it: each household-year's regressors
/// (its "state") and, where the same household has a record the next year, the response —
/// next year's pci on the log scale of an ``IncomeTransform``.
///
/// Income enters relative to the year: with s the transform of pci and c_t the weighted mean
/// of s over the rows of year t (``centre(_:)``), `log_pci` is s_t − c_t and the response
/// `log_pci_next` is s_t+1 − c_t, the household's income next year measured from this year's
/// county mean. So the model describes how households move within the county's distribution
/// and how fast that distribution moves (its intercept and the year effect); a household
/// drifts back toward the county's mean of its own year, not toward a level fixed by the years
/// fitted on. (Without this, in a panel whose incomes grow, the slope below 1 pulled every
/// forecast toward the fitted years' level: group PCI came out 4–5% low one year ahead and
/// 8–10% low two years ahead on `synth` panels; see <doc:HouseholdModel>.)
///
/// The regressors of row r (year t), named as the default formula and `--formula` use them:
///
/// | name | value |
/// |---|---|
/// | `log_pci` | s_t − c_t: the transform of pci_t from the year's mean |
/// | `log_pci_hinge1`, … | max(log_pci − κⱼ, 0) at the knots of the model's ``StateSpline`` |
/// | `nonpositive` | 1 when pci_t ≤ 0, else 0 |
/// | `wage_share`, `operating_share`, `transfer_share` | component / gross income (0 when gross ≤ 0), clamped to [−1, 1] |
/// | `employment_rate` | employed / labour (0 without labour) |
/// | `months_intensity` | employed months / (12 · employed) (0 without workers) |
/// | `out_of_province` | out-of-province workers / employed (0 without workers) |
/// | `log_size` | log household size |
/// | `dependency` | labour / household size |
/// | `sudden_drop` | 1 when pci_t / pci_t−1 − 1 ≤ −0.30 (SPEC §3.2), 0 when it is not or there is no t−1 record with pci > 0 |
/// | `rigid_burden` | (medical + education) / max(net, 1), capped at 5 |
/// | `category`, `township` | text, for `C(category)`, `C(township)` |
/// | `pci`, `household_size`, `year`, `weight` | as in the file (weight 1 when absent) |
///
/// The response `log_pci_next` is s_t+1 − c_t (NaN when there is no t+1 record).
/// Columns the households file lacks (no `labor_count`: no employment terms) are left out.
///
/// This is the panel → model-data step of the forecast: the regression engine's adapter
/// (``RuralStatRegression/ModelData/init(panel:rows:)``) gives the panel's columns, and this
/// type adds what the adapter does not know — the links to the next year (the response), the
/// log scale of an ``IncomeTransform`` and the regressors below. The adapter alone does not
/// give the same design, so the type stays.
public struct ForecastDesign: Sendable {
    /// The panel.
    public let panel: HouseholdPanel
    /// The log scale of pci.
    public let transform: IncomeTransform
    /// For each row, the same household's row in year − 1, or −1.
    public let previousRow: [Int32]
    /// For each row, the same household's row in year + 1, or −1.
    public let nextRow: [Int32]
    /// The years of the panel, ascending.
    public let years: [Int]
    /// c_t for each of ``years``: the mean of the transformed pci over the year's rows,
    /// weighted by w.
    public let centres: [Double]

    /// The name of the response column.
    public static let response = "log_pci_next"
    /// The name of the weight column.
    public static let weight = "weight"
    /// The threshold of `sudden_drop` (SPEC §3.2 default d = 0.30).
    public static let suddenDrop = 0.30
    /// The cap on `rigid_burden`.
    public static let rigidBurdenCap = 5.0

    /// Links the rows of `panel` to their previous and next years.
    public init(_ panel: HouseholdPanel, transform: IncomeTransform = .standard) {
        self.panel = panel
        self.transform = transform
        previousRow = panel.previousYearRows()
        var next = [Int32](repeating: -1, count: panel.count)
        for (row, previous) in previousRow.enumerated() where previous >= 0 { next[Int(previous)] = Int32(row) }
        nextRow = next
        let years = Set(panel.year.map(Int.init)).sorted()
        self.years = years
        var sum = [Double](repeating: 0, count: years.count), weight = sum
        let slot = Dictionary(uniqueKeysWithValues: years.enumerated().map { (Int32($1), $0) })
        for row in 0..<panel.count {
            let k = slot[panel.year[row]]!, w = panel.weight(row)
            sum[k] += w * transform.forward(panel.pci(row))
            weight[k] += w
        }
        centres = zip(sum, weight).map { $0 / $1 }
    }

    /// c_t of a row's year: the weighted mean of the transformed pci over that year's rows.
    public func centre(_ row: Int) -> Double { centre(ofYear: Int(panel.year[row])) }

    /// c_t of `year`, one of ``years``.
    public func centre(ofYear year: Int) -> Double {
        centres[years.firstIndex(of: year)!]
    }

    /// A row's `log_pci`: its transformed pci from its year's mean, s_t − c_t.
    public func position(_ row: Int) -> Double { state(row) - centre(row) }

    /// The default formula for this panel: every regressor of the table above that the file
    /// supports, with the hinges of `spline` and `C(category)` and `C(township)` when the
    /// columns exist.
    ///
    /// ``HouseholdModel`` leaves out a factor with a single level in the fitting rows (it has no
    /// contrast).
    public func defaultFormulaText(spline: StateSpline) -> String {
        var terms = ["log_pci"] + spline.columnNames + ["nonpositive", "wage_share", "operating_share", "transfer_share"]
        if panel.laborCount != nil, panel.employedCount != nil { terms += ["employment_rate"] }
        if panel.employedCount != nil, panel.employedMonths != nil { terms += ["months_intensity"] }
        if panel.employedCount != nil, panel.outOfProvinceCount != nil { terms += ["out_of_province"] }
        terms += ["log_size"]
        if panel.laborCount != nil { terms += ["dependency"] }
        terms += ["sudden_drop"]
        if panel.medicalExpense != nil || panel.educationExpense != nil { terms += ["rigid_burden"] }
        if panel.category != nil { terms += ["C(category)"] }
        if panel.township != nil { terms += ["C(township)"] }
        return "\(Self.response) ~ " + terms.joined(separator: " + ")
    }

    /// The rows of year t that have a record in t + 1, for every t in `originYears`: the
    /// transitions a model is fitted on.
    public func transitionRows(originYears: ClosedRange<Int>) -> [Int] {
        (0..<panel.count).filter { nextRow[$0] >= 0 && originYears.contains(Int(panel.year[$0])) }
    }

    /// The rows of `year`: the origins a forecast starts from.
    public func rows(ofYear year: Int) -> [Int] {
        (0..<panel.count).filter { panel.year[$0] == Int32(year) }
    }

    /// The pci of a row on the model's log scale, s (absolute, not from the year's mean).
    public func state(_ row: Int) -> Double { transform.forward(panel.pci(row)) }

    /// A component's share of gross income in a row (`wage_share`, …): component / gross,
    /// clamped to [−1, 1], 0 when gross ≤ 0.
    public func share(_ component: [Double], _ row: Int) -> Double {
        let gross = panel.gross(row)
        return gross > 0 ? min(max(component[row] / gross, -1), 1) : 0
    }

    /// The `sudden_drop` indicator of a row.
    public func suddenDrop(_ row: Int) -> Double {
        let previous = Int(previousRow[row])
        guard previous >= 0 else { return 0 }
        let before = panel.pci(previous)
        return before > 0 && panel.pci(row) / before - 1 <= -Self.suddenDrop ? 1 : 0
    }

    /// The model table for `rows` with the hinges of `spline`: the panel's columns and derived quantities as the
    /// regression engine's adapter gives them (``RuralStatRegression/ModelData/init(panel:rows:)``:
    /// `pci`, `household_size`, `year`, `weight`, `category`, `township`, … — so `--formula`
    /// may name any of them), with the forecast's regressors of the table above added, and
    /// the response where the household has a next-year record (NaN otherwise).
    ///
    /// The adapter's `wage_share` (NaN when gross ≤ 0) is replaced by the forecast's share
    /// (0 when gross ≤ 0, clamped to [−1, 1]), so a household with no gross income still has
    /// a state to forecast from.
    public func modelData(rows: [Int], spline: StateSpline) -> ModelData { modelData(rows: rows, spline: spline, only: nil) }

    /// ``modelData(rows:spline:)`` with only the columns whose names, lowercased, are in `names`
    /// (every column for `nil`); the others are not computed.
    ///
    /// - Precondition: `names`, when given, includes `weight`.
    func modelData(rows: [Int], spline: StateSpline, only names: Set<String>?) -> ModelData {
        let p = panel
        func wanted(_ name: String) -> Bool { names?.contains(name.lowercased()) ?? true }
        func numbers(_ value: (Int) -> Double) -> [Double] { rows.map(value) }
        func share(_ part: [Double]) -> [Double] { numbers { self.share(part, $0) } }
        func integer(_ column: [Int32], _ row: Int) -> Double {
            column[row] == Missing.integer ? .nan : Double(column[row])
        }
        var columns: [(String, [Double])] = []
        func add(_ name: String, _ values: @autoclosure () -> [Double]) {
            if wanted(name) { columns.append((name, values())) }
        }
        add(Self.response, numbers { row in
            let next = Int(self.nextRow[row])
            return next >= 0 ? self.transform.forward(p.pci(next)) - self.centre(row) : .nan
        })
        // log_pci and its hinges share one pass over the rows' positions.
        let needsPosition = wanted("log_pci") || spline.columnNames.contains(where: wanted)
        let positions = needsPosition ? rows.map(position) : []
        add("log_pci", positions)
        for (j, name) in spline.columnNames.enumerated() { add(name, positions.map { spline.hinge(j, $0) }) }
        add("nonpositive", numbers { p.pci($0) <= 0 ? 1 : 0 })
        add("wage_share", share(p.wageIncome))
        add("operating_share", share(p.operatingIncome))
        add("transfer_share", share(p.transferIncome))
        add("log_size", numbers { Foundation.log(Double(p.householdSize[$0])) })
        add("sudden_drop", numbers { self.suddenDrop($0) })
        if let labor = p.laborCount, let employed = p.employedCount {
            add("employment_rate", numbers { row in
                let l = integer(labor, row), e = integer(employed, row)
                return l > 0 ? e / l : (l.isNaN || e.isNaN ? .nan : 0)
            })
        }
        if let employed = p.employedCount, let months = p.employedMonths {
            add("months_intensity", numbers { row in
                let e = integer(employed, row)
                return e > 0 ? months[row] / (12 * e) : (e.isNaN || months[row].isNaN ? .nan : 0)
            })
        }
        if let employed = p.employedCount, let out = p.outOfProvinceCount {
            add("out_of_province", numbers { row in
                let e = integer(employed, row), o = integer(out, row)
                return e > 0 ? o / e : (e.isNaN || o.isNaN ? .nan : 0)
            })
        }
        if let labor = p.laborCount {
            add("dependency", numbers { integer(labor, $0) / Double(p.householdSize[$0]) })
        }
        if p.medicalExpense != nil || p.educationExpense != nil {
            add("rigid_burden", numbers { row in
                let spent = (p.medicalExpense?[row] ?? 0) + (p.educationExpense?[row] ?? 0)
                return min(spent / max(p.net(row), 1), Self.rigidBurdenCap)
            })
        }
        return ModelData(panel: p, rows: rows, only: names).adding(columns)
    }
}
