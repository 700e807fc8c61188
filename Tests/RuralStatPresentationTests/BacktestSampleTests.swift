import RuralStatCore
import RuralStatPresentation
import Testing

/// The deterministic household sample of the report's back-tests.
@Suite struct BacktestSampleTests {
    private func panel(_ ids: [String]) -> HouseholdPanel {
        let rows = ids.flatMap { id in [(id, Int32(2022)), (id, Int32(2023))] }
        return HouseholdPanel(
            source: "t", householdID: TextColumn(rows.map(\.0)), year: rows.map(\.1), householdSize: rows.map { _ in 1 },
            wageIncome: rows.map { _ in 1000 }, operatingIncome: rows.map { _ in 0 }, propertyIncome: rows.map { _ in 0 },
            transferIncome: rows.map { _ in 0 }, productionExpense: rows.map { _ in 0 })
    }

    @Test func smallPanelsAreKeptWhole() {
        let sample = BacktestSample(panel(["a", "b", "c"]), atMost: 3)
        #expect(sample.isWhole && sample.households == 3 && sample.panel.count == 6)
    }

    @Test func theSampleDependsOnTheIdsNotTheOrder() {
        let ids = (0..<1000).map { "H\($0)" }
        let forward = BacktestSample(panel(ids), atMost: 100)
        let backward = BacktestSample(panel(ids.reversed()), atMost: 100)
        let kept = { (s: BacktestSample) in Set((0..<s.panel.count).map { s.panel.householdID[$0]! }) }
        #expect(kept(forward) == kept(backward))
        // Every kept household keeps all its years; about the limit are kept (binomial, n = 1000, p = 0.1).
        #expect(forward.panel.count == 2 * forward.households)
        #expect((60...140).contains(forward.households) && forward.totalHouseholds == 1000)
        // The rule, recomputed: FNV-1a 64 of the id, modulo the household count, below the limit.
        let expected = Set(ids.filter { Self.fnv1a($0) % 1000 < 100 })
        #expect(kept(forward) == expected)
    }

    /// FNV-1a 64 written out from its definition (offset basis 14695981039346656037, prime 1099511628211).
    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }

    @Test func fnvReferenceValues() {
        // Published test vectors of FNV-1a 64.
        #expect(Self.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(Self.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Self.fnv1a("foobar") == 0x8594_4171_f739_67e8)
    }
}
