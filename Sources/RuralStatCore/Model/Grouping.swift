import RuralStatText

/// A column that households can be grouped by (`--by`).
public enum GroupDimension: String, CaseIterable, Sendable, Hashable {
    /// `county` (县).
    case county
    /// `township` (乡镇).
    case township
    /// `village` (行政村).
    case village
    /// `category` (户类型).
    case category

    /// Parses a `--by` list such as `township,category`; `all` or an empty list means no grouping.
    ///
    /// A dimension is named as the households file may name its column (SPEC §2.1): by the
    /// English name or any Chinese alias, compared as headers are (``ColumnSpec/matches(header:)``:
    /// full-width and half-width forms alike, spaces ignored, any case). So `乡镇`, `乡镇(街道)`
    /// and `TOWNSHIP` all name `township`; the names may be separated by `,`, `，` or `、`.
    ///
    /// - Throws: ``GroupingError/unknownDimension(_:)`` for a name that is not a dimension.
    public static func parseList(_ text: String) throws(GroupingError) -> [GroupDimension] {
        var dimensions: [GroupDimension] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }) {
            let name = String(part)
            if name.headerKey.isEmpty || name.headerKey == "all" { continue }
            guard let dimension = allCases.first(where: { $0.column.spec.matches(header: name) }) else {
                throw .unknownDimension(name)
            }
            if !dimensions.contains(dimension) { dimensions.append(dimension) }
        }
        return dimensions
    }
}

extension GroupDimension {
    /// The households file's column of this dimension.
    var column: HouseholdColumn {
        switch self {
        case .county: .county
        case .township: .township
        case .village: .village
        case .category: .category
        }
    }

    /// The columns of every dimension: what a ``Grouping`` may read, whatever it groups by
    /// (the places that enclose a dimension come with it, targets judged by county regroup,
    /// and a population is a set of categories).
    public static let columns = Set(allCases.map(\.column))
}

/// Why a grouping could not be made.
public enum GroupingError: Error, Equatable, LocalizedMessage {
    /// The `--by` list names something that is not a group column.
    case unknownDimension(String)
    /// The households file has no such column.
    case missingColumn(GroupDimension)

    /// What is wrong, in `language`.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.unknownDimension(let name), .en):
            "unknown group column '\(name)'; use county, township, village, category or all"
        case (.unknownDimension(let name), .zh):
            "未知的分组列“\(name)”；可用 county、township、village、category 或 all"
        case (.missingColumn(let dimension), .en):
            "cannot group by \(dimension.rawValue): the households file has no \(dimension.rawValue) column"
        case (.missingColumn(let dimension), .zh):
            "无法按\(FileSchema.chineseHouseholdHeader(dimension.rawValue))分组："
                + "住户文件没有“\(FileSchema.chineseHouseholdHeader(dimension.rawValue))”列"
        }
    }
}

/// Assigns each household-year row to a group of one or more ``GroupDimension``s.
///
/// Places nest: a village is a village within its township within its county, and a
/// township one within its county, so same-named villages of different townships (何寨村 of
/// 金山镇 and of 马坪镇) are different groups. Grouping by `village` therefore shows the
/// `township` column too (inserted before `village` when the panel has one and it was not
/// asked for), and each group's ``keys`` hold its enclosing places even when they are not
/// shown.
///
/// Groups are numbered 0..<``count`` in sorted order of their labels (dimension by dimension,
/// by code point; categories in ``HouseholdCategory``'s order, the plans' 脱贫户, 脱贫不稳定户,
/// 边缘易致贫户, 突发严重困难户, 一般农户; then by the enclosing places not shown),
/// so reports list them in a stable order. A row whose group cell is missing belongs to a
/// group whose label for that dimension is the empty string. With no dimensions every row is
/// in the single group `all`.
public struct Grouping: Sendable {
    /// The dimensions shown, in the order given (with `township` before a `village` not
    /// preceded by it).
    public let dimensions: [GroupDimension]
    /// The group of each row.
    public let groupOfRow: [Int32]
    /// For each group, one label per dimension (empty for a missing cell); `["all"]` when
    /// there are no dimensions.
    public let labels: [[String]]
    /// For each group, its typed key: the labels of its dimensions and of the places that
    /// enclose them.
    public let keys: [GroupKey]

