import RuralStatCore
import Testing

/// Who belongs to a ``Population``, and how it is written.
///
/// The panel: a 2021 alleviated → 2022 general; b 2021 marginal → 2022 unstable; c 2022
/// unstable, new; d 2021 unstable → 2022 with its category missing; e 2021 with its category
/// missing → 2022 alleviated.
@Suite struct PopulationTests {
    static var panel: HouseholdPanel {
        let ids = ["a", "a", "b", "b", "c", "d", "d", "e", "e"]
        let zeros = [Double](repeating: 0, count: ids.count)
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(ids), year: [2021, 2022, 2021, 2022, 2022, 2021, 2022, 2021, 2022],
            householdSize: [Int32](repeating: 1, count: ids.count), wageIncome: zeros, operatingIncome: zeros,
            propertyIncome: zeros, transferIncome: zeros, productionExpense: zeros
        )
        let categories: [HouseholdCategory?] = [.alleviated, .general, .marginal, .unstable, .unstable, .unstable, nil,
                                                nil, .alleviated]
        panel.category = categories.map { $0?.rawValue ?? Missing.code }
        return panel
    }

    private func members(_ population: Population) -> [Int] {
        let panel = Self.panel
        let previous = panel.previousYearRows()
        let rows = (0..<panel.count).filter { population.contains(row: $0, of: panel, previous: previous) }
        if let mask = population.membership(of: panel, previous: previous) {
            #expect(mask.indices.filter { mask[$0] } == rows)
        } else {
            #expect(rows == Array(0..<panel.count))
        }
        return rows
    }

    // By the year's record: rows 3 (b 2022), 4 (c), 5 (d 2021); d 2022 and e 2021 have no category.
    @Test func byTheYearsRecord() {
        #expect(members([.unstable]) == [3, 4, 5])
        #expect(members(.alleviatedPeople) == [0, 3, 4, 5, 8])
        #expect(members([.general]) == [1])
    }

    // As at the start of the year, by the t−1 record: b 2022 (marginal in 2021) is marginal, d 2022
    // (unstable in 2021) is unstable whatever its missing category of 2022, a 2022 is alleviated;
    // c is new and no 2021 row has a year before, so none of them belongs; e 2022's 2021 category
    // is missing.
    @Test func asAtTheStartOfTheYear() {
        #expect(members(Population([.unstable], reckoning: .startOfYear)) == [6])
        #expect(members(Population([.marginal], reckoning: .startOfYear)) == [3])
        #expect(members(Population([.alleviated, .unstable], reckoning: .startOfYear)) == [1, 6])
        // Every category at the start of the year: every household with a record of t−1.
        #expect(members(Population(nil, reckoning: .startOfYear)) == [1, 3, 6, 8])
    }

    @Test func everyHousehold() {
        #expect(members(.everyone) == Array(0..<9))
        #expect(Population.everyone.isEveryone)
        #expect(!Population(nil, reckoning: .startOfYear).isEveryone)
        #expect(!Population([.general]).isEveryone)
        #expect(Population.everyone.membership(of: Self.panel, previous: Self.panel.previousYearRows()) == nil)
    }

    @Test func namedPopulationsOfThePlans() {
        #expect(Population.alleviatedPeople.categories == [.alleviated, .unstable])
        #expect(Population.monitoringObjects.categories == [.unstable, .marginal, .suddenHardship])
        #expect(Population.alleviatedPeople.reckoning == .year)
    }

    @Test func descriptions() {
        #expect(Population.alleviatedPeople.description == "alleviated+unstable")
        #expect(Population([.unstable, .alleviated]).codes == ["alleviated", "unstable"])
        #expect(Population.everyone.description == "all")
        #expect(Population.everyone.codes == [])
        #expect(Population(Population.monitoringObjects.categories, reckoning: .startOfYear).description
            == "unstable+marginal+sudden_hardship@start_of_year")
        #expect(Population(nil, reckoning: .startOfYear).description == "all@start_of_year")
        #expect(Population.alleviatedPeople.chineseDescription == "脱贫户+脱贫不稳定户")
        #expect(Population(nil, reckoning: .startOfYear).chineseDescription == "全部（年初）")
        #expect(Population.Reckoning(rawValue: "start_of_year") == .startOfYear)
    }

    @Test func equalPopulationsAreOneCacheKey() {
        #expect(Population([.unstable, .alleviated]) == Population.alleviatedPeople)
        #expect(Population([.alleviated, .unstable], reckoning: .startOfYear) != Population.alleviatedPeople)
        #expect(Set([Population.alleviatedPeople, [.unstable, .alleviated]]).count == 1)
    }
}
