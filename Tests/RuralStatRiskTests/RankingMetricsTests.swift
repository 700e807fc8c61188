import Testing
@testable import RuralStatRisk

/// AUC, PR AUC and precision@k against examples worked by hand.
@Suite struct RankingMetricsTests {
    /// Scores 0.9 (event), 0.8 (no), 0.7 (event), 0.6 (no), 0.5 (no).
    /// Event pairs above non-events: 0.9 beats 3, 0.7 beats 2 (0.6, 0.5) → 5 of 2·3 = 6 pairs.
    @Test func rocAUCCountsPairs() {
        let auc = RankingMetrics.rocAUC(scores: [0.9, 0.8, 0.7, 0.6, 0.5], outcomes: [true, false, true, false, false])
        #expect(auc == 5.0 / 6.0)
    }

    /// A tie between an event and a non-event counts one half: scores 1, 1 (event / no), 0 (no):
    /// pairs (event vs tied no) ½ + (event vs 0) 1 = 1.5 of 2.
    @Test func rocAUCGivesTiesOneHalf() {
        #expect(RankingMetrics.rocAUC(scores: [1, 1, 0], outcomes: [true, false, false]) == 0.75)
        #expect(RankingMetrics.rocAUC(scores: [1, 0], outcomes: [true, true]) == nil)
    }

    /// Same five: thresholds 0.9 (P 1/1, R ½), 0.8 (P ½, R ½), 0.7 (P ⅔, R 1), … →
    /// AP = ½·1 + ½·⅔ = 5/6.
    @Test func prAUCIsAveragePrecision() {
        let ap = RankingMetrics.prAUC(scores: [0.9, 0.8, 0.7, 0.6, 0.5], outcomes: [true, false, true, false, false])
        #expect(abs(ap! - 5.0 / 6.0) < 1e-15)
        // A tie of two (one event) at the top with one event below: threshold 1 (P ½, R ½), 0 (P ⅔, R 1):
        // AP = ½·½ + ½·⅔ = 7/12.
        let tied = RankingMetrics.prAUC(scores: [1, 1, 0], outcomes: [true, false, true])
        #expect(abs(tied! - 7.0 / 12.0) < 1e-15)
    }

    /// Top 2 of the five: 0.9 (event), 0.8 → precision ½, recall ½. Top 3: 2 events of 3, recall 1.
    @Test func precisionAndRecallAtTopK() {
        let scores = [0.9, 0.8, 0.7, 0.6, 0.5], outcomes = [true, false, true, false, false]
        let two = RankingMetrics.top(2, scores: scores, outcomes: outcomes)
        #expect(two.precision == 0.5 && two.recall == 0.5)
        let three = RankingMetrics.top(3, scores: scores, outcomes: outcomes)
        #expect(abs(three.precision - 2.0 / 3.0) < 1e-15 && three.recall == 1)
    }

    /// A flag marks four households, two with the event; the top 2 take half the tie:
    /// expected hits 2 · 2/4 = 1 → precision ½; recall 1 of 3 events.
    @Test func precisionAtTopKSharesATieAcrossTheCut() {
        let top = RankingMetrics.top(2, scores: [1, 1, 1, 1, 0, 0], outcomes: [true, true, false, false, true, false])
        #expect(top.precision == 0.5)
        #expect(abs(top.recall! - 1.0 / 3.0) < 1e-15)
    }

    /// Brier of (0.8, 1), (0.3, 0): (0.04 + 0.09) / 2.
    @Test func brierIsTheMeanSquaredError() {
        #expect(abs(RankingMetrics.brier(probabilities: [0.8, 0.3], outcomes: [true, false]) - 0.065) < 1e-15)
    }
}
