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
        precondition(scores.count == outcomes.count, "one outcome per score")
        let positives = Double(outcomes.filter { $0 }.count), negatives = Double(outcomes.count) - positives
        guard positives > 0, negatives > 0 else { return nil }
        var rankSum = 0.0
        for group in tiedGroups(scores) {
            // Ranks from the bottom: a group occupying places start+1 … start+count gets their mean.
            let meanRank = Double(group.lowerRank) + (Double(group.rows.count) + 1) / 2
            rankSum += meanRank * Double(group.rows.filter { outcomes[$0] }.count)
        }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
    }

    /// The PR AUC as average precision: Σ over distinct thresholds (highest first) of
    /// (recall_k − recall_k−1) · precision_k; `nil` without an event.
    public static func prAUC(scores: [Double], outcomes: [Bool]) -> Double? {
        precondition(scores.count == outcomes.count, "one outcome per score")
        let positives = Double(outcomes.filter { $0 }.count)
        guard positives > 0 else { return nil }
        var taken = 0.0, hits = 0.0, area = 0.0
        for group in tiedGroups(scores).reversed() {
            let groupHits = Double(group.rows.filter { outcomes[$0] }.count)
            taken += Double(group.rows.count)
            hits += groupHits
            area += groupHits / positives * (hits / taken)
        }
        return area
    }

    /// Precision and recall among the `k` highest scores (a tie across the cut-off counts by its
    /// expected share); recall is `nil` without an event.
    public static func top(_ k: Int, scores: [Double], outcomes: [Bool]) -> (precision: Double, recall: Double?) {
        precondition(scores.count == outcomes.count, "one outcome per score")
        let k = min(k, scores.count)
        guard k > 0 else { return (.nan, nil) }
        let positives = Double(outcomes.filter { $0 }.count)
        var remaining = Double(k), hits = 0.0
        for group in tiedGroups(scores).reversed() where remaining > 0 {
            let size = Double(group.rows.count)
            let share = min(remaining, size) / size
            hits += share * Double(group.rows.filter { outcomes[$0] }.count)
            remaining -= min(remaining, size)
        }
        return (hits / Double(k), positives > 0 ? hits / positives : nil)
    }

    /// The Brier score: the mean of (p − outcome)².
    public static func brier(probabilities: [Double], outcomes: [Bool]) -> Double {
        precondition(probabilities.count == outcomes.count, "one outcome per probability")
        var sum = 0.0
        for (p, y) in zip(probabilities, outcomes) { sum += (p - (y ? 1 : 0)) * (p - (y ? 1 : 0)) }
        return sum / Double(max(probabilities.count, 1))
    }

    /// Groups of equal scores in ascending order of score, each with the number of scores below it.
    static func tiedGroups(_ scores: [Double]) -> [(lowerRank: Int, rows: [Int])] {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var groups: [(lowerRank: Int, rows: [Int])] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, scores[order[end]] == scores[order[start]] { end += 1 }
            groups.append((start, Array(order[start..<end])))
            start = end
        }
        return groups
    }
}
