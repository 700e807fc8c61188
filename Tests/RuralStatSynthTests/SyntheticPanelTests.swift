import RuralStatText
import RuralStatCore
import RuralStatData
import RuralStatReport
import RuralStatSynth
import Testing

@Suite struct SyntheticPanelTests {
    /// A small panel shared by the tests: 400 households over 2019–2024.
    static let small = try! SyntheticPanel.generate(SynthConfig(households: 400, firstYear: 2019, lastYear: 2024, seed: 2024))

    @Test func sameSeedGivesTheSameBytes() throws {
        let config = SynthConfig(households: 150, firstYear: 2020, lastYear: 2023, seed: 99, weights: true)
        let first = try SyntheticPanel.generate(config).files(language: .en, encoding: .utf8)
        let second = try SyntheticPanel.generate(config).files(language: .en, encoding: .utf8)
        #expect(first.map(\.bytes) == second.map(\.bytes))
    }

    @Test func differentSeedsGiveDifferentPanels() throws {
        let a = try SyntheticPanel.generate(SynthConfig(households: 150, firstYear: 2020, lastYear: 2023, seed: 1))
        let b = try SyntheticPanel.generate(SynthConfig(households: 150, firstYear: 2020, lastYear: 2023, seed: 2))
        #expect(PanelCSV.households(a.households) != PanelCSV.households(b.households))
        #expect(PanelCSV.workers(a.workers) != PanelCSV.workers(b.workers))
    }

    /// employed_count, employed_months, out_of_province_count, public_welfare_jobs and
    /// wage_income of every household-year equal the sums over its worker rows.
    @Test func workerRowsAddUpToTheHouseholdColumns() throws {
        let panel = Self.small
        let workers = panel.workers
        struct Sums: Equatable { var count = 0, months = 0.0, outside = 0, welfare = 0, wage = 0.0 }
        var sums: [Int64: Sums] = [:]
        for row in 0..<workers.count {
            let household = workers.householdID[row]!
            let key = Int64(household.dropFirst())! * 10_000 + Int64(workers.year[row])
            sums[key, default: Sums()].count += 1
            sums[key]!.months += workers.monthsEmployed[row]
            if workers.location![row] == WorkLocation.outOfProvince.rawValue { sums[key]!.outside += 1 }
            if workers.jobType![row] == JobType.publicWelfare.rawValue { sums[key]!.welfare += 1 }
            sums[key]!.wage += workers.wageIncome![row]
        }
        let households = panel.households
        var matched = 0
        for row in 0..<households.count {
            let key = Int64(households.householdID[row]!.dropFirst())! * 10_000 + Int64(households.year[row])
            let expected = sums[key] ?? Sums()
            let actual = Sums(
                count: Int(households.employedCount![row]), months: households.employedMonths![row],
                outside: Int(households.outOfProvinceCount![row]), welfare: Int(households.publicWelfareJobs![row]),
                wage: households.wageIncome[row])
            #expect(actual == expected, "household \(households.householdID[row]!) in \(households.year[row])")
            matched += expected.count
        }
        #expect(matched == workers.count, "every worker row belongs to a household row")
    }

    /// Every row of both files passes the SPEC §2 rules, with English and Chinese headers.
    @Test(arguments: [Language.en, .zh])
    func everyRowPassesTheSpecRules(language: Language) {
        let households = String(decoding: PanelCSV.households(Self.small.households, language: language), as: UTF8.self)
        let workers = String(decoding: PanelCSV.workers(Self.small.workers, language: language), as: UTF8.self)
        #expect(!households.contains("\"") && !workers.contains("\""))
        #expect(SpecRuleCheck.problems(csv: households, schema: FileSchema.households).isEmpty)
        #expect(SpecRuleCheck.problems(csv: workers, schema: FileSchema.workers).isEmpty)
    }

