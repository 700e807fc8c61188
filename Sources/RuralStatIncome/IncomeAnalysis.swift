import RuralStatCore

/// SPEC §3 income measures for every group and year of a household panel: the library side
/// of `ruralstat income`.
///
/// One pass over the rows gathers each group-year's weighted sums (``IncomeCell/pci``,
/// balanced growth, wage share, per-capita components); rows are bucketed by group-year with
/// a counting sort and each bucket is sorted by pci once, for the quantiles, the Gini and FGT.
///
/// - Complexity: O(n + Σ n_c log n_c) time for n rows in cells of n_c rows; O(n) extra memory
///   (24 bytes per row for the sorted buckets, kept for ``sample(year:group:)``), the sums and
///   the cell of each non-empty group-year, and 4 bytes per year and group for its position.
public struct IncomeAnalysis: Sendable {
    /// The groups (`--by`) the cells refer to.
    public let grouping: Grouping
    /// How growth compares households with the year before.
    public let mode: PanelMode
    /// The line z_t of each year that has one (yuan per person).
    public let lines: [Int: Double]
    /// The rate against which each household's own growth is judged, if any.
    public let growthRate: Double?
    /// The households analysed (``Population/everyone`` for every household).
    public let population: Population
    /// The years with at least one analysed record, ascending.
    public let years: [Int]
    /// The measures of every non-empty group-year, sorted by year, then group.
    public let cells: [IncomeCell]

    /// The panel analysed (all rows, also those outside ``population``).
    package let panel: HouseholdPanel
    /// For each row of ``panel``, its household's row of the year before, or −1.
    let previous: [Int32]

    /// One analysed record in a group-year bucket: its pci, person weight v = w·size and
    /// household weight w.
    struct Entry {
        var pci: Double
        var persons: Double
        var weight: Double
    }

    /// Records bucketed by cell (non-empty group-year, in the order of ``cells``), each bucket
    /// sorted by pci.
    let entries: [Entry]
    /// Where each cell's bucket starts in ``entries``; one more element than there are cells.
    let bucketStart: [Int]
    /// The position in ``cells`` of each key (year slot × groups + group), or −1 for an empty
    /// group-year: the only array of the analysis as long as years × groups, so a group without
    /// a record in a year costs 4 bytes there, not a cell's sums.
    let cellPosition: [Int32]

    /// Analyses `panel` grouped by `dimensions`.
    ///
    /// - Parameters:
    ///   - mode: balanced (default) or cross-section growth.
    ///   - lines: the line of each year for FGT; years without one get no FGT (see
    ///     ``init(panel:by:mode:line:growthRate:population:)`` for a ``MonitoringLine``).
    ///   - growthRate: when given, ``IncomeCell/shareMetGrowth`` is the share of households
    ///     whose own growth reached it.
    ///   - population: only its households count (membership by the year-t record or, reckoned
    ///     at the start of the year, by the t−1 record; in balanced mode their t−1 records count
    ///     whatever their category).
    /// - Throws: ``GroupingError`` when the panel lacks a `--by` column.
    public init(
        panel: HouseholdPanel,
        by dimensions: [GroupDimension],
        mode: PanelMode = .balanced,
        lines: [Int: Double],
        growthRate: Double? = nil,
        population: Population = .everyone
    ) throws(GroupingError) {
        self.init(
            panel: panel, grouping: try Grouping(panel, by: dimensions), previous: panel.previousYearRows(),
            mode: mode, lines: lines, growthRate: growthRate, population: population
        )
    }

