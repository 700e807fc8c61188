/// A dense numbering of the years present among a panel's rows, for indexing group-year
/// arrays by year without hashing.
///
/// The one year index of the package: the income analysis, its year medians and the
/// employment table index their group-years by it.
package struct YearSlots: Sendable {
    /// The distinct years, ascending.
    package let years: [Int]
    private let first: Int
    private let slotOfOffset: [Int32]

    /// The years of the rows of `year` that are `included` (every row when `nil`).
    package init(_ year: [Int32], included: [Bool]?) {
        var low = Int32.max, high = Int32.min
        for row in year.indices where included?[row] ?? true {
            low = min(low, year[row])
            high = max(high, year[row])
        }
        guard low <= high else {
            years = []
            first = 0
            slotOfOffset = []
            return
        }
        var present = [Bool](repeating: false, count: Int(high - low) + 1)
        for row in year.indices where included?[row] ?? true { present[Int(year[row] - low)] = true }
        var slots = [Int32](repeating: -1, count: present.count)
        var years: [Int] = []
        for offset in present.indices where present[offset] {
            slots[offset] = Int32(years.count)
            years.append(Int(low) + offset)
        }
        self.years = years
        first = Int(low)
        slotOfOffset = slots
    }

    /// The slot of a year that is present.
    @inline(__always)
    package func slot(of year: Int32) -> Int { Int(slotOfOffset[Int(year) - first]) }

    /// The slot of `year`, or `nil` when no included row has that year.
    package func slotIfPresent(of year: Int) -> Int? {
        let offset = year - first
        guard slotOfOffset.indices.contains(offset), slotOfOffset[offset] >= 0 else { return nil }
        return Int(slotOfOffset[offset])
    }
}
