import RuralStatCore
import RuralStatTargets
import RuralStatText
import Testing

@Suite struct TargetSetTests {
    @Test func planYearLevelPopulationAndBaseYear() throws {
        let set = try TargetSet.parse(toml: """
        name = "plan"
        from = 2022
        [line]
        2022 = 6900

        [[target]]
        id = "workers-kept"
        kind = "floor"
        metric = "workers"
        population = ["alleviated", "unstable"]
        source = "确保全年脱贫人口务工人数不低于去年"

        [[target]]
        id = "coverage"
        kind = "floor"
        metric = "coverage"
        threshold = 1
        through = 2023

        [[target]]
        id = "workers-by-township"
        kind = "floor"
        metric = "workers"
        level = "group"
        threshold = 10
        year = 2024

        [[target]]
        id = "cleared"
        kind = "ceiling"
        metric = "monitored_not_cleared"
        population = ["unstable", "marginal", "sudden_hardship"]
        population_as_of = "start_of_year"
        threshold = 0

        [[target]]
        id = "share-above-2021"
        kind = "trend"
        metric = "wage_share"
        base_year = 2021
        note = "against the plan's base year"
        """, file: "plan.toml")
        #expect(set.firstYear == 2022)
        #expect(set.line == .perYear([2022: 6900]))
        let t = set.targets
        // Targets without years start in the plan's year; a count is judged county-wide, a share per group.
        #expect(t.map(\.firstYear) == [2022, 2022, 2024, 2022, 2022])
        #expect(t.map(\.lastYear) == [nil, 2023, 2024, nil, nil])
        #expect(t.map(\.level) == [.county, .group, .group, .county, .group])
        #expect(t[0].population == Population.alleviatedPeople && t[0].source == "确保全年脱贫人口务工人数不低于去年")
        #expect(t[1].population == .everyone)
        #expect(t[3].population == Population([.unstable, .marginal, .suddenHardship], reckoning: .startOfYear))
        #expect(t[4].baseYear == 2021 && t[4].note == "against the plan's base year")
    }

    @Test(arguments: ["wenshan-2022", "kazuo-2024", "fangcheng-2022", "gansu-2022", "suixi-2022"])
    func everyPresetParses(name: String) throws {
        let set = try TargetSet.preset(named: name)
        #expect(set.name == name)
        #expect(!set.targets.isEmpty)
        #expect(set.targets.allSatisfy { Metric.named($0.metric) != nil })
    }

    @Test func unknownPresetListsTheKnownOnes() {
        let error = #expect(throws: TargetError.self) { try TargetSet.preset(named: "nowhere") }
        #expect(error?.description == "unknown preset 'nowhere'; presets: fangcheng-2022, gansu-2022, kazuo-2024, suixi-2022, wenshan-2022")
    }

    @Test func fileWithEveryOptionalKey() throws {
        let set = try TargetSet.parse(toml: """
        name = "county"
        [line]
        2021 = 6000
        2022 = 6900

        [[target]]
        id = "faster"
        kind = "relative"
        population = ["脱贫户"]
        reference_series = { 2022 = 0.063, 2023 = 0.077 }
        margin = 0.01
        from = 2022
        through = 2023

        [[target]]
        id = "under-10k"
        kind = "ceiling"
        metric = "share_below_line"
        line = 10000
        threshold = 0.05
        """, file: "county.toml")
        #expect(set.line == .perYear([2021: 6000, 2022: 6900]))
        #expect(set.targets[0].reference == .series([2022: 0.063, 2023: 0.077]))
        #expect(set.targets[0].population == Population([.alleviated]))
        #expect(set.targets[0].margin == 0.01)
        #expect(set.targets[1].line == .amount(10000))
        #expect(set.targets[1].threshold == 0.05)
    }

