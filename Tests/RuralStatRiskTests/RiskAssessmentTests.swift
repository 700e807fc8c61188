import RuralStatCore
import RuralStatForecast
import RuralStatSynth
import Testing
@testable import RuralStatRisk

/// The ranking, the watchlist and the reasons of a whole analysis.
@Suite struct RiskAssessmentTests {
    struct Item: RowCarrying { let row: Int }

    /// Equal scores are ordered by household id (code point order), whatever their row order.
    @Test func tiesAreOrderedByHouseholdID() {
        let ids = TextColumn(["h3", "h1", "h2", "h10", "h0"])
        let items = [(Item(row: 0), 50.0), (Item(row: 1), 50), (Item(row: 2), 70), (Item(row: 3), 50), (Item(row: 4), 10)]
        let ranked = RiskAssessment.ranked(items, ids: ids).map(\.row)
        // 70 (h2); then 50: "h1" < "h10" < "h3"; then 10 (h0).
        #expect(ranked == [2, 1, 3, 0, 4])
    }

    /// A synthetic county of 900 households over 2019–2023, scored for 2023.
    static let assessment: RiskAssessment = {
        let synthetic = try! SyntheticPanel.generate(SynthConfig(households: 900, firstYear: 2019, lastYear: 2023, seed: 77))
        let risk = RiskPanel(synthetic.households, settings: RiskSettings(lines: synthetic.lines))
        return try! RiskAssessment(risk)
    }()

    @Test func entriesAreSortedByScoreThenID() {
        let a = Self.assessment
        let ids = a.risk.panel.householdID
        #expect(a.year == 2023)
        #expect(a.entries.count == a.risk.panel.year.filter { $0 == 2023 }.count)
        for (x, y) in zip(a.entries, a.entries.dropFirst()) {
            #expect(x.score.score > y.score.score
                || (x.score.score == y.score.score && ids[x.row]! < ids[y.row]!))
        }
        for entry in a.entries {
            #expect((0...100).contains(entry.score.score))
            #expect(entry.level == a.risk.settings.level(of: entry.score.score))
            #expect(entry.score.reasons.count <= 4)
            #expect(zip(entry.score.reasons, entry.score.reasons.dropFirst()).allSatisfy { $0.contribution >= $1.contribution })
            #expect(entry.score.reasons.allSatisfy { $0.contribution > 0 })
            #expect((entry.readiness != nil) == (a.risk.panel.category(entry.row)?.isMonitoringObject == true))
        }
    }

    /// --top 5 --by village: the five highest of each village, villages in sorted order.
    @Test func watchlistTakesTheTopOfEachGroup() throws {
        let a = Self.assessment
        #expect(a.watchlist(top: 7).map(\.row) == a.entries.prefix(7).map(\.row))
        let grouping = try Grouping(a.risk.panel, by: [.village])
        let list = a.watchlist(top: 5, grouping: grouping)
        var seen: [Int32: [RiskAssessment.Entry]] = [:]
        for entry in list { seen[grouping.groupOfRow[entry.row], default: []].append(entry) }
        let groups = list.map { grouping.groupOfRow[$0.row] }
        #expect(groups == groups.sorted())
        for (group, entries) in seen {
            let all = a.entries.filter { grouping.groupOfRow[$0.row] == group }
            #expect(entries.map(\.row) == all.prefix(5).map(\.row))
        }
    }
}

/// One owner of `p_below_line`: the risk score shows the forecasting model's number.
@Suite struct RiskPBelowLineTests {
    @Test func isTheForecastsNextYearProbability() throws {
        let synthetic = try SyntheticPanel.generate(SynthConfig(households: 600, firstYear: 2019, lastYear: 2023, seed: 91))
        let assessment = try RiskAssessment(RiskPanel(synthetic.households, settings: RiskSettings(lines: synthetic.lines)))
        let design = ForecastDesign(synthetic.households)
        let model = try HouseholdModel(design: design, originYears: 2019...2022)
        let forecast = try IncomeForecaster(design: design, model: model).forecast(
            from: 2023, grouping: try Grouping(synthetic.households, by: []), settings: ForecastSettings(draws: 20),
            lines: synthetic.lines, households: true)
        let byRow = Dictionary(uniqueKeysWithValues: forecast.households.map { ($0.originRow, $0.pBelowLine) })
        #expect(forecast.lineProbability?.isCalibrated == true)
        #expect(assessment.entries.count == byRow.count)
        for entry in assessment.entries {
            #expect(entry.score.pBelowLine != nil)
            #expect(entry.score.pBelowLine == byRow[entry.row] ?? nil, "row \(entry.row)")
        }
    }
}