    /// The number of groups.
    public var count: Int { labels.count }

    /// Groups the rows of `panel` by `dimensions`.
    ///
    /// - Throws: ``GroupingError/missingColumn(_:)`` when the panel lacks a dimension's column.
    /// - Complexity: O(n) plus sorting the distinct groups.
    public init(_ panel: HouseholdPanel, by requested: [GroupDimension]) throws(GroupingError) {
        var dimensions = requested
        if let village = dimensions.firstIndex(of: .village), panel.township != nil,
           !dimensions[..<village].contains(.township) {
            dimensions.removeAll { $0 == .township }
            dimensions.insert(.township, at: dimensions.firstIndex(of: .village)!)
        }
        self.dimensions = dimensions
        guard !dimensions.isEmpty else {
            groupOfRow = [Int32](repeating: 0, count: panel.count)
            labels = [["all"]]
            keys = [GroupKey()]
            return
        }
        for dimension in requested where dimension == .category ? panel.category == nil
            : Self.column(panel, dimension) == nil {
            throw .missingColumn(dimension)
        }
        let hidden = [GroupDimension.county, .township].filter { place in
            !dimensions.contains(place) && Self.column(panel, place) != nil
                && dimensions.contains { Self.encloses(place, $0) }
        }
        // Per dimension shown and per enclosing place (each once: a dimension asked twice sorts
        // as once): a code per row, each code's label and its rank among the labels.
        let all = (dimensions + hidden).reduce(into: [GroupDimension]()) { if !$0.contains($1) { $0.append($1) } }
        var rowCodes: [[UInt32]] = []
        var missingCodes: [UInt32] = []
        var codeLabels: [[String]] = []
        var codeRanks: [[UInt32]] = []
        for dimension in all {
            let (codes, missing, names) = try Self.codes(panel, dimension)
            rowCodes.append(codes)
            missingCodes.append(missing)
            codeLabels.append(names)
            codeRanks.append(Self.ranks(dimension == .category ? names.map(Self.categorySortKey) : names))
        }
        // A code's place in its dimension's labels and ranks (a missing cell's is the last).
        let index = { (d: Int, code: UInt32) in code == missingCodes[d] ? codeLabels[d].count - 1 : Int(code) }
        // Distinct combinations in first-seen order, one fixed-size key each (at most four
        // dimensions), then sorted by their labels' ranks (first-seen order among equal labels).
        // They are found in a table indexed by the codes when it has no more slots than there
        // are rows (a few hundred township × category pairs: no hashing per row), else by hash.
        let radix = codeLabels.map(\.count)
        var slots: Int? = 1
        for r in radix {
            guard let s = slots else { break }
            let (product, overflow) = s.multipliedReportingOverflow(by: r)
            slots = overflow || product > max(panel.count, 1 << 16) ? nil : product
        }
        var comboOfSlot = [Int32](repeating: -1, count: slots ?? 0)
        var seen: [SIMD4<UInt32>: Int32] = [:]
        var combos: [SIMD4<UInt32>] = []
        var provisional = [Int32](repeating: 0, count: panel.count)
        for row in 0..<panel.count {
            var key = SIMD4<UInt32>()
            for d in 0..<all.count { key[d] = rowCodes[d][row] }
            if slots != nil {
                var slot = 0
                for d in 0..<all.count { slot = slot * radix[d] + index(d, key[d]) }
                if comboOfSlot[slot] < 0 {
                    comboOfSlot[slot] = Int32(combos.count)
                    combos.append(key)
                }
                provisional[row] = comboOfSlot[slot]
            } else if let id = seen[key] {
                provisional[row] = id
            } else {
                let id = Int32(combos.count)
                seen[key] = id
                combos.append(key)
                provisional[row] = id
            }
        }
        seen = [:]
        comboOfSlot = []
        let comboRanks = combos.map { combo in
            var ranks = SIMD4<UInt32>()
            for d in 0..<all.count { ranks[d] = codeRanks[d][index(d, combo[d])] }
            return ranks
        }
        let order = combos.indices.sorted { a, b in
            for d in 0..<all.count where comboRanks[a][d] != comboRanks[b][d] { return comboRanks[a][d] < comboRanks[b][d] }
            return a < b
        }
        var rank = [Int32](repeating: 0, count: order.count)
        for (position, id) in order.enumerated() { rank[id] = Int32(position) }
        for row in provisional.indices { provisional[row] = rank[Int(provisional[row])] }
        groupOfRow = provisional
        let label = { (combo: SIMD4<UInt32>, dimension: GroupDimension) -> String in
            let d = all.firstIndex(of: dimension)!
            return codeLabels[d][index(d, combo[d])]
        }
        labels = order.map { id in dimensions.map { label(combos[id], $0) } }
        keys = order.map { id in
            var key = GroupKey()
            for dimension in all { key[dimension] = label(combos[id], dimension) }
            return key
        }
    }

