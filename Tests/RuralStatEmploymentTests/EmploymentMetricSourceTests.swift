import RuralStatCore
import RuralStatEmployment
import RuralStatTargets
import Testing

/// Targets of the plans evaluated on the fixture (values worked out in EmploymentGroupTableTests).
@Suite struct EmploymentMetricSourceTests {
    let source: EmploymentMetricSource

    init() throws {
        source = EmploymentMetricSource(try EmploymentAnalysis(
            households: EmploymentFixture.households, workers: EmploymentFixture.workers, by: [.township]))
    }

    private func results(_ target: Target) throws -> [TargetResult] {
        try TargetEvaluator.evaluate([target], on: source)
    }

    @Test func workersFloorMetAndNotMet() throws {
        // Per township (level group), a floor at 3 workers: A 2022 has h1 2 + h2 1·2 = 4 (met),
        // B 2022 h4 1, A 2023 h1 2, B 2023 h4 2 + h5 1 = 3 (met).
        let perTownship = try results(Target(id: "workers-3", kind: .floor, metric: "workers", level: .group, threshold: 3))
        #expect(perTownship.map(\.met) == [true, false, false, true])
        #expect(perTownship.map(\.gap) == [1, -2, -1, 0])
        // At county level (the default for a count; the whole file, which has no county
        // column), one row a year: 2022 4 + 1 = 5, 2023 2 + 3 = 5.
        let county = try results(Target(id: "workers-3", kind: .floor, metric: "workers", threshold: 3))
        #expect(county.map(\.level) == [.county, .county])
        #expect(county.map(\.year) == [2022, 2023])
        #expect(county.map(\.groupLabels) == [["all"], ["all"]])
        #expect(county.map(\.value) == [5, 5])
        #expect(county.map(\.met) == [true, true])
        #expect(county.map(\.gap) == [2, 2])
    }

    @Test func workersNotFewerThanLastYear() throws {
        // Suixi per township: A 2023 has 2 against 4 (not met), B 2023 has 3 against 1 (met);
        // 2022 has no t−1.
        let perTownship = try results(Target(id: "not-fewer", kind: .floor, metric: "workers", level: .group))
        #expect(perTownship.map(\.year) == [2023, 2023])
        #expect(perTownship.map(\.threshold) == [4, 1])
        #expect(perTownship.map(\.met) == [false, true])
        // The county: 5 in 2023 against 5 in 2022: met, one row.
        let county = try results(Target(id: "not-fewer", kind: .floor, metric: "workers"))
        #expect(county.map(\.year) == [2023])
        #expect(county.map(\.value) == [5] && county.map(\.threshold) == [5] && county.map(\.met) == [true])
    }

    // With a county column (township A in 甲县, B in 乙县) and the report by township and
    // category, a county-level target has one row per county and year: 2023 甲县 h1 2 + h2 0 +
    // h3 0 = 2, 乙县 h4 2 + h5 1 = 3; 2022 甲县 4, 乙县 1.
    @Test func countyTargetOnePerCountyWhateverTheGrouping() throws {
        let source = EmploymentMetricSource(try EmploymentAnalysis(
            households: Self.withCounties, workers: EmploymentFixture.workers, by: [.township, .category]))
        let found = try TargetEvaluator.evaluate([Target(id: "workers-3", kind: .floor, metric: "workers", threshold: 3)],
                                                 on: source)
        #expect(found.map(\.year) == [2022, 2022, 2023, 2023])
        #expect(found.map(\.county) == ["乙县", "甲县", "乙县", "甲县"])
        #expect(found.map(\.value) == [1, 4, 3, 2])
        #expect(found.map(\.met) == [false, true, true, false])
    }

    /// The fixture with a `county` column: township A in 甲县, B in 乙县.
    static var withCounties: HouseholdPanel {
        var panel = EmploymentFixture.households
        panel.county = TextColumn((0..<panel.count).map { panel.township![$0] == "A" ? "甲县" : "乙县" })
        return panel
    }

    // Regrouped by county: 甲县 2023 workers 2, out-of-province h1 1, public-welfare 0; 乙县
    // 2023 workers 3, out-of-province h4 1, public-welfare h4 1 (h5's cell is empty). Regrouped
    // by nothing: the sums, 5, 2, 1.
    @Test func regroupedByCountyAndByNothingGiveTheCountyTotals() throws {
        let source = EmploymentMetricSource(try EmploymentAnalysis(
            households: Self.withCounties, workers: EmploymentFixture.workers, by: [.township, .category]))
        #expect(source.hasCounties && !self.source.hasCounties)
        let counties = try source.regrouped(by: [.county])
        #expect(counties.groupLabels == [["乙县"], ["甲县"]])
        func values(_ source: EmploymentMetricSource, group: Int) throws -> [Double?] {
            try [Metric.workers, .outOfProvinceWorkers, .publicWelfareJobs].map { metric in
                try source.value(MetricQuery(metric: metric, group: group, year: 2023))
            }
        }
        #expect(try values(counties, group: 1) == [2, 1, 0])
        #expect(try values(counties, group: 0) == [3, 1, 1])
        let whole = try source.regrouped(by: [])
        #expect(whole.groupLabels == [["all"]])
        #expect(try values(whole, group: 0) == [5, 2, 1])
        #expect(throws: GroupingError.missingColumn(.county)) { try self.source.regrouped(by: [.county]) }
    }