    /// Analyses `panel` with a grouping and previous-year links already made for it.
    init(
        panel: HouseholdPanel,
        grouping: Grouping,
        previous: [Int32],
        mode: PanelMode,
        lines: [Int: Double],
        growthRate: Double?,
        population: Population
    ) {
        self.panel = panel
        self.previous = previous
        self.grouping = grouping
        self.mode = mode
        self.lines = lines
        self.growthRate = growthRate
        self.population = population

        let included = population.membership(of: panel, previous: previous)
        let slots = YearSlots(panel.year, included: included)
        years = slots.years
        let groups = grouping.count
        let keyCount = slots.years.count * groups
        func key(_ row: Int) -> Int { slots.slot(of: panel.year[row]) * groups + Int(grouping.groupOfRow[row]) }

        // The non-empty group-year keys numbered in key order (= year, then group): the cells.
        var position = [Int32](repeating: -1, count: keyCount)
        for row in 0..<panel.count where included?[row] ?? true { position[key(row)] = 0 }
        var cellCount = 0
        for k in 0..<keyCount where position[k] == 0 {
            position[k] = Int32(cellCount)
            cellCount += 1
        }
        // Rows bucketed by cell (the first half of the package's one counting sort gives each
        // bucket's start), and the additive totals gathered on the way.
        let cellOfRow = (0..<panel.count).map { row in
            included?[row] ?? true ? UInt32(position[key(row)]) : UInt32.max
        }
        let counts = CodeBuckets.starts(cellOfRow, codeCount: cellCount).map(Int.init)
        bucketStart = counts
        var totals = [GroupYearTotals](repeating: GroupYearTotals(), count: cellCount)
        // The rows are visited in file order (the columns read sequentially, not gathered bucket
        // by bucket: 1M rows take about 0.2 s less), each placed at the next free slot of its
        // bucket, so every bucket still holds its rows in file order.
        var fill = counts
        var entries = [Entry](repeating: Entry(pci: 0, persons: 0, weight: 0), count: counts[cellCount])
        for row in 0..<panel.count where cellOfRow[row] != UInt32.max {
            let c = Int(cellOfRow[row])
            let w = panel.weight(row)
            entries[fill[c]] = Entry(pci: panel.pci(row), persons: w * Double(panel.householdSize[row]), weight: w)
            fill[c] += 1
            totals[c].add(row: row, previous: Int(previous[row]), of: panel, growthRate: growthRate)
        }
        entries.withUnsafeMutableBufferPointer { buffer in
            for c in 0..<cellCount where counts[c + 1] - counts[c] > 1 {
                var bucket = UnsafeMutableBufferPointer(rebasing: buffer[counts[c]..<counts[c + 1]])
                bucket.sort { $0.pci < $1.pci }
            }
        }
        self.entries = entries

        // One cell per non-empty key, in key order.
        var cells: [IncomeCell] = []
        cells.reserveCapacity(cellCount)
        for k in 0..<keyCount where position[k] >= 0 {
            let c = Int(position[k])
            let year = slots.years[k / groups]
            var previousCrossSection: Double?
            if let slot = slots.slotIfPresent(of: year - 1), position[slot * groups + k % groups] >= 0 {
                let t = totals[Int(position[slot * groups + k % groups])]
                previousCrossSection = t.net.value / t.persons.value
            }
            cells.append(Self.cell(
                year: year, group: k % groups, totals: totals[c],
                sample: Self.sample(entries[counts[c]..<counts[c + 1]]), line: lines[year],
                mode: mode, previousCrossSection: previousCrossSection
            ))
        }
        self.cells = cells
        cellPosition = position
    }

    /// The same analysis restricted to the households of `population`, with the same groups
    /// and lines.
    public func restricted(to population: Population) -> IncomeAnalysis {
        IncomeAnalysis(
            panel: panel, grouping: grouping, previous: previous, mode: mode, lines: lines,
            growthRate: growthRate, population: population
        )
    }

    /// The same analysis of the same households grouped by `dimensions` instead.
    ///
    /// - Throws: ``GroupingError`` when the panel lacks a column of `dimensions`.
    public func regrouped(by dimensions: [GroupDimension]) throws(GroupingError) -> IncomeAnalysis {
        IncomeAnalysis(
            panel: panel, grouping: try Grouping(panel, by: dimensions), previous: previous, mode: mode,
            lines: lines, growthRate: growthRate, population: population
        )
    }

    /// Whether the panel has a `county` column.
    public var hasCounties: Bool { panel.county != nil }

    /// The measures of `group` in `year`, or `nil` when the group has no record that year.
    public func cell(year: Int, group: Int) -> IncomeCell? {
        guard let k = key(year: year, group: group), cellPosition[k] >= 0 else { return nil }
        return cells[Int(cellPosition[k])]
    }