    /// The group with these labels, or `nil` when no group, or more than one, matches.
    ///
    /// Give a label for every dimension of the grouping (`""` for a missing cell); enclosing
    /// places not shown may be given to tell same-named places apart. A label for a
    /// dimension the grouping does not have matches no group.
    public func group(
        county: String? = nil, township: String? = nil, village: String? = nil, category: HouseholdCategory? = nil
    ) -> Int? {
        let asked: [GroupDimension: String] = [
            .county: county, .township: township, .village: village, .category: category?.code,
        ].compactMapValues { $0 }
        guard dimensions.allSatisfy({ asked[$0] != nil }) else { return nil }
        let matches = keys.indices.filter { group in
            asked.allSatisfy { dimension, label in keys[group][dimension] == label }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Whether `place` encloses `dimension` (a county its townships and villages, a township
    /// its villages).
    private static func encloses(_ place: GroupDimension, _ dimension: GroupDimension) -> Bool {
        switch (place, dimension) {
        case (.county, .township), (.county, .village), (.township, .village): true
        default: false
        }
    }

    /// The text column of a place dimension.
    private static func column(_ panel: HouseholdPanel, _ dimension: GroupDimension) -> TextColumn? {
        switch dimension {
        case .county: panel.county
        case .township: panel.township
        case .village: panel.village
        case .category: nil
        }
    }

    /// Each label's rank in the sorted order of `labels` (by code point); equal labels share one.
    private static func ranks(_ labels: [String]) -> [UInt32] {
        let order = labels.indices.sorted { labels[$0] < labels[$1] }
        var ranks = [UInt32](repeating: 0, count: labels.count)
        var rank: UInt32 = 0
        for (position, index) in order.enumerated() {
            if position > 0, labels[order[position - 1]] != labels[index] { rank += 1 }
            ranks[index] = rank
        }
        return ranks
    }

    /// A category's label as it sorts: its place in ``HouseholdCategory``'s order (the one
    /// owner of that order), the empty label of a missing cell first, as for the other dimensions.
    private static func categorySortKey(_ label: String) -> String {
        HouseholdCategory(label: label).map { String($0.rawValue) } ?? label
    }

    /// One code per row for `dimension` (a text column's own codes, not copied), the code of a
    /// missing cell, and each code's label followed by "", the label of a missing cell.
    private static func codes(
        _ panel: HouseholdPanel, _ dimension: GroupDimension
    ) throws(GroupingError) -> (codes: [UInt32], missing: UInt32, labels: [String]) {
        if dimension == .category {
            guard let category = panel.category else { throw .missingColumn(dimension) }
            return (category.map(UInt32.init), UInt32(Missing.code), HouseholdCategory.allCases.map(\.code) + [""])
        }
        guard let column = column(panel, dimension) else { throw .missingColumn(dimension) }
        return (column.codes, TextColumn.missing, column.dictionary + [""])
    }
}