    /// No (household_id, year) twice; worker months 1–12 and whole; money in whole yuan;
    /// employed ≤ labour; monitored_since and assistance_measures exactly for monitoring
    /// objects, with monitored_since not after the row's year.
    @Test func rowsAreCoherent() {
        let h = Self.small.households
        var seen = Set<String>()
        for row in 0..<h.count {
            #expect(seen.insert("\(h.householdID[row]!)/\(h.year[row])").inserted)
            #expect(h.employedCount![row] <= h.laborCount![row])
            for money in [h.wageIncome[row], h.operatingIncome[row], h.transferIncome[row], h.medicalExpense![row]] {
                #expect(money == money.rounded())
            }
            let monitored = h.category(row)!.isMonitoringObject
            #expect((h.monitoredSince![row] != Missing.integer) == monitored)
            #expect((h.assistanceMeasures![row] != Missing.integer) == monitored)
            if monitored { #expect(h.monitoredSince![row] / 10_000 <= h.year[row]) }
        }
        #expect(Self.small.workers.monthsEmployed.allSatisfy { (1...12).contains($0) && $0 == $0.rounded() })
    }

    /// 5,000 households in one year: each category's share within four standard errors of the
    /// configured one (e.g. 0.75: √(0.75·0.25/5000) = 0.0061, so ±0.025).
    @Test func categorySharesMatchTheConfiguration() throws {
        let panel = try SyntheticPanel.generate(SynthConfig(households: 5_000, firstYear: 2020, lastYear: 2020, seed: 5))
        let categories = panel.households.category!
        for category in HouseholdCategory.allCases {
            let p = CategoryShares.standard[category]
            let share = Double(categories.filter { $0 == category.rawValue }.count) / Double(categories.count)
            #expect(abs(share - p) <= 4 * (p * (1 - p) / 5_000).squareRoot(), "\(category.code)")
        }
    }

    /// The edge cases analysts meet are present: pci below the line, a negative operating
    /// income, a net income of zero or less, entries and exits between years.
    @Test func edgeCasesArePresent() {
        let h = Self.small.households
        let lines = Self.small.lines
        #expect((0..<h.count).contains { h.pci($0) < lines[Int(h.year[$0])]! })
        #expect(h.operatingIncome.contains { $0 < 0 })
        #expect((0..<h.count).contains { h.net($0) <= 0 })
        let first = Set((0..<h.count).filter { h.year[$0] == 2019 }.map { h.householdID.codes[$0] })
        let last = Set((0..<h.count).filter { h.year[$0] == 2024 }.map { h.householdID.codes[$0] })
        #expect(!last.subtracting(first).isEmpty, "households entered")
        #expect(!first.subtracting(last).isEmpty, "households left")
    }

    /// Monitoring objects are worse off: in every year their person-weighted pci is below
    /// 80% of that of `alleviated` households; over all years their mean medical expense is
    /// higher and more of them have a rigid burden ((medical + education) / max(net, 1),
    /// SPEC §3.2) of 0.5 or more (pooled, as a year holds only about 50 monitoring objects).
    @Test func monitoringObjectsHaveLowerIncomesAndMoreShocks() {
        let h = Self.small.households
        var medical = [0.0, 0.0], burdened = [0.0, 0.0], rows = [0.0, 0.0]
        for year in Int32(2019)...2024 {
            var net = [0.0, 0.0], persons = [0.0, 0.0]
            for row in 0..<h.count where h.year[row] == year && h.category(row) != .general {
                let group = h.category(row)!.isMonitoringObject ? 1 : 0
                net[group] += h.net(row)
                persons[group] += Double(h.householdSize[row])
                medical[group] += h.medicalExpense![row]
                let rigid = (h.medicalExpense![row] + h.educationExpense![row]) / max(h.net(row), 1)
                if rigid >= 0.5 { burdened[group] += 1 }
                rows[group] += 1
            }
            #expect(net[1] / persons[1] < 0.8 * net[0] / persons[0], "pci in \(year)")
        }
        #expect(medical[1] / rows[1] > medical[0] / rows[0])
        #expect(burdened[1] / rows[1] > burdened[0] / rows[0])
    }

    /// Weights only with `weights: true`, then constant per household and positive.
    @Test func weightsAreOptional() throws {
        #expect(Self.small.households.weight == nil)
        let weighted = try SyntheticPanel.generate(
            SynthConfig(households: 100, firstYear: 2020, lastYear: 2021, seed: 3, weights: true)).households
        let weights = try #require(weighted.weight)
        #expect(weights.allSatisfy { $0 > 0 })
        var byHousehold: [UInt32: Double] = [:]
        for row in 0..<weighted.count {
            #expect(byHousehold.updateValue(weights[row], forKey: weighted.householdID.codes[row]) ?? weights[row] == weights[row])
        }
    }

    @Test func badConfigurationsAreRejected() {
        #expect(throws: SynthConfigError.households(0)) {
            try SyntheticPanel.generate(SynthConfig(households: 0, firstYear: 2020, lastYear: 2021, seed: 1))
        }
        #expect(throws: SynthConfigError.years(2024, 2019)) {
            try SyntheticPanel.generate(SynthConfig(households: 5, firstYear: 2024, lastYear: 2019, seed: 1))
        }
    }
}
