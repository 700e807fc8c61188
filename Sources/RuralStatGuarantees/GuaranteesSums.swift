import RuralStatCore

/// The weighted sums of one group-year from which every metric of ``GuaranteesGroupYear`` is
/// a ratio or a difference; each is Σ w·x over the group's records.
struct GuaranteesSums {
    var records = 0
    var households = 0.0
    var persons = 0.0
    var flagGaps = [Double](repeating: 0, count: GuaranteeFlag.allCases.count)
    var flagKnown = [Double](repeating: 0, count: GuaranteeFlag.allCases.count)
    var anyGap = 0.0
    var missingFlags = 0.0
    var noGap = 0.0
    var personsWithGap = 0.0
    var persistentGap = 0.0

    /// Adds household row `row` of `households`.
    mutating func add(row: Int, of households: HouseholdGuarantees) {
        let panel = households.panel
        let w = panel.weight(row)
        let size = Double(panel.householdSize[row])
        let (gaps, unknown) = households.masks(row)
        records += 1
        self.households += w
        persons += w * size
        for flag in GuaranteeFlag.allCases {
            if gaps & flag.bit != 0 { flagGaps[flag.rawValue] += w }
            if unknown & flag.bit == 0 { flagKnown[flag.rawValue] += w }
        }
        if gaps != 0 {
            anyGap += w
            personsWithGap += w * size
            let previous = Int(households.previousRow[row])
            if previous >= 0, households.masks(previous).gaps != 0 { persistentGap += w }
        } else if unknown != 0 {
            missingFlags += w
        } else {
            noGap += w
        }
    }

    /// The metrics of these sums; `previous` are the same group's sums of the year before.
    func metrics(year: Int, group: Int, present: [GuaranteeFlag], previous: GuaranteesSums?) -> GuaranteesGroupYear {
        var result = GuaranteesGroupYear(
            year: year, group: group, records: records, households: households, persons: persons,
            flagGaps: GuaranteeFlag.allCases.map { present.contains($0) ? flagGaps[$0.rawValue] : nil },
            flagKnown: flagKnown, anyGap: anyGap, missingFlags: missingFlags, noGap: noGap,
            personsWithGap: personsWithGap, persistentGap: persistentGap
        )
        if let previous {
            let before = previous.metrics(year: year - 1, group: group, present: present, previous: nil)
            result.anyGapChange = anyGap - previous.anyGap
            if let now = result.anyGapShare, let then = before.anyGapShare { result.anyGapShareChange = now - then }
        }
        return result
    }
}
