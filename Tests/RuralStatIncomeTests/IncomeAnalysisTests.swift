import RuralStatCore
import RuralStatIncome
import Testing
import RuralStatTestSupport

/// Every expected value below is worked out by hand from the table in ``IncomeFixture``.
@Suite struct IncomeAnalysisTests {
    private func analysis(
        by dimensions: [GroupDimension] = [], mode: PanelMode = .balanced, growthRate: Double? = 0.15,
        population: Population = .everyone
    ) throws -> IncomeAnalysis {
        try IncomeAnalysis(
            panel: IncomeFixture.panel, by: dimensions, mode: mode, lines: IncomeFixture.lines,
            growthRate: growthRate, population: population
        )
    }

    private func group(_ analysis: IncomeAnalysis, _ label: String) -> Int {
        analysis.grouping.labels.firstIndex(of: [label])!
    }

    @Test func yearsAndCellsAreSortedByYearThenGroup() throws {
        let result = try analysis(by: [.category])
        #expect(result.years == [2021, 2022, 2023])
        // 2021: alleviated, marginal; 2022: alleviated, unstable; 2023: alleviated, unstable.
        let keys = result.cells.map { "\($0.year) \(result.grouping.labels[$0.group][0])" }
        #expect(keys == ["2021 alleviated", "2021 marginal", "2022 alleviated", "2022 unstable",
                         "2023 alleviated", "2023 unstable"])
    }

    // 2022, all: A (w 1, size 2, net 14000), B (2, 4, 18000), C (1, 1, 3000), D (1, 3, −3000).
    // persons = 2 + 8 + 1 + 3 = 14; Σ w·net = 14000 + 36000 + 3000 − 3000 = 50000.
    // Balanced: A, B, C have 2021 records: now 53000/11, then (12000 + 2·20000 + 0)/11 = 52000/11,
    // growth = 53/52 − 1. Wage share = (12000 + 20000 + 3000)/50000 = 0.7.
    @Test func allHouseholdsIn2022Balanced() throws {
        let cell = try #require(try analysis().cell(year: 2022, group: 0))
        #expect(cell.households == 4)
        #expect(isClose(cell.weightedHouseholds, 5, floor: 1))
        #expect(isClose(cell.persons, 14, floor: 1))
        #expect(isClose(cell.pci, 50000.0 / 14, floor: 1))
        #expect(isClose(cell.pciBalanced, 53000.0 / 11, floor: 1))
        #expect(isClose(cell.pciPrevious, 52000.0 / 11, floor: 1))
        #expect(isClose(cell.growth, 53.0 / 52 - 1, floor: 1))
        #expect(isClose(cell.wageShare, 0.7, floor: 1))
        // Sorted pci −1000 (v 3), 3000 (1), 4500 (8), 7000 (2): see WeightedSampleTests.
        #expect(cell.quantiles.values == [-1000, 3000, 4500, 4500, 7000])
        #expect(isClose(cell.gini, 36, floor: 1))
        #expect(cell.line == 5000)
        #expect(isClose(cell.poverty?.headcount, 12.0 / 14, floor: 1))
        #expect(isClose(cell.poverty?.gap, 4.8 / 14, floor: 1))
        #expect(isClose(cell.poverty?.severity, 4.56 / 14, floor: 1))
    }

    // Per person: wage (12000 + 2·10000 + 3000)/14 = 2500; operating (2000 + 8000 − 6000)/14;
    // property 0; transfer (2·4000 + 3000)/14; expense 0.
    @Test func perCapitaComponents() throws {
        let cell = try #require(try analysis().cell(year: 2022, group: 0))
        #expect(isClose(cell.perCapita.wage, 2500, floor: 1))
        #expect(isClose(cell.perCapita.operating, 4000.0 / 14, floor: 1))
        #expect(cell.perCapita.property == 0)
        #expect(isClose(cell.perCapita.transfer, 11000.0 / 14, floor: 1))
        #expect(cell.perCapita.productionExpense == 0)
    }

    // Own growth 2022: A 7000/6000 − 1 = 0.167 ≥ 0.15 (w 1); B 4500/5000 − 1 = −0.1 (w 2);
    // C's 2021 pci is 0, so its growth is undefined and C is left out: 1/(1 + 2).
    // 2023: B 0 (w 2), C 4500/3000 − 1 = 0.5 (w 1), D's 2022 pci −1000 ≤ 0 left out: 1/3.
    @Test(arguments: [(2022, 1.0 / 3), (2023, 1.0 / 3)])
    func shareOfHouseholdsMeetingTheRate(year: Int, share: Double) throws {
        #expect(isClose(try analysis().cell(year: year, group: 0)?.shareMetGrowth, share, floor: 1))
    }

    @Test func shareMetNeedsARate() throws {
        #expect(try analysis(growthRate: nil).cell(year: 2022, group: 0)?.shareMetGrowth == nil)
    }

    // The first year has no previous year; 2021's pci is 52000/11.
    // Sorted 0 (v 1), 5000 (8), 6000 (2), cumulative 1, 9, 11: p10..p75 need 1.1, 2.75, 5.5 and
    // 8.25 → 5000; p90 needs 9.9 → 6000. Gini = 100·((2·492000 − 344000)/(11·52000) − 1).
    // Line 4500: only C (pci 0, shortfall 1) is below: FGT0 = FGT1 = FGT2 = 1/11.
    @Test func firstYearHasNoGrowth() throws {
        let cell = try #require(try analysis().cell(year: 2021, group: 0))
        #expect(isClose(cell.pci, 52000.0 / 11, floor: 1))
        #expect(cell.pciBalanced == nil && cell.pciPrevious == nil && cell.growth == nil)
        #expect(cell.quantiles.values == [5000, 5000, 5000, 5000, 6000])
        #expect(isClose(cell.gini, 100 * (640_000.0 / 572_000 - 1), floor: 1))
        #expect(isClose(cell.poverty?.headcount, 1.0 / 11, floor: 1))
        #expect(isClose(cell.poverty?.severity, 1.0 / 11, floor: 1))
    }

    // 2023 has no line: no FGT. Balanced: B, C, D were all there in 2022:
    // now (36000 + 4500 + 9000)/12 = 4125, then (36000 + 3000 − 3000)/12 = 3000, growth 0.375.
    @Test func yearWithoutLineHasNoPovertyMeasures() throws {
        let cell = try #require(try analysis().cell(year: 2023, group: 0))
        #expect(cell.line == nil && cell.poverty == nil)
        #expect(isClose(cell.pci, 4125, floor: 1))
        #expect(isClose(cell.pciPrevious, 3000, floor: 1))
        #expect(isClose(cell.growth, 0.375, floor: 1))
    }

    // Cross-section: the previous PCI is the group's whole t−1 PCI.
    // 2022: (50000/14)/(52000/11) − 1; 2023: 4125/(50000/14) − 1 = 0.155.
    @Test(arguments: [(2022, 50000.0 / 14, 52000.0 / 11), (2023, 4125.0, 50000.0 / 14)])
    func crossSectionComparesWholeYears(year: Int, now: Double, before: Double) throws {
        let cell = try #require(try analysis(mode: .crossSection).cell(year: year, group: 0))
        #expect(isClose(cell.pciBalanced, now, floor: 1))
        #expect(isClose(cell.pciPrevious, before, floor: 1))
        #expect(isClose(cell.growth, now / before - 1, floor: 1))
    }

    // T1 2022: A, B: 50000/10 = 5000 now, (12000 + 40000)/10 = 5200 before.
    // T2 2022: C and D: net 3000 − 3000 = 0; balanced only C, whose 2021 pci is 0: no growth;
    // gross 3000 − 3000 = 0 gives no wage share and Σ v·x = 0 no Gini.
    @Test func townshipsIn2022() throws {
        let result = try analysis(by: [.township])
        let t1 = try #require(result.cell(year: 2022, group: group(result, "T1")))
        #expect(isClose(t1.pci, 5000, floor: 1))
        #expect(isClose(t1.pciPrevious, 5200, floor: 1))
        #expect(isClose(t1.growth, 5000.0 / 5200 - 1, floor: 1))
        let t2 = try #require(result.cell(year: 2022, group: group(result, "T2")))
        #expect(t2.pci == 0)
        #expect(isClose(t2.pciBalanced, 3000, floor: 1))
        #expect(t2.pciPrevious == 0 && t2.growth == nil)
        #expect(t2.wageShare == nil && t2.gini == nil)
    }

    // Membership by the year-t record: B (marginal in 2021) is alleviated in 2022, and its
    // 2021 record counts in the alleviated group's balanced previous PCI: 52000/11.
    // Cross-section uses 2021's alleviated records only (A, C): 12000/3 = 4000.
    @Test(arguments: [(PanelMode.balanced, 52000.0 / 11), (.crossSection, 4000.0)])
    func categoryMembershipIsByTheCurrentRecord(mode: PanelMode, before: Double) throws {
        let result = try analysis(by: [.category], mode: mode)
        let cell = try #require(result.cell(year: 2022, group: group(result, "alleviated")))
        #expect(isClose(cell.pci, 53000.0 / 11, floor: 1))
        #expect(isClose(cell.pciPrevious, before, floor: 1))
    }

    // `marginal` is empty after 2021; `unstable` enters in 2022 (D, no earlier record), and
    // in 2023 D's previous pci is −1000, so growth is undefined in both modes.
    @Test(arguments: PanelMode.allCases)
    func emptyAndEnteringGroups(mode: PanelMode) throws {
        let result = try analysis(by: [.category], mode: mode)
        #expect(result.cell(year: 2022, group: group(result, "marginal")) == nil)
        let entering = try #require(result.cell(year: 2022, group: group(result, "unstable")))
        #expect(entering.pciPrevious == nil && entering.growth == nil)
        let negative = try #require(result.cell(year: 2023, group: group(result, "unstable")))
        #expect(negative.growth == nil)
        if mode == .balanced { #expect(negative.pciPrevious == -1000) }
    }

    // A population analyses only its categories, with the same group numbers.
    @Test func populationRestrictsTheHouseholds() throws {
        let result = try analysis(population: [.alleviated])
        let cell = try #require(result.cell(year: 2022, group: 0))
        #expect(cell.households == 3)
        #expect(isClose(cell.pci, 53000.0 / 11, floor: 1))
        #expect(isClose(cell.growth, 53.0 / 52 - 1, floor: 1))
    }

    // 2022 all below 5000: D (w 1, 3 persons), C (1, 1), B (2, 8): 4 households, 12 persons.
    @Test func belowLineCountsHouseholdsAndPersons() throws {
        let below = try #require(try analysis().belowLine(5000, year: 2022, group: 0))
        #expect(below.households == 4 && below.poverty.weightBelow == 12 && below.poverty.countBelow == 3)
        #expect(try analysis().belowLine(5000, year: 2030, group: 0) == nil)
    }

    // A line of 0 is no line (SPEC §3: z > 0): nothing, not D's negative pci −1000 in 2022,
    // and the cell's FGT agrees. The tiniest positive line has only C (pci 0 in 2021, w 1,
    // 1 person of 11) below it, shortfall 1: FGT0 = FGT1 = FGT2 = 1/11.
    @Test func belowLineAtZeroAndATinyLine() throws {
        let result = try analysis()
        #expect(result.belowLine(0, year: 2022, group: 0) == nil)
        #expect(result.belowLine(-1, year: 2022, group: 0) == nil)
        let tiny = try #require(result.belowLine(.leastNonzeroMagnitude, year: 2021, group: 0))
        #expect(tiny.households == 1 && tiny.poverty.countBelow == 1 && tiny.poverty.weightBelow == 1)
        #expect(isClose(tiny.poverty.headcount, 1.0 / 11, floor: 1))
        #expect(isClose(tiny.poverty.gap, 1.0 / 11, floor: 1))
        #expect(isClose(tiny.poverty.severity, 1.0 / 11, floor: 1))
    }

    @Test func missingGroupColumnIsAnError() {
        #expect(throws: GroupingError.missingColumn(.village)) { try analysis(by: [.village]) }
    }
}

@Suite struct IncomeAnalysisTypedCellTests {
    @Test func aCellIsFoundByItsLabels() throws {
        let analysis = try IncomeAnalysis(panel: IncomeFixture.panel, by: [.township], lines: [:])
        let group = try #require(analysis.grouping.labels.firstIndex(of: ["T2"]))
        #expect(analysis.cell(year: 2022, township: "T2") == analysis.cell(year: 2022, group: group))
        #expect(analysis.cell(year: 2022, township: "T9") == nil)
        #expect(analysis.cell(year: 2022) == nil)   // the grouping needs a township
    }
}
