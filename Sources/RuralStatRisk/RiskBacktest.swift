import RuralStatCore
/// The out-of-time back-test of the risk score (`ruralstat risk --evaluate`).
///
/// For each year T−1 that has a following year T and earlier transitions: fit the model on
/// the transitions that end by T−1, score the households of T−1 that have a record in T, and
/// compare with what happened in T. The events: `either` (pci_T below z_T, or `pci_change` ≤
/// −d), `below_line` alone, `drop` alone (only a household with pci_T−1 > 0 can drop). The
/// methods compared: the score, `p_below_line`, the naive flags of year T−1 (below line; near
/// line; below or near) and the departments' push rules (medical; education; either).
/// Every measure is given for each year and for all years pooled.
public struct RiskBacktest: Sendable {
    /// An outcome the back-test judges rankings by.
    public enum Event: String, Sendable, CaseIterable {
        /// Below the line or a drop of d or more.
        case either
        /// Below next year's line.
        case belowLine = "below_line"
        /// pci down by d or more.
        case drop
    }

    /// A ranking the back-test judges.
    public enum Method: String, Sendable, CaseIterable {
        /// The risk score.
        case score
        /// `p_below_line`.
        case pBelowLine = "p_below_line"
        /// `below_line` in T−1.
        case belowLine = "naive_below_line"
        /// `near_line` in T−1.
        case nearLine = "naive_near_line"
        /// `below_line` or `near_line` in T−1.
        case belowOrNear = "naive_below_or_near"
        /// The medical push rule in T−1.
        case pushMedical = "push_medical"
        /// The education push rule in T−1.
        case pushEducation = "push_education"
        /// Either push rule in T−1.
        case pushEither = "push_either"
    }

    /// One scored household-year of T−1 and its outcomes in T.
    public struct Case: Sendable {
        /// The origin year T−1.
        public let year: Int
        /// The ranking value of each ``Method`` (flags as 0 or 1), in `Method.allCases` order.
        public let values: [Double]
        /// Each ``Event`` in T, in `Event.allCases` order.
        public let outcomes: [Bool]
    }

    /// The visiting capacity N for precision and recall in the top N.
    public let capacity: Int
    /// Every case, year by year.
    public let cases: [Case]
    /// The origin years back-tested.
    public let years: [Int]

    /// Runs the back-test on `risk`.
    ///
    /// - Throws: ``RiskError`` when no year has both earlier transitions and a following year.
    public init(_ risk: RiskPanel, capacity: Int = 100) throws(RiskError) {
        self.capacity = capacity
        let features = RiskFeatures(risk)
        let panel = risk.panel
        let allYears = Set(panel.year.map(Int.init)).sorted()
        var cases: [Case] = []
        var years: [Int] = []
        var previous: RiskModel?
        for year in allYears.dropFirst() where allYears.contains(year + 1) {
            let model: RiskModel
            do {
                model = try RiskModel(features, lastOutcomeYear: year, startingFrom: previous)
            } catch where error.isTooLittleHistory {
                continue
            }
            previous = model
            years.append(year)
            for row in 0..<panel.count where Int(panel.year[row]) == year && risk.nextRow[row] >= 0 {
                let next = Int(risk.nextRow[row])
                let x = risk.indicators(row)
                let score = model.score(row)
                let below = x.belowLine == true, near = x.nearLine == true
                let medical = x.pushMedical == true, education = x.pushEducation == true
                let values: [Double] = [score.probability, score.pBelowLine ?? .nan, below ? 1 : 0, near ? 1 : 0, below || near ? 1 : 0,
                              medical ? 1 : 0, education ? 1 : 0, medical || education ? 1 : 0]
                let belowNext = risk.line(panel.year[next]).map { panel.pci(next) < $0 } ?? false
                let dropNext = (risk.pciChange(next) ?? 0) <= -risk.settings.drop
                cases.append(Case(year: year, values: values, outcomes: [belowNext || dropNext, belowNext, dropNext]))
            }
        }
        guard !years.isEmpty else {
            throw RiskError("no year has both earlier year-to-year transitions and a following year: "
                + "the back-test needs at least three consecutive years", "没有一年既有之前的逐年变化又有下一年：回测至少需要连续三年的数据")
        }
        self.cases = cases
        self.years = years
    }

    /// The measures of one method on one event over `cases`.
    public struct Measures: Sendable {
        /// Households scored.
        public let households: Int
        /// Households with the event.
        public let events: Int
        /// ROC AUC.
        public let rocAUC: Double?
        /// PR AUC (average precision).
        public let prAUC: Double?
        /// Precision and recall in the top 5%, the top 10% and the top N.
        public let top5, top10, topN: (precision: Double, recall: Double?)
        /// The Brier score, for a method that gives the event's probability (score for
        /// `either`, `p_below_line` for `below_line`).
        public let brier: Double?
    }

    /// The measures of `method` on every event over the cases of `year` (all years when
    /// `nil`) that the method scores (`p_below_line` needs a line), in `Event.allCases` order;
    /// the scores are ranked once.
    public func measures(_ method: Method, year: Int? = nil) -> [Measures] {
        let m = Method.allCases.firstIndex(of: method)!
        let chosen = cases.filter { ($0.year == year || year == nil) && !$0.values[m].isNaN }
        let scores = chosen.map { $0.values[m] }
        let ranking = RankingMetrics.Ranking(scores: scores)
        let n = chosen.count
        return Event.allCases.enumerated().map { e, event in
            let outcomes = chosen.map { $0.outcomes[e] }
            let probabilistic = (method == .score && event == .either) || (method == .pBelowLine && event == .belowLine)
            return Measures(
                households: n, events: outcomes.filter { $0 }.count, rocAUC: ranking.rocAUC(outcomes),
                prAUC: ranking.prAUC(outcomes), top5: ranking.top(Int((0.05 * Double(n)).rounded(.up)), outcomes),
                top10: ranking.top(Int((0.10 * Double(n)).rounded(.up)), outcomes), topN: ranking.top(capacity, outcomes),
                brier: probabilistic ? RankingMetrics.brier(probabilities: scores, outcomes: outcomes) : nil)
        }
    }

    /// The calibration of a probability against its event, pooled over the years: ten groups
    /// of (nearly) equal size by the predicted probability, each with its count, mean
    /// prediction and observed rate.
    public func calibration(_ method: Method, _ event: Event) -> [(households: Int, predicted: Double, observed: Double)] {
        let m = Method.allCases.firstIndex(of: method)!, e = Event.allCases.firstIndex(of: event)!
        let values = cases.map { $0.values[m] }
        let order = values.indices.filter { !values[$0].isNaN }.sorted { values[$0] < values[$1] }
        let n = order.count
        return (0..<10).compactMap { decile in
            let slice = order[(decile * n / 10)..<((decile + 1) * n / 10)]
            guard !slice.isEmpty else { return nil }
            let predicted = slice.reduce(0.0) { $0 + values[$1] } / Double(slice.count)
            let observed = Double(slice.filter { cases[$0].outcomes[e] }.count) / Double(slice.count)
            return (slice.count, predicted, observed)
        }
    }
}