    /// The measures of the group with these labels in `year` (see ``Grouping/group(county:township:village:category:)``),
    /// e.g. `cell(year: 2024, township: "金山镇", category: .alleviated)`; `nil` when no such
    /// group has a record that year.
    public func cell(
        year: Int, county: String? = nil, township: String? = nil, village: String? = nil,
        category: HouseholdCategory? = nil
    ) -> IncomeCell? {
        grouping.group(county: county, township: township, village: village, category: category)
            .flatMap { cell(year: year, group: $0) }
    }

    /// The pci of `group`'s households in `year` with person weights, sorted: the
    /// distribution behind the quantiles, Gini and FGT; `nil` for an empty group-year.
    public func sample(year: Int, group: Int) -> WeightedSample? {
        bucket(year: year, group: group).map(Self.sample)
    }

    /// The households (Σ w) of `group` in `year` whose pci is below `line`, and the FGT
    /// measures at that line, whose ``PovertyMeasures/weightBelow`` is the persons (Σ w·size)
    /// below it and ``PovertyMeasures/headcount`` their share (FGT0). `nil` for an empty
    /// group-year or a line that is not a positive finite number (the rule of
    /// ``WeightedSample/povertyMeasures(line:)``, which decides who is below).
    /// - Complexity: O(n_c) for the n_c records of the group-year.
    public func belowLine(_ line: Double, year: Int, group: Int) -> (households: Double, poverty: PovertyMeasures)? {
        guard let bucket = bucket(year: year, group: group),
              let poverty = Self.sample(bucket).povertyMeasures(line: line) else { return nil }
        var households = DoubleDouble()
        for entry in bucket.prefix(poverty.countBelow) { households.add(entry.weight) }
        return (households.value, poverty)
    }

    /// The records of `group` in `year`, sorted by pci; `nil` for an empty group-year.
    private func bucket(year: Int, group: Int) -> ArraySlice<Entry>? {
        guard let k = key(year: year, group: group), cellPosition[k] >= 0 else { return nil }
        let c = Int(cellPosition[k])
        return entries[bucketStart[c]..<bucketStart[c + 1]]
    }

    private func key(year: Int, group: Int) -> Int? {
        guard let slot = years.firstIndex(of: year), (0..<grouping.count).contains(group) else { return nil }
        return slot * grouping.count + group
    }

    private static func sample(_ bucket: ArraySlice<Entry>) -> WeightedSample {
        WeightedSample(sortedValues: bucket.map(\.pci), weights: bucket.map(\.persons))
    }

    /// The finished measures of one group-year.
    private static func cell(
        year: Int, group: Int, totals t: GroupYearTotals, sample: WeightedSample, line: Double?,
        mode: PanelMode, previousCrossSection: Double?
    ) -> IncomeCell {
        let persons = t.persons.value
        let pci = t.net.value / persons
        let current: Double?, previous: Double?
        switch mode {
        case .balanced:
            let hasBalanced = t.balancedHouseholds > 0
            current = hasBalanced ? t.balancedNet.value / t.balancedPersons.value : nil
            previous = hasBalanced ? t.previousNet.value / t.previousPersons.value : nil
        case .crossSection:
            current = pci
            previous = previousCrossSection
        }
        var growth: Double?
        if let current, let previous, previous > 0 { growth = current / previous - 1 }
        let q = sample.quantiles(IncomeQuantiles.probabilities)!
        return IncomeCell(
            year: year, group: group, households: t.households, weightedHouseholds: t.weight.value,
            persons: persons, pci: pci, pciBalanced: current, pciPrevious: previous, growth: growth,
            quantiles: IncomeQuantiles(p10: q[0], p25: q[1], median: q[2], p75: q[3], p90: q[4]),
            gini: sample.gini(), line: line, poverty: line.flatMap(sample.povertyMeasures(line:)),
            wageShare: t.wageShare.share,
            operatingNetShare: t.net.value > 0 ? t.operatingNet.value / t.net.value : nil,
            perCapita: IncomeComponents(
                wage: t.wageShare.wageTotal / persons, operating: t.operating.value / persons,
                property: t.property.value / persons, transfer: t.transfer.value / persons,
                productionExpense: t.expense.value / persons
            ),
            shareMetGrowth: t.growthDefined.value > 0 ? t.growthMet.value / t.growthDefined.value : nil
        )
    }
}