    // 脱贫人口 (alleviated + unstable) in township B, 2023: by the year's record h4 2 + h5 1 = 3
    // workers; as at the start of the year only h4 (alleviated in 2022; h5 is new): 2 workers,
    // 1 out of province, labour 3. Marginal at the start of 2023 in A: h2, no worker, a
    // zero-employment household of weight 2. 2022 has no year before: no one.
    @Test func startOfYearPopulationFollowsTheRecordOfTheYearBefore() throws {
        func value(_ metric: Metric, _ population: Population, group: Int, year: Int = 2023) throws -> Double? {
            try source.value(MetricQuery(metric: metric, population: population, group: group, year: year))
        }
        let atStart = Population([.alleviated, .unstable], reckoning: .startOfYear)
        #expect(try value(.workers, .alleviatedPeople, group: 1) == 3)
        #expect(try value(.workers, atStart, group: 1) == 2)
        #expect(try value(.outOfProvinceWorkers, atStart, group: 1) == 1)
        #expect(try value(.labor, atStart, group: 1) == 3)
        let marginal = Population([.marginal], reckoning: .startOfYear)
        #expect(try value(.workers, marginal, group: 0) == 0)
        #expect(try value(.zeroEmploymentHouseholds, marginal, group: 0) == 2)
        #expect(try value(.workers, atStart, group: 0, year: 2022) == nil)
    }

    // The households file's counts, whether or not a workers file is given: 2022 A h1 1 out of
    // province, h2 1 public-welfare job of weight 2; 2023 A h1 1 out of province and no post;
    // 2023 B h4 1 and 1 (h5's post cell is empty). The workers
    // file's job types say otherwise (p3 of h2 in a public-welfare job in 2023, weight 2), and
    // the metric, like the table's column, does not read them.
    @Test func outOfProvinceAndPublicWelfareAreTheHouseholdsFilesCounts() throws {
        let without = EmploymentMetricSource(try EmploymentAnalysis(households: EmploymentFixture.households, by: [.township]))
        for source in [source, without] {
            func value(_ metric: Metric, group: Int, year: Int) throws -> Double? {
                try source.value(MetricQuery(metric: metric, group: group, year: year))
            }
            #expect(try value(.outOfProvinceWorkers, group: 0, year: 2022) == 1)
            #expect(try value(.publicWelfareJobs, group: 0, year: 2022) == 2)
            #expect(try value(.outOfProvinceWorkers, group: 0, year: 2023) == 1)
            #expect(try value(.publicWelfareJobs, group: 0, year: 2023) == 0)
            #expect(try value(.outOfProvinceWorkers, group: 1, year: 2023) == 1)
            #expect(try value(.publicWelfareJobs, group: 1, year: 2023) == 1)
            for metric in [Metric.outOfProvinceWorkers, .publicWelfareJobs] {
                let row = try #require(source.analysis.table.metrics(group: 1, year: 2023))
                #expect(try value(metric, group: 1, year: 2023) == (metric == .outOfProvinceWorkers
                    ? row.outOfProvinceWorkers : row.publicWelfareJobs))
            }
        }
        #expect(source.analysis.table.metrics(group: 0, year: 2023)?.jobTypes?[JobType.allCases.firstIndex(of: .publicWelfare)!] == 2)
        // Without the column there is no value, not 0.
        var panel = EmploymentFixture.households
        panel.publicWelfareJobs = nil
        let none = EmploymentMetricSource(try EmploymentAnalysis(households: panel, by: [.township]))
        #expect(try none.value(MetricQuery(metric: .publicWelfareJobs, group: 0, year: 2022)) == nil)
        // Public-welfare posts kept up (Gansu, Fangcheng, Kazuo: 公益性岗位安置人数继续保持), the
        // county: 2022 2, 2023 1: not met.
        let kept = try TargetEvaluator.evaluate(
            [Target(id: "posts-kept", kind: .floor, metric: "public_welfare_jobs")], on: source)
        #expect(kept.map(\.value) == [1] && kept.map(\.threshold) == [2] && kept.map(\.met) == [false])
    }

    @Test func wageShareRising() throws {
        // A: 24000/65000 = 0.369 < 0.533; B: 41000/49000 = 0.837 < 0.909: both fall.
        let found = try results(Target(id: "wage-share", kind: .trend, metric: "wage_share"))
        #expect(found.map(\.met) == [false, false])
    }

    @Test func everyHouseholdWithLabourCovered() throws {
        // Coverage = 1 floor: A 2023 is 1/3 (h2 lost its job), the others 1.
        let found = try results(Target(id: "coverage", kind: .floor, metric: "coverage", threshold: 1))
        #expect(found.map(\.met) == [true, true, false, true])
        // For the alleviated households alone, A 2023 is covered (h1): met.
        let alleviated = try results(Target(id: "coverage", kind: .floor, metric: "coverage",
                                            population: [.alleviated], threshold: 1))
        #expect(alleviated.map(\.met) == [true, true, true, true])
    }

    @Test func servesEachMetricOfItsCatalog() throws {
        func value(_ metric: String) throws -> Double? {
            try source.value(MetricQuery(metric: try #require(Metric.named(metric)), population: .everyone, group: 0, year: 2023))
        }
        #expect(try value("workers") == 2)
        #expect(try value("labor") == 4)
        #expect(try value("zero_employment_households") == 2)
        #expect(try value("stable_share") == 0.5)
        #expect(try value("coverage") == 1.0 / 3)
        #expect(try value("wage_share") == 24000.0 / 65000)
        #expect(try value("out_of_province_workers") == 1)
        #expect(try value("public_welfare_jobs") == 0)
        #expect(source.metrics == Metric.owned(by: .employment) + [.wageShare])
        // A group-year without records is undefined.
        #expect(try source.value(MetricQuery(metric: .workers, population: .everyone, group: 0, year: 2021)) == nil)
    }

    @Test func unknownMetricThrows() {
        #expect(throws: MetricError.notServed(.pci, served: source.metrics)) {
            try source.value(MetricQuery(metric: .pci, population: .everyone, group: 0, year: 2023))
        }
    }
}
