import RuralStatEmployment
import Testing

@Suite struct StabilityIndexTests {
    let index = StabilityIndex.standard

    @Test func steadyWorkerRanksAboveThreeMonths() throws {
        // Steady: 100·(0.4·1 + 0.4·12/12 + 0.2·1) = 100.
        // Three months: 100·(0.4·1 + 0.4·3/12 + 0.2·1) = 100·(0.4 + 0.1 + 0.2) = 70.
        let steady = try #require(index.score(labor: 1, employed: 1, months: 12, persistent: true))
        let threeMonths = try #require(index.score(labor: 1, employed: 1, months: 3, persistent: true))
        #expect(abs(steady - 100) <= 1e-12)
        #expect(abs(threeMonths - 70) <= 1e-12)
        #expect(steady > threeMonths)
    }

    @Test func keptJobRanksAboveLostJob() throws {
        // Kept (worker in t−1 and t, 12 months): 100. Lost (worker in t−1, none in t):
        // 100·(0.4·0 + 0.4·0 + 0.2·0) = 0.
        let kept = try #require(index.score(labor: 2, employed: 1, months: 12, persistent: true))
        let lost = try #require(index.score(labor: 2, employed: 0, months: 0, persistent: false))
        #expect(abs(kept - 80) <= 1e-12) // 100·(0.4·0.5 + 0.4 + 0.2) = 80
        #expect(lost == 0)
        #expect(kept > lost)
    }

    @Test func firstYearLeavesPersistenceOut() throws {
        // 3 labour, 1 worker for 12 months, no record of last year:
        // 100·(0.4·1/3 + 0.4·1) / 0.8 = 100·0.533333… / 0.8 = 66.6667.
        let score = try #require(index.score(labor: 3, employed: 1, months: 12, persistent: nil))
        #expect(abs(score - 200.0 / 3) <= 1e-12 * 100)
    }

    @Test func capsCoverageAndMonthsAtOne() throws {
        // More workers than labour and more months than 12 per worker still give 100.
        let score = try #require(index.score(labor: 1, employed: 2, months: 30, persistent: true))
        #expect(abs(score - 100) <= 1e-12)
    }

    @Test(arguments: [
        (Int32?.none, Int32?.some(1), Double?.some(12)), // labour missing
        (0, 0, 0), // no labour
        (2, nil, 12), // workers missing
        (2, 1, nil), // months missing while someone works
    ])
    func undefinedCases(labor: Int32?, employed: Int32?, months: Double?) {
        #expect(index.score(labor: labor, employed: employed, months: months, persistent: true) == nil)
    }

    @Test func customWeights() throws {
        // Months only: 100·(0·c + 1·6/12 + 0·p) / 1 = 50.
        let monthsOnly = StabilityIndex(coverage: 0, months: 1, persistence: 0)
        let score = try #require(monthsOnly.score(labor: 4, employed: 1, months: 6, persistent: false))
        #expect(abs(score - 50) <= 1e-12)
    }
}
