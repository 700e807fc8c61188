import RuralStatCore

/// The additive part of a group-year's income measures: weighted sums gathered in one pass
/// over the rows, from which PCI, balanced growth, wage share, the net operating share,
/// per-capita components and the share of households meeting a growth rate follow by division.
struct GroupYearTotals {
    var households = 0
    var weight = DoubleDouble()          // Σ w
    var persons = DoubleDouble()         // Σ w·size
    var net = DoubleDouble()             // Σ w·net
    var wageShare = WageShareSums()        // Σ w·wage and Σ w·gross
    var operating = DoubleDouble()       // Σ w·operating
    var property = DoubleDouble()        // Σ w·property
    var transfer = DoubleDouble()        // Σ w·transfer
    var expense = DoubleDouble()         // Σ w·production_expense
    var operatingNet = DoubleDouble()    // Σ w·(operating − production_expense)
    var balancedNet = DoubleDouble()     // Σ w_t·net_t over households with a t−1 record
    var balancedPersons = DoubleDouble() // Σ w_t·size_t over the same
    var previousNet = DoubleDouble()     // Σ w_{t−1}·net_{t−1} over the same
    var previousPersons = DoubleDouble() // Σ w_{t−1}·size_{t−1} over the same
    var balancedHouseholds = 0
    var growthDefined = DoubleDouble()   // Σ w over households with pci_{t−1} > 0
    var growthMet = DoubleDouble()       // Σ w over those whose g_h,t ≥ the rate

    /// Adds row `row` of `panel`, whose previous-year row is `previous` (−1 if none).
    @inline(__always)
    mutating func add(row: Int, previous: Int, of panel: HouseholdPanel, growthRate: Double?) {
        let w = panel.weight(row)
        let size = Double(panel.householdSize[row])
        let wage = panel.wageIncome[row], operating = panel.operatingIncome[row]
        let property = panel.propertyIncome[row], transfer = panel.transferIncome[row]
        let expense = panel.productionExpense[row]
        let gross = panel.gross(row)
        let net = panel.net(row)
        households += 1
        weight.add(w)
        persons.add(w * size)
        self.net.add(w * net)
        wageShare.add(weight: w, wage: wage, gross: gross)
        self.operating.add(w * operating)
        self.property.add(w * property)
        self.transfer.add(w * transfer)
        self.expense.add(w * expense)
        operatingNet.add(w * (operating - expense))
        guard previous >= 0 else { return }
        let previousWeight = panel.weight(previous)
        let previousNet = panel.net(previous)
        let previousSize = Double(panel.householdSize[previous])
        balancedHouseholds += 1
        balancedNet.add(w * net)
        balancedPersons.add(w * size)
        self.previousNet.add(previousWeight * previousNet)
        previousPersons.add(previousWeight * previousSize)
        let previousPCI = previousNet / previousSize
        if let growthRate, previousPCI > 0 {
            growthDefined.add(w)
            if (net / size) / previousPCI - 1 >= growthRate { growthMet.add(w) }
        }
    }
}
