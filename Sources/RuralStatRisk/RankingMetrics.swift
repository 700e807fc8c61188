/// Measures of how well scores rank binary outcomes, as a back-test reports them.
///
/// Higher scores should mean more events. Ties are handled without an arbitrary order:
/// ROC AUC gives a tied positive–negative pair one half (the Mann–Whitney statistic); PR AUC
/// is average precision over the distinct score thresholds (scikit-learn's
/// `average_precision_score`); precision and recall in the top k count a group of scores tied
/// across the cut-off by its expected share, as if the tie were broken at random.
public enum RankingMetrics {
    /// The ROC AUC: the probability that a random event household scores above a random
    /// non-event one (ties count one half); `nil` without both kinds.
    ///
    /// - Complexity: O(n log n).
    public static func rocAUC(scores: [Double], outcomes: [Bool]) -> Double? {
        Ranking(scores: scores).rocAUC(outcomes)
    }

    /// The PR AUC as average precision: Σ over distinct thresholds (highest first) of
    /// (recall_k − recall_k−1) · precision_k; `nil` without an event.
    public static func prAUC(scores: [Double], outcomes: [Bool]) -> Double? {
        Ranking(scores: scores).prAUC(outcomes)
    }

    /// Precision and recall among the `k` highest scores (a tie across the cut-off counts by its
    /// expected share); recall is `nil` without an event.
    public static func top(_ k: Int, scores: [Double], outcomes: [Bool]) -> (precision: Double, recall: Double?) {
        Ranking(scores: scores).top(k, outcomes)
    }

    /// The Brier score: the mean of (p − outcome)².
    public static func brier(probabilities: [Double], outcomes: [Bool]) -> Double {
        precondition(probabilities.count == outcomes.count, "one outcome per probability")
        var sum = 0.0
        for (p, y) in zip(probabilities, outcomes) { sum += (p - (y ? 1 : 0)) * (p - (y ? 1 : 0)) }
        return sum / Double(max(probabilities.count, 1))
    }

    /// Scores sorted once into groups of equal value, to measure against several outcomes.
    public struct Ranking: Sendable {
        /// The positions of the scores, ascending by score.
        let order: [Int]
        /// Where each group of equal scores starts in ``order``, then `order.count`.
        let starts: [Int]

        /// Sorts `scores`.
        ///
        /// - Complexity: O(n log n).
        public init(scores: [Double]) {
            let order = scores.indices.sorted { scores[$0] < scores[$1] }
            var starts: [Int] = []
            for position in order.indices where position == 0 || scores[order[position]] != scores[order[position - 1]] {
                starts.append(position)
            }
            starts.append(order.count)
            self.order = order
            self.starts = starts
        }

        /// The events of each group, ascending by score.
        private func groupHits(_ outcomes: [Bool]) -> [Int] {
            precondition(outcomes.count == order.count, "one outcome per score")
            return (0..<(starts.count - 1)).map { g in
                var hits = 0
                for position in starts[g]..<starts[g + 1] where outcomes[order[position]] { hits += 1 }
                return hits
            }
        }

        /// ROC AUC against `outcomes` (see ``RankingMetrics/rocAUC(scores:outcomes:)``).
        public func rocAUC(_ outcomes: [Bool]) -> Double? {
            let hits = groupHits(outcomes)
            let positives = Double(hits.reduce(0, +)), negatives = Double(order.count) - positives
            guard positives > 0, negatives > 0 else { return nil }
            var rankSum = 0.0
            for g in hits.indices {
                // A group occupying places start+1 … end gets their mean rank.
                let size = Double(starts[g + 1] - starts[g])
                rankSum += (Double(starts[g]) + (size + 1) / 2) * Double(hits[g])
            }
            return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
        }

        /// PR AUC against `outcomes` (see ``RankingMetrics/prAUC(scores:outcomes:)``).
        public func prAUC(_ outcomes: [Bool]) -> Double? {
            let hits = groupHits(outcomes)
            let positives = Double(hits.reduce(0, +))
            guard positives > 0 else { return nil }
            var taken = 0.0, found = 0.0, area = 0.0
            for g in hits.indices.reversed() {
                taken += Double(starts[g + 1] - starts[g])
                found += Double(hits[g])
                area += Double(hits[g]) / positives * (found / taken)
            }
            return area
        }

        /// Precision and recall in the top `k` against `outcomes` (see ``RankingMetrics/top(_:scores:outcomes:)``).
        public func top(_ k: Int, _ outcomes: [Bool]) -> (precision: Double, recall: Double?) {
            let hits = groupHits(outcomes)
            let k = min(k, order.count)
            guard k > 0 else { return (.nan, nil) }
            let positives = Double(hits.reduce(0, +))
            var remaining = Double(k), found = 0.0
            for g in hits.indices.reversed() where remaining > 0 {
                let size = Double(starts[g + 1] - starts[g])
                found += min(remaining, size) / size * Double(hits[g])
                remaining -= min(remaining, size)
            }
            return (found / Double(k), positives > 0 ? found / positives : nil)
        }
    }
}
