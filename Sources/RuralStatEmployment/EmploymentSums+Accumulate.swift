import RuralStatCore
import RuralStatIncome

/// Adding records to the sums of a group-year, and turning the sums into metrics.
extension EmploymentSums {
    /// Adds household row `row`.
    @inline(__always)
    mutating func add(row: Int, of indicators: HouseholdEmployment) {
        let w = indicators.panel.weight(row)
        records += 1
        households += w
        let labor = indicators.labor(row), employed = indicators.employed(row)
        if let labor {
            self.labor += w * Double(labor)
            laborKnown += 1
        }
        if let employed {
            workers += w * Double(employed)
            workersKnown += 1
            if indicators.persistent(row) == true { persistent += w }
            if employed >= 1, let months = indicators.months(row) {
                self.months += w * months
                monthsWorkers += w * Double(employed)
            }
        }
        if let labor, let employed {
            bothKnown += 1
            rateWorkers += w * Double(employed)
            rateLabor += w * Double(labor)
            if labor >= 1 {
                withLabor += w
                if employed >= 1 { covered += w } else { zeroEmployment += w }
            }
        }
        wageShare.add(weight: w, wage: indicators.panel.wageIncome[row], gross: indicators.panel.gross(row))
        if let count = indicators.panel.outOfProvinceCount?[row], count != Missing.integer {
            outOfProvince += w * Double(count)
            outOfProvinceKnown += 1
        }
        if let count = indicators.panel.publicWelfareJobs?[row], count != Missing.integer {
            publicWelfare += w * Double(count)
            publicWelfareKnown += 1
        }
        if let index = indicators.settings.stabilityIndex.score(
            labor: labor, employed: employed, months: indicators.months(row), persistent: indicators.persistent(row)) {
            stability += w * index
            stabilityWeight += w
        }
    }

    /// Adds worker row `w` of a household of weight `weight`.
    @inline(__always)
    mutating func add(worker w: Int, of workers: WorkerPanel, linkage: WorkerLinkage, weight: Double, stableMonths: Double) {
        let months = workers.monthsEmployed[w]
        workerRows += weight
        if months >= stableMonths { stableWorkers += weight }
        let previous = Int(linkage.previousRow[w])
        if months > 0, previous >= 0, workers.monthsEmployed[previous] > 0 { workersKept += weight }
        if let location = workers.location?[w], location != Missing.code {
            switch WorkLocation(rawValue: location) {
            case .county: locations.0 += weight
            case .province: locations.1 += weight
            case .outOfProvince: locations.2 += weight
            case nil: break
            }
        }
        if let job = workers.jobType?[w], job != Missing.code {
            switch JobType(rawValue: job) {
            case .enterprise: jobTypes.0 += weight
            case .publicWelfare: jobTypes.1 += weight
            case .workshop: jobTypes.2 += weight
            case .selfEmployed: jobTypes.3 += weight
            case .other: jobTypes.4 += weight
            case nil: break
            }
        }
    }

    /// The metrics of these sums; `previous` are the same group's sums of the year before.
    func metrics(
        year: Int, group: Int, previous: EmploymentSums?, workerPanel: WorkerPanel?
    ) -> EmploymentGroupYear {
        func ratio(_ a: Double, _ b: Double) -> Double? { b > 0 ? a / b : nil }
        let workersNow = workersKnown > 0 ? workers : nil
        let wageShareNow = wageShare.share
        var result = EmploymentGroupYear(
            year: year, group: group, records: records, households: households,
            labor: laborKnown > 0 ? labor : nil,
            workers: workersNow,
            workersChange: nil,
            zeroEmploymentHouseholds: bothKnown > 0 ? zeroEmployment : nil,
            householdsWithLabor: bothKnown > 0 ? withLabor : nil,
            covered: bothKnown > 0 ? covered : nil,
            coverage: ratio(covered, withLabor),
            persistent: workersKnown > 0 ? persistent : nil,
            employmentRate: ratio(rateWorkers, rateLabor),
            meanMonths: ratio(months, monthsWorkers),
            stableShare: nil,
            wageShare: wageShareNow,
            wageShareChange: nil,
            outOfProvinceWorkers: outOfProvinceKnown > 0 ? outOfProvince : nil,
            publicWelfareJobs: publicWelfareKnown > 0 ? publicWelfare : nil,
            stabilityIndex: ratio(stability, stabilityWeight)
        )
        if let previous {
            if let now = workersNow, previous.workersKnown > 0 { result.workersChange = now - previous.workers }
            if let now = wageShareNow, let before = previous.wageShare.share {
                result.wageShareChange = now - before
            }
        }
        if let workerPanel {
            result.workerRows = workerRows
            result.stableWorkers = stableWorkers
            result.stableShare = ratio(stableWorkers, workerRows)
            result.workersKept = workersKept
            if workerPanel.location != nil { result.locations = [locations.0, locations.1, locations.2] }
            if workerPanel.jobType != nil {
                result.jobTypes = [jobTypes.0, jobTypes.1, jobTypes.2, jobTypes.3, jobTypes.4]
            }
        }
        return result
    }
}
