import RuralStatCore
import RuralStatText
import Testing

@Suite struct MetricTests {
    @Test func keysAreUniqueAndFoundByName() {
        #expect(Set(Metric.all.map(\.key)).count == Metric.all.count)
        for metric in Metric.all { #expect(Metric.named(metric.key) == metric) }
        #expect(Metric.named("gdp") == nil)
    }

    @Test func ownersPartitionTheRegistry() {
        #expect(Metric.owned(by: .income).map(\.key) == [
            "pci", "growth", "median", "wage_share", "operating_income_per_capita", "operating_net_share",
            "households_below_line", "persons_below_line", "share_below_line",
        ])
        #expect(Metric.owned(by: .employment).map(\.key) == [
            "workers", "labor", "coverage", "zero_employment_households", "out_of_province_workers",
            "public_welfare_jobs", "stable_share",
        ])
        #expect(Metric.owned(by: .guarantees).map(\.key) == [
            "education_gap", "medical_gap", "housing_gap", "water_gap", "any_gap", "any_gap_share", "missing_flags",
            "persons_with_gap", "education_gap_share", "medical_gap_share", "housing_gap_share", "water_gap_share",
        ])
        #expect(Metric.owned(by: .risk).map(\.key) == ["monitored_not_cleared"])
        #expect(Metric.Owner.allCases.flatMap(Metric.owned(by:)) == Metric.all)
    }

    @Test func onlyTheBelowLineMetricsNeedALine() {
        #expect(Metric.all.filter(\.needsLine) == [.householdsBelowLine, .personsBelowLine, .shareBelowLine])
    }

    @Test func notServedNamesWhatIsServed() {
        let error = MetricError.notServed(.pci, served: [.workers, .labor])
        #expect(error.description == "metric 'pci' is not served by this analysis; it serves workers, labor")
    }
}
