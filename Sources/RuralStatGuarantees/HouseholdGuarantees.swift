import RuralStatCore

/// The guarantee status of every household-year of a panel, read row by row on demand, with
/// each row linked to the same household's record of the year before.
public struct HouseholdGuarantees: Sendable {
    /// The households.
    public let panel: HouseholdPanel
    /// For each row, the same household's row of the year before, or −1
    /// (``RuralStatCore/HouseholdPanel/previousYearRows()``).
    public let previousRow: [Int32]
    /// The flags whose column the households file has, in ``GuaranteeFlag`` order.
    public let presentFlags: [GuaranteeFlag]
    private let columns: [[UInt8]?]

    /// Prepares the status of `panel`'s rows.
    ///
    /// - Complexity: O(n) to link each row to the year before.
    public init(_ panel: HouseholdPanel) {
        self.panel = panel
        self.previousRow = panel.previousYearRows()
        self.columns = GuaranteeFlag.allCases.map { $0.column(in: panel) }
        self.presentFlags = GuaranteeFlag.allCases.filter { $0.column(in: panel) != nil }
    }

    /// The flags of `row`: a cell of 0 is a gap; a missing cell, or a column the file lacks, is
    /// unknown; any other value (1) is guaranteed.
    public func status(_ row: Int) -> GuaranteeStatus {
        let (gaps, unknown) = masks(row)
        return GuaranteeStatus(gaps: GuaranteeFlag.allCases.filter { gaps & $0.bit != 0 },
                               unknown: GuaranteeFlag.allCases.filter { unknown & $0.bit != 0 })
    }

    /// ``status(_:)`` as two bit sets of ``GuaranteeFlag/bit``, without allocating.
    @inline(__always)
    func masks(_ row: Int) -> (gaps: UInt8, unknown: UInt8) {
        var gaps: UInt8 = 0, unknown: UInt8 = 0
        for (index, column) in columns.enumerated() {
            let bit: UInt8 = 1 << UInt8(index)  // GuaranteeFlag(rawValue: index).bit
            guard let column, column[row] != Missing.code else {
                unknown |= bit
                continue
            }
            if column[row] == 0 { gaps |= bit }
        }
        return (gaps, unknown)
    }

    /// How many years in a row, up to and including `row`'s year, the household has had a
    /// gap: 0 when `row` has none, else 1 plus the count of the household's record of the year
    /// before. A year without a record, or one whose status is undetermined, ends the run.
    ///
    /// - Complexity: O(length of the run).
    public func yearsInARow(_ row: Int) -> Int {
        var years = 0
        var current = row
        while current >= 0, masks(current).gaps != 0 {
            years += 1
            current = Int(previousRow[current])
        }
        return years
    }
}
