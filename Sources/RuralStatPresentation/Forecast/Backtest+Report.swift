import Foundation
import RuralStatCore
import RuralStatForecast
import RuralStatReport
import RuralStatText

/// The back-test's tables: group accuracy, household coverage and p_below_line calibration.
extension Backtest {
    /// The accuracy of the forecasts of some group cases (one horizon): the model's errors, the
    /// naive forecasts' and the share of each level's intervals that held the outcome.
    public struct Accuracy: Sendable {
        /// The cases.
        public let cases: [GroupCase]
        /// Mean |forecast − actual| / |actual|.
        public let mape: Double
        /// Mean (forecast − actual) / |actual|: the bias.
        public let mpe: Double
        /// √(mean (forecast − actual)²).
        public let rmse: Double
        /// The model's mean absolute error over the last-value forecast's, `nil` when that is 0.
        public let mase: Double?
        /// MAPE of the last value.
        public let mapeNaiveLast: Double
        /// MAPE of the last value grown at the county's latest growth.
        public let mapeNaiveGrowth: Double

        /// The accuracy of `cases` (not empty).
        public init(_ cases: [GroupCase]) {
            self.cases = cases
            let n = Double(cases.count)
            mape = cases.reduce(0) { $0 + abs($1.forecast - $1.actual) / abs($1.actual) } / n
            mpe = cases.reduce(0) { $0 + ($1.forecast - $1.actual) / abs($1.actual) } / n
            rmse = (cases.reduce(0) { $0 + pow($1.forecast - $1.actual, 2) } / n).squareRoot()
            let mae = cases.reduce(0) { $0 + abs($1.forecast - $1.actual) }
            let maeNaive = cases.reduce(0) { $0 + abs($1.naiveLast - $1.actual) }
            mase = maeNaive > 0 ? mae / maeNaive : nil
            mapeNaiveLast = cases.reduce(0) { $0 + abs($1.naiveLast - $1.actual) / abs($1.actual) } / n
            mapeNaiveGrowth = cases.reduce(0) { $0 + abs($1.naiveGrowth - $1.actual) / abs($1.actual) } / n
        }

        /// The cases with an interval of level number `level` (not those fitted on one origin year).
        public func intervalCases(_ level: Int) -> [GroupCase] { cases.filter { !$0.intervals[level].lower.isNaN } }

        /// The share of the cases with an interval of level number `level` whose interval held
        /// the outcome (NaN when none has one).
        public func coverage(_ level: Int) -> Double {
            let chosen = intervalCases(level)
            return Double(chosen.filter { $0.intervals[level].lower <= $0.actual && $0.actual <= $0.intervals[level].upper }.count)
                / Double(chosen.count)
        }

        /// The mean Winkler score of the cases with an interval of level number `level`.
        public func winkler(_ level: Int, nominal: Double) -> Double {
            let chosen = intervalCases(level)
            return chosen.reduce(0) { $0 + Backtest.winkler($1.actual, $1.intervals[level].lower, $1.intervals[level].upper, level: nominal) }
                / Double(chosen.count)
        }
    }

    /// Accuracy per group (and `overall`, pooling the groups), horizon and level: `<by…>,
    /// horizon, level, cases, mape, mpe, rmse, mase, mape_naive_last, mape_naive_growth,
    /// interval_cases, coverage, winkler`. `mpe` is the mean signed error over the actual (bias).
    /// MASE is the model's mean absolute error over the last-value forecast's on the same cases.
    /// Coverage and Winkler are over the `interval_cases` that have an interval: a fit on one
    /// origin year gives none (``RuralStatForecast/CommonShock/yearVarianceIsIdentified``).
    public func accuracyTable(dimensions: [GroupDimension], groupLabels: [[String]]) -> ReportTable {
        var table = ReportTable(columns: GroupColumns.columns(for: dimensions) + [
            ReportColumn("horizon", title: "Ahead", chinese: "预测步长", style: .count),
            ReportColumn("level", title: "Level", chinese: "置信水平", style: .share),
            ReportColumn("cases", title: "Cases", chinese: "检验数", style: .count),
            ReportColumn("mape", title: "MAPE", chinese: "平均绝对百分比误差", style: .share),
            ReportColumn("mpe", title: "Bias", chinese: "平均百分比误差", style: .signedShare),
            ReportColumn("rmse", title: "RMSE", chinese: "均方根误差", style: .money),
            ReportColumn("mase", title: "MASE", chinese: "平均绝对标度误差", style: .decimal(2)),
            ReportColumn("mape_naive_last", title: "MAPE last value", chinese: "朴素（上年值）MAPE", style: .share),
            ReportColumn("mape_naive_growth", title: "MAPE last growth", chinese: "朴素（上年增速）MAPE", style: .share),
            ReportColumn("interval_cases", title: "With interval", chinese: "有区间的检验数", style: .count),
            ReportColumn("coverage", title: "Coverage", chinese: "区间覆盖率", style: .share),
            ReportColumn("winkler", title: "Winkler", chinese: "区间得分", style: .money),
        ])
        let horizons = Set(groups.map(\.horizon)).sorted()
        var sets: [([ReportCell], [GroupCase])] = Set(groups.map(\.group)).sorted().map { g in
            (GroupColumns.cells(labels: groupLabels[g], dimensions: dimensions), groups.filter { $0.group == g })
        }
        let overallCells: [ReportCell] = [.text("overall")] + Array(repeating: ReportCell.text(""), count: max(dimensions.count - 1, 0))
        sets.append((overallCells, groups))
        for (cells, cases) in sets {
            for horizon in horizons {
                let chosen = cases.filter { $0.horizon == horizon }
                guard !chosen.isEmpty else { continue }
                let accuracy = Accuracy(chosen)
                for (l, level) in settings.levels.enumerated() {
                    table.append(cells + [
                        .integer(horizon), .number(level), .integer(chosen.count), .number(accuracy.mape), .number(accuracy.mpe),
                        .number(accuracy.rmse), .number(accuracy.mase), .number(accuracy.mapeNaiveLast),
                        .number(accuracy.mapeNaiveGrowth), .integer(accuracy.intervalCases(l).count),
                        .number(accuracy.coverage(l)), .number(accuracy.winkler(l, nominal: level)),
                    ])
                }
            }
        }
        return table
    }

