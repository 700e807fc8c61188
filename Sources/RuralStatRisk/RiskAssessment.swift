import Dispatch
import RuralStatCore

/// The risk analysis of one year (SPEC §3.2, §4.1 `risk`): for every household of the year,
/// its indicators, score, level, `p_below_line`, reasons and — for monitoring objects —
/// risk-elimination readiness, highest score first.
public struct RiskAssessment: Sendable {
    /// One household's row of the analysis.
    public struct Entry: Sendable {
        /// The household-year's row in the panel.
        public let row: Int
        /// The indicators.
        public let indicators: RiskIndicators
        /// The score, `p_below_line` and reasons.
        public let score: RiskScore
        /// The level of the score.
        public let level: RiskLevel
        /// Readiness for risk elimination, `nil` for a household that is not a monitoring object.
        public let readiness: EliminationReadiness?
    }

    /// The panel analysed.
    public let risk: RiskPanel
    /// The year analysed.
    public let year: Int
    /// The model that scored the households (fitted on transitions up to ``year``).
    public let model: RiskModel
    /// The households of ``year``, by score (highest first), ties by household id.
    public let entries: [Entry]

    /// Analyses `year` of `risk` (default: its latest), with a model fitted on every
    /// transition that ends by then.
    ///
    /// - Throws: ``RiskError`` for a year without records or too little history to fit.
    public init(_ risk: RiskPanel, year: Int? = nil) throws(RiskError) {
        let panel = risk.panel
        guard let latest = panel.year.max() else { throw RiskError("the households file has no rows", "住户文件没有数据行") }
        let year = year ?? Int(latest)
        guard panel.year.contains(Int32(year)) else { throw RiskError("no records in \(year)", "\(year)年没有记录") }
        self.risk = risk
        self.year = year
        let model = try RiskModel(risk, lastOutcomeYear: year)
        self.model = model
        let rows = (0..<panel.count).filter { Int(panel.year[$0]) == year }
        @Sendable func entry(_ row: Int) -> Entry {
            let indicators = risk.indicators(row)
            let score = model.score(row)
            return Entry(row: row, indicators: indicators, score: score, level: risk.settings.level(of: score.score),
                         readiness: risk.readiness(row, indicators: indicators))
        }
        // The households are scored in two halves at once; each half keeps its order.
        let middle = rows.count / 2
        var halves: [[Entry]] = [[], []]
        halves.withUnsafeMutableBufferPointer { halves in
            nonisolated(unsafe) let halves = halves
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                halves[half] = (half == 0 ? rows[..<middle] : rows[middle...]).map(entry)
            }
        }
        self.entries = Self.ranked((halves[0] + halves[1]).map { ($0, $0.score.score) }, ids: panel.householdID)
    }

    /// `items` by score, highest first; equal scores by household id (code point order).
    static func ranked<Item>(_ items: [(Item, Double)], ids: TextColumn) -> [Item] where Item: RowCarrying {
        items.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            return (ids[a.0.row] ?? "").unicodeScalars.lexicographicallyPrecedes((ids[b.0.row] ?? "").unicodeScalars)
        }.map(\.0)
    }

    /// The watchlist for field visits: the top `count` households by score, or the top `count`
    /// of each group when `grouping` is given (groups in their sorted order).
    public func watchlist(top count: Int, grouping: Grouping? = nil) -> [Entry] {
        guard let grouping else { return Array(entries.prefix(count)) }
        var taken = [Int](repeating: 0, count: grouping.count)
        var byGroup = [[Entry]](repeating: [], count: grouping.count)
        for entry in entries {
            let group = Int(grouping.groupOfRow[entry.row])
            guard taken[group] < count else { continue }
            taken[group] += 1
            byGroup[group].append(entry)
        }
        return byGroup.flatMap { $0 }
    }
}

/// Something that belongs to one panel row (for ranking with ties by household id).
protocol RowCarrying {
    /// The panel row.
    var row: Int { get }
}

extension RiskAssessment.Entry: RowCarrying {}