    @Test(arguments: [
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\n", "t.toml: target 'a', key 'threshold': a growth target needs a threshold rate, e.g. 0.12"),
        ("[[target]]\nid = \"a\"\nkind = \"speed\"\n", "t.toml: target 'a', key 'kind': 'speed' is not one of growth, level, relative, trend, ceiling, floor"),
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = 0.1\nthreshhold = 0.2\n", "t.toml: target 'a', key 'threshhold': unknown key; known keys: base_year, by, from, id, kind, level, line, margin, metric, note, note_zh, population, population_as_of, reference, reference_series, source, threshold, through, year"),
        ("[[target]]\nid = \"a\"\nkind = \"level\"\nthreshold = 20000\n", "t.toml: target 'a', key 'by': a level target needs a threshold and a year `by`"),
        ("[[target]]\nid = \"a\"\nkind = \"relative\"\n", "t.toml: target 'a', key 'reference': a relative target needs `reference` categories or a `reference_series`"),
        ("[[target]]\nid = \"a\"\nkind = \"ceiling\"\nmetric = \"households_below_line\"\n", "t.toml: target 'a', key 'line': a *_below_line metric needs line = \"monitoring\" or an amount"),
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = 0.1\npopulation = [\"rich\"]\n", "t.toml: target 'a', key 'population': 'rich' is not a category; use alleviated, unstable, marginal, sudden_hardship, general"),
        ("[[target]]\nid = \"a\"\nkind = \"trend\"\nmetric = \"happiness\"\n", "t.toml: target 'a', key 'metric': 'happiness' is not one of any_gap, any_gap_share, coverage, education_gap, education_gap_share, growth, households_below_line, housing_gap, housing_gap_share, labor, median, medical_gap, medical_gap_share, missing_flags, monitored_not_cleared, operating_income_per_capita, operating_net_share, out_of_province_workers, pci, persons_below_line, persons_with_gap, public_welfare_jobs, share_below_line, stable_share, wage_share, water_gap, water_gap_share, workers, zero_employment_households"),
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = 0.1\n[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = 0.1\n", "t.toml: target 'a', key 'id': the id is used twice"),
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = 0.1\nfrom = 2024\nthrough = 2022\n", "t.toml: target 'a', key 'through': the last year 2022 is before the first year 2024"),
        // Issue 14: values that silently disabled or distorted a target.
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = nan\n", "t.toml: target 'a', key 'threshold': expected a finite number, not nan"),
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = inf\n", "t.toml: target 'a', key 'threshold': expected a finite number, not inf"),
        ("[[target]]\nid = \"a\"\nkind = \"relative\"\nreference = [\"general\"]\nmargin = -inf\n", "t.toml: target 'a', key 'margin': expected a finite number, not -inf"),
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = 0.1\nfrom = 99999999999999\n", "t.toml: target 'a', key 'from': 99999999999999 is not a year from 2000 to 2100"),
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = 0.1\npopulation = []\n", "t.toml: target 'a', key 'population': the list of categories is empty; leave the key out for every household"),
        ("[[target]]\nid = \"a\"\nkind = \"level\"\nthreshold = 20000\nby = 1900\n", "t.toml: target 'a', key 'by': 1900 is not a year from 2000 to 2100"),
        ("[[target]]\nid = \"a\"\nkind = \"relative\"\nreference_series = { 2022 = nan }\n", "t.toml: target 'a', key 'reference_series': expected year = finite number pairs with years from 2000 to 2100, got '2022'"),
        ("[[target]]\nid = \"a\"\nkind = \"ceiling\"\nmetric = \"households_below_line\"\nline = inf\n", "t.toml: target 'a', key 'line': expected \"monitoring\" or an amount of yuan"),
        // Issue 10: level, population reckoning and base year.
        ("[[target]]\nid = \"a\"\nkind = \"floor\"\nmetric = \"workers\"\nthreshold = 1\nlevel = \"township\"\n", "t.toml: target 'a', key 'level': 'township' is not one of county, group"),
        ("[[target]]\nid = \"a\"\nkind = \"floor\"\nmetric = \"workers\"\nthreshold = 1\npopulation_as_of = \"2021\"\n", "t.toml: target 'a', key 'population_as_of': '2021' is not one of year, start_of_year"),
        ("[[target]]\nid = \"a\"\nkind = \"growth\"\nthreshold = 0.1\nbase_year = 2021\n", "t.toml: target 'a', key 'base_year': a base year is for a trend, or a ceiling or floor without a threshold"),
        ("[[target]]\nid = \"a\"\nkind = \"floor\"\nmetric = \"workers\"\nthreshold = 5\nbase_year = 2021\n", "t.toml: target 'a', key 'base_year': a base year is for a trend, or a ceiling or floor without a threshold"),
        ("[[target]]\nid = \"a\"\nkind = \"trend\"\nmetric = \"wage_share\"\nyear = 2022\nbase_year = 2022\n", "t.toml: target 'a', key 'base_year': the base year 2022 is not before the first year 2022"),
        ("[[target]]\nid = \"a\"\nkind = \"relative\"\nreference = [\"farmers\"]\n", "t.toml: target 'a', key 'reference': 'farmers' is not a category; use alleviated, unstable, marginal, sudden_hardship, general"),
        ("from = 1999\n", "t.toml: target '(top level)', key 'from': 1999 is not a year from 2000 to 2100"),
    ])
    func invalidEntriesNameFileTargetAndKey(text: String, message: String) {
        let error = #expect(throws: TargetError.self) { try TargetSet.parse(toml: text, file: "t.toml") }
        #expect(error?.description == message)
    }

    /// The files that aborted the process inside toml++ are syntax errors with their place.
    @Test(arguments: [("a = 1\n[*]\n", 2, 2), ("x = [}\n", 1, 6)])
    func malformedFilesThatAbortedTomlPlusPlusAreSyntaxErrors(text: String, line: Int, column: Int) {
        let error = #expect(throws: TargetError.self) { try TargetSet.parse(toml: text, file: "t.toml") }
        guard case .syntax(_, let foundLine, let foundColumn, _) = error else { return #expect(Bool(false)) }
        #expect(foundLine == line && foundColumn == column)
    }

    @Test func syntaxErrorsGiveLineAndColumn() {
        let error = #expect(throws: TargetError.self) {
            try TargetSet.parse(toml: "name = \"x\"\nthreshold = = 1\n", file: "bad.toml")
        }
        guard case .syntax(let file, let line, _, _) = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(file == "bad.toml")
        #expect(line == 2)
    }
}
