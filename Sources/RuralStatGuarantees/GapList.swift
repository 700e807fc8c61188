import RuralStatCore

/// The follow-up list (`--list gaps`): every household with a gap in the year, in the order a
/// township works through it.
///
/// Order: year; then the `--by` group (in the grouping's order, so `--by village` keeps each
/// village's households together); then county, township and village; then the longest run of
/// years with a gap first; then the most flags with a gap first; then `household_id`.
public struct GapList: Sendable {
    /// One household-year on the list.
    public struct Entry: Sendable, Hashable {
        /// The row in the panel.
        public var row: Int
        /// Its flags.
        public var status: GuaranteeStatus
        /// Years in a row with a gap, this one included (``HouseholdGuarantees/yearsInARow(_:)``).
        public var yearsInARow: Int
    }

    /// The households the list is drawn from.
    public let households: HouseholdGuarantees
    /// The place columns the households file has, of county, township and village.
    public let places: [GroupDimension]
    /// The entries, in list order.
    public let entries: [Entry]
    /// The household-years of the list's year (or years) with no gap and a flag unknown
    /// (``GuaranteeStatus/isUndetermined``): not listed, but counted under the list.
    public let undetermined: Int

    /// The households of `households` with a gap in `year` (every year when `nil`).
    ///
    /// - Parameter grouping: the `--by` grouping whose groups lead the order.
    /// - Complexity: O(n) plus sorting the listed households.
    public init(_ households: HouseholdGuarantees, grouping: Grouping, year: Int?) {
        let panel = households.panel
        let placeColumns = panel.places
        var entries: [Entry] = []
        var undetermined = 0
        for row in 0..<panel.count where year == nil || Int(panel.year[row]) == year {
            let (gaps, unknown) = households.masks(row)
            guard gaps != 0 else {
                if unknown != 0 { undetermined += 1 }
                continue
            }
            entries.append(Entry(row: row, status: households.status(row), yearsInARow: households.yearsInARow(row)))
        }
        let keys = entries.map { entry in placeColumns.map { $0.column[entry.row] ?? "" } }
        let order = entries.indices.sorted { a, b in
            let x = entries[a], y = entries[b]
            if panel.year[x.row] != panel.year[y.row] { return panel.year[x.row] < panel.year[y.row] }
            let gx = grouping.groupOfRow[x.row], gy = grouping.groupOfRow[y.row]
            if gx != gy { return gx < gy }
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            if x.yearsInARow != y.yearsInARow { return x.yearsInARow > y.yearsInARow }
            if x.status.gaps.count != y.status.gaps.count { return x.status.gaps.count > y.status.gaps.count }
            return (panel.householdID[x.row] ?? "") < (panel.householdID[y.row] ?? "")
        }
        self.households = households
        self.places = placeColumns.map(\.dimension)
        self.entries = order.map { entries[$0] }
        self.undetermined = undetermined
    }
}