    /// Household interval coverage: `horizon, level, households, coverage, winkler`.
    public func householdTable() -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("horizon", title: "Ahead", chinese: "预测步长", style: .count),
            ReportColumn("level", title: "Level", chinese: "置信水平", style: .share),
            ReportColumn("households", title: "Households", chinese: "户数", style: .count),
            ReportColumn("coverage", title: "Coverage", chinese: "区间覆盖率", style: .share),
            ReportColumn("winkler", title: "Winkler", chinese: "区间得分", style: .money),
        ])
        for cell in households {
            table.append([
                .integer(cell.horizon), .number(cell.level), .integer(cell.households),
                .number(Double(cell.covered) / Double(cell.households)), .number(cell.winkler),
            ])
        }
        return table
    }

    /// p_below_line calibration by decile of the forecast probability: `decile, households,
    /// predicted, observed` (mean forecast probability and share actually below the line).
    public func calibrationTable() -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("decile", title: "P(below) decile", chinese: "概率十分位", style: .text),
            ReportColumn("households", title: "Households", chinese: "户数", style: .count),
            ReportColumn("predicted", title: "Predicted", chinese: "预测概率", style: .share),
            ReportColumn("observed", title: "Observed", chinese: "实际比例", style: .share),
        ])
        for decile in 0..<10 {
            let chosen = lineOutcomes.filter { min(Int($0.probability * 10), 9) == decile }
            guard !chosen.isEmpty else { continue }
            let n = Double(chosen.count)
            table.append([
                .text(String(format: "%.1f–%.1f", Double(decile) / 10, Double(decile + 1) / 10)), .integer(chosen.count),
                .number(chosen.reduce(0) { $0 + $1.probability } / n),
                .number(Double(chosen.filter(\.below).count) / n),
            ])
        }
        return table
    }

    /// The Brier score of the one-year p_below_line: mean (p − [below])²; `nil` without lines.
    public var brierScore: Double? {
        guard !lineOutcomes.isEmpty else { return nil }
        return lineOutcomes.reduce(0) { $0 + pow($1.probability - ($1.below ? 1 : 0), 2) } / Double(lineOutcomes.count)
    }

    /// The whole back-test as a document.
    public func document(dimensions: [GroupDimension], groupLabels: [[String]], by: [String]) -> ReportDocument {
        var sections: [ReportDocument.Section] = [
            .init(key: "accuracy", heading: "Back-test: group PCI", chinese: "回测：分组人均纯收入",
                  table: accuracyTable(dimensions: dimensions, groupLabels: groupLabels)),
            .init(key: "households", heading: "Back-test: household intervals", chinese: "回测：农户预测区间",
                  table: householdTable()),
        ]
        if !lineOutcomes.isEmpty {
            sections.append(.init(key: "calibration", heading: "Back-test: p_below_line calibration",
                                  chinese: "回测：低于监测线概率校准", table: calibrationTable()))
        }
        return ReportDocument(
            facts: [
                ("by", .array(by.map(JSONValue.string))),
                ("years", .array(years.map { .number(Double($0)) })),
                ("draws", .number(Double(settings.draws))),
                ("seed", .string(String(settings.seed))),
                ("retransformation", .string(settings.retransformation.rawValue)),
                ("brier", brierScore.map(JSONValue.number) ?? .null),
            ],
            sections: sections,
            notes: ["rolling origin: for each year T with two earlier years, fit on transitions ending by T−1, forecast T and T+1; "
                + "Brier score of p_below_line: " + (brierScore.map { String(format: "%.4f", $0) } ?? "no line")])
    }
}
