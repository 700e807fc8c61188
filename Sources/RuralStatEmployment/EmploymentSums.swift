import RuralStatIncome

/// The weighted sums of one group-year from which every group metric is a ratio or a
/// difference (SPEC §3.3). Each sum is Σ w·x over the group's records (w = weight, 1 by
/// default); a count of records with a known cell keeps "no data" apart from zero.
struct EmploymentSums {
    var records = 0
    var households = 0.0
    var labor = 0.0
    var laborKnown = 0
    var workers = 0.0
    var workersKnown = 0
    /// Records with both labour and workers known.
    var bothKnown = 0
    var zeroEmployment = 0.0
    /// Σw over labour ≥ 1 and workers known: the denominator of coverage.
    var withLabor = 0.0
    var covered = 0.0
    var persistent = 0.0
    var rateWorkers = 0.0
    var rateLabor = 0.0
    var months = 0.0
    var monthsWorkers = 0.0
    var wageShare = WageShareSums()
    var outOfProvince = 0.0
    var outOfProvinceKnown = 0
    var publicWelfare = 0.0
    var publicWelfareKnown = 0
    var stability = 0.0
    var stabilityWeight = 0.0
    var workerRows = 0.0
    var stableWorkers = 0.0
    var workersKept = 0.0
    var locations = (0.0, 0.0, 0.0)
    var jobTypes = (0.0, 0.0, 0.0, 0.0, 0.0)
}
