import RuralStatCore
import RuralStatData
import RuralStatTestSupport
import RuralStatText

/// A reproducible random panel for the peer comparison: 300 households over 2019–2022 in four
/// townships, some with no labour, some missing a year, with a workers file that agrees with
/// `employed_count`, `employed_months`, `out_of_province_count` and `public_welfare_jobs`.
enum GeneratedPanel {
    static func make(weighted: Bool) -> (HouseholdPanel, WorkerPanel) {
        var random = TestRandom(seed: 20_240_601)
        var ids: [String?] = [], towns: [String?] = [], years: [Int32] = [], sizes: [Int32] = []
        var wage: [Double] = [], operating: [Double] = [], property: [Double] = [], transfer: [Double] = []
        var labor: [Int32] = [], employed: [Int32] = [], months: [Double] = [], oop: [Int32] = [], pw: [Int32] = []
        var weights: [Double] = []
        var persons: [String?] = [], workerHouseholds: [String?] = [], workerYears: [Int32] = []
        var workerMonths: [Double] = [], locations: [UInt8] = [], jobs: [UInt8] = []
        for h in 0..<300 {
            let town = ["东风乡", "城关镇", "石门乡", "Qinglong"][random.below(4)]
            let size = Int32(1 + random.below(6))
            let householdLabor = Int32(min(random.below(4), Int(size)))
            let weight = 0.5 + Double(random.below(20)) / 8
            for year in Int32(2019)...2022 where random.below(10) > 0 {
                let workers = Int32(random.below(Int(householdLabor) + 1))
                var monthsTotal = 0.0, outOfProvince: Int32 = 0, publicWelfare: Int32 = 0
                for j in 0..<Int(workers) {
                    let m = Double(random.below(25)) / 2
                    let location = UInt8(random.below(3)), job = UInt8(random.below(5))
                    monthsTotal += m
                    if location == WorkLocation.outOfProvince.rawValue { outOfProvince += 1 }
                    if job == JobType.publicWelfare.rawValue { publicWelfare += 1 }
                    persons.append("P\(h)-\(j)")
                    workerHouseholds.append("H\(h)")
                    workerYears.append(year)
                    workerMonths.append(m)
                    locations.append(location)
                    jobs.append(job)
                }
                ids.append("H\(h)")
                towns.append(town)
                years.append(year)
                sizes.append(size)
                wage.append(Double(random.below(4_000_000)) / 100)
                operating.append(Double(random.below(2_200_000)) / 100 - 2000)
                property.append(Double(random.below(3000)))
                transfer.append(Double(random.below(800_000)) / 100)
                labor.append(householdLabor)
                employed.append(workers)
                months.append(monthsTotal)
                oop.append(outOfProvince)
                pw.append(publicWelfare)
                weights.append(weight)
            }
        }
        var households = HouseholdPanel(
            source: "generated", householdID: TextColumn(ids), year: years, householdSize: sizes, wageIncome: wage,
            operatingIncome: operating, propertyIncome: property, transferIncome: transfer,
            productionExpense: [Double](repeating: 0, count: ids.count))
        households.township = TextColumn(towns)
        households.laborCount = labor
        households.employedCount = employed
        households.employedMonths = months
        households.outOfProvinceCount = oop
        households.publicWelfareJobs = pw
        if weighted { households.weight = weights }
        var workers = WorkerPanel(source: "generated", personID: TextColumn(persons),
                                  householdID: TextColumn(workerHouseholds), year: workerYears, monthsEmployed: workerMonths)
        workers.location = locations
        workers.jobType = jobs
        return (households, workers)
    }

    static func householdsCSV(_ p: HouseholdPanel) -> [UInt8] {
        var writer = CSVWriter()
        var header = ["household_id", "year", "household_size", "wage_income", "operating_income", "property_income",
                      "transfer_income", "production_expense", "township", "labor_count", "employed_count",
                      "employed_months", "out_of_province_count", "public_welfare_jobs"]
        if p.weight != nil { header.append("weight") }
        writer.writeRow(header)
        for r in 0..<p.count {
            var row = [p.householdID[r]!, String(p.year[r]), String(p.householdSize[r]), "\(p.wageIncome[r])",
                       "\(p.operatingIncome[r])", "\(p.propertyIncome[r])", "\(p.transferIncome[r])",
                       "\(p.productionExpense[r])", p.township![r]!, String(p.laborCount![r]),
                       String(p.employedCount![r]), "\(p.employedMonths![r])", String(p.outOfProvinceCount![r]),
                       String(p.publicWelfareJobs![r])]
            if let weight = p.weight { row.append("\(weight[r])") }
            writer.writeRow(row)
        }
        return writer.bytes
    }

    static func workersCSV(_ p: WorkerPanel) -> [UInt8] {
        var writer = CSVWriter()
        writer.writeRow(["person_id", "household_id", "year", "months_employed", "location", "job_type"])
        for r in 0..<p.count {
            writer.writeRow([p.personID[r]!, p.householdID[r]!, String(p.year[r]), "\(p.monthsEmployed[r])",
                             WorkLocation(rawValue: p.location![r])!.code, JobType(rawValue: p.jobType![r])!.code])
        }
        return writer.bytes
    }
}
