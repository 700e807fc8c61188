import RuralStatCore
import RuralStatData

/// One year in the life of a synthetic household: ageing, shocks, work, incomes, spending and
/// the monitoring decisions, written as one household row and its worker rows.
extension SyntheticHousehold {
    /// What the county shares with every household in a year.
    struct YearSetting {
        let year: Int
        let county: SyntheticCounty
        /// Whether each village has a disaster this year.
        let villageDisaster: [Bool]
        /// Whether this is the household's first record (no ageing before it).
        let isFirstRecord: Bool
    }

    /// Monthly wage by `WorkLocation` at the 2020 income index, yuan: county 1,800,
    /// province 2,300, out of province 2,900 (well below the NBS 2020 average migrant-worker wage of
    /// 4,072 yuan a month, as poverty-alleviated workers earn less than the average).
    private static let monthlyWage: [Double] = [1_800, 2_300, 2_900]

    /// Simulates `setting.year` and appends the rows; a household that dissolves writes nothing
    /// and becomes inactive.
    mutating func simulate(_ setting: YearSetting, into builder: inout PanelBuilder) {
        if !setting.isFirstRecord {
            ageOneYear()
            if members.isEmpty || rng.bernoulli(0.002) {
                active = false
                return
            }
        }
        let year = setting.year
        let index = EconomicCalendar.incomeIndex(year)
        let line = MonitoringLineSeries.line(for: year)
        let monitored = category.isMonitoringObject
        let placeFactor = setting.county.incomeFactor[village]
        var row = PanelBuilder.HouseholdRow(serial: serial, year: year, size: members.count, category: category)

        // Shocks.
        let oldest = members.map(\.age).max() ?? 0
        let illness = rng.bernoulli(ShockModel.illnessOdds(chronic: chronic, oldestAge: oldest, monitored: monitored))
        let illMember = illness ? rng.integer(below: members.count) : -1
        let farmShare = farmScale / (farmScale + 20_000)
        let disaster = rng.bernoulli(
            ShockModel.disasterOdds(villageDisaster: setting.villageDisaster[village], farmShare: farmShare))
        if illness, members[illMember].isLabour, rng.bernoulli(0.1) { members[illMember].disabled = true }
        // A whole year without income: the household was away (or its income went unrecorded).
        let noIncome = rng.bernoulli(setting.isFirstRecord && category == .suddenHardship ? 0.25 : 0.0015)

        // Work.
        row.labour = members.filter(\.isLabour).count
        assignPublicWelfarePost(monitored: monitored)
        var carerCut = illness
        for m in members.indices where members[m].isLabour && members[m].employed && !noIncome {
            var months = typicalMonths(of: members[m])
            let outOfProvince = members[m].location == .outOfProvince
            if rng.bernoulli(ShockModel.jobLossOdds(
                age: members[m].age, skill: members[m].skill, outOfProvince: outOfProvince, monitored: monitored)) {
                months = 1 + rng.integer(below: max(months / 2, 1))
                members[m].employed = rng.bernoulli(0.5)
            }
            if m == illMember {
                months -= 3 + rng.integer(below: 7)
            } else if carerCut {
                months -= 2 + rng.integer(below: 3)
                carerCut = false
            }
            guard months > 0 else { continue }
            let monthly = members[m].job == .publicWelfare
                ? 600 * index.squareRoot()
                : Self.monthlyWage[Int(members[m].location.rawValue)] * index * placeFactor.squareRoot()
                    * PortableMath.exp(members[m].skill) * jobFactor(members[m].job)
                    * rng.lognormal(mean: 1, sigma: 0.08)
            let wage = (Double(months) * monthly).rounded()
            let person = builder.personCode(of: &members[m], household: serial)
            builder.appendWorker(person: person, household: serial, year: year, months: months,
                                 location: members[m].location, job: members[m].job, wage: wage)
            row.wage += wage
            row.employed += 1
            row.employedMonths += months
            if outOfProvince { row.outOfProvince += 1 }
            if members[m].job == .publicWelfare { row.publicWelfare += 1 }
        }
        updateEmployment(monitored: monitored)

        // Farming and property.
        if !noIncome {
            let working = row.labour > 0 ? 1.0 : 0.35
            let normal = farmScale * index * placeFactor * working * rng.lognormal(mean: 1, sigma: 0.15)
            row.productionExpense = (normal * expenseRatio).rounded()
            var gross = normal * (illness ? 0.85 : 1)
            if disaster {
                gross *= rng.uniform(0.1..<0.6)
                // Livestock or stock lost: the year's operating result is a loss.
                if rng.bernoulli(0.15) { gross = -rng.uniform(0.05..<0.4) * row.productionExpense }
            }
            row.operating = gross.rounded()
            if propertyBase > 0 { row.property = (propertyBase * index * rng.lognormal(mean: 1, sigma: 0.2)).rounded() }
        }

        // Transfers.
        if !noIncome {
            let elderly = members.filter { $0.age >= 60 }.count
            let pension = 12 * EconomicCalendar.monthlyPension(year) * Double(elderly)
            let subsidy = 120 + 0.03 * farmScale * index
            let relief = (monitored || category == .suddenHardship) && (illness || disaster) ? rng.uniform(1_000..<4_000) : 0
            let before = row.wage + row.operating + row.property - row.productionExpense + pension + subsidy
            let allowance = minimumLivingAllowance(
                prePCI: before / Double(members.count), year: year, monitored: monitored, hasLabour: row.labour > 0,
                firstRecord: setting.isFirstRecord)
            row.transfer = (pension + subsidy + relief + allowance).rounded()
        }

        // Rigid spending and the 保障 flags.
        var medical = Double(members.count) * 300 * index.squareRoot() * rng.lognormal(mean: 1, sigma: 0.5)
        if chronic { medical += rng.lognormal(mean: 2_500, sigma: 0.6) }
        if illness { medical += rng.lognormal(mean: 12_000, sigma: 0.8) * (monitored ? 0.7 : 1) }
        row.medical = medical.rounded()
        row.education = educationExpense(index: index).rounded()
        let schoolChild = members.contains { (6...15).contains($0.age) }
        row.guarantees = (
            education: !(schoolChild && rng.bernoulli(0.003)),
            medical: !rng.bernoulli(0.005),
            housing: !rng.bernoulli(disaster ? 0.15 : monitored ? 0.03 : 0.01),
            water: !rng.bernoulli(0.005))

        // Monitoring: identification or risk elimination at the end of the year.
        let net = row.wage + row.operating + row.property + row.transfer - row.productionExpense
        let pci = net / Double(members.count)
        if !setting.isFirstRecord {
            reviewMonitoring(
                year: year, line: line, pci: pci, shock: illness || disaster, labour: row.labour,
                rigid: (row.medical + row.education) / max(net, 1))
        }
        row.category = category
        if category.isMonitoringObject {
            row.monitoredSince = monitoredSince
            row.measures = Int32(measures)
        }
        builder.append(row, village: village, weight: weight)
        previousPCI = pci
    }

    /// Ages every member a year: deaths among the old, births in young families, college.
    private mutating func ageOneYear() {
        members = members.filter { member in
            member.age < 65 || !rng.bernoulli(0.01 + 0.006 * Double(member.age - 65))
        }
        for m in members.indices {
            members[m].age += 1
            if members[m].age == 18 { members[m].inCollege = rng.bernoulli(0.3) }
            if members[m].age == 22 { members[m].inCollege = false }
        }
        if members.count >= 2, members.contains(where: { (22...38).contains($0.age) }), rng.bernoulli(0.05) {
            let skillMean = category.isMonitoringObject ? -0.15 : 0
            members.append(SyntheticMember(
                number: nextMemberNumber, age: 0, skill: rng.normal(mean: skillMean, sd: 0.25), &rng))
            nextMemberNumber += 1
        }
    }

    /// Households with idle labour get a public-welfare post (公益岗位) for one idle member:
    /// monitoring objects at 50% a year, other households at 20% (posts go to weak labour
    /// that cannot leave home).
    private mutating func assignPublicWelfarePost(monitored: Bool) {
        guard !members.contains(where: { $0.isLabour && $0.employed }),
              let idle = members.indices.first(where: { members[$0].isLabour }),
              rng.bernoulli(monitored ? 0.5 : 0.2) else { return }
        members[idle].employed = true
        members[idle].job = .publicWelfare
        members[idle].location = .county
    }

    /// Months worked in a normal year: public-welfare posts 10–12, out of province 8–12,
    /// in the province 6–12, in the county 4–12.
    private mutating func typicalMonths(of member: SyntheticMember) -> Int {
        if member.job == .publicWelfare { return 10 + rng.integer(below: 3) }
        switch member.location {
        case .outOfProvince: return 8 + rng.integer(below: 5)
        case .province: return 6 + rng.integer(below: 7)
        case .county: return 4 + rng.integer(below: 9)
        }
    }

    /// Pay relative to an enterprise job: workshop 0.75, self-employed 1.1, other 0.85.
    private func jobFactor(_ job: JobType) -> Double {
        switch job {
        case .enterprise, .publicWelfare: 1
        case .workshop: 0.75
        case .selfEmployed: 1.1
        case .other: 0.85
        }
    }

    /// Next year's employment: 90% of workers keep working; idle labour starts with
    /// probability 0.5 under 45, 0.3 under 55, 0.15 older, times 0.75 in monitored or
    /// chronically ill households. A starter's location and job are drawn afresh.
    private mutating func updateEmployment(monitored: Bool) {
        let care = monitored || chronic ? 0.75 : 1
        for m in members.indices where members[m].isLabour {
            if members[m].employed {
                members[m].employed = rng.bernoulli(0.9)
            } else {
                let age = members[m].age
                if rng.bernoulli((age < 45 ? 0.5 : age < 55 ? 0.3 : 0.15) * care) {
                    let fresh = SyntheticMember(number: members[m].number, age: age, skill: members[m].skill, &rng)
                    members[m].location = fresh.location
                    members[m].job = fresh.job
                    members[m].employed = true
                }
            }
        }
    }

    /// The minimum-living allowance (低保) for the year, yuan: the gap between the standard and
    /// the pre-allowance per-capita income, at least 30% of the standard, times household size,
    /// times a uniform 0.95–1.25 (payment tiers, and the top-up most places pay above the gap).
    /// Eligible households (below the standard) enrol with probability 0.9 when monitored,
    /// without labour (兜底保障) or in their first record (already enrolled when the panel
    /// starts), 0.7 with a chronic illness, 0.5 otherwise; those above 1.3 × the standard leave at 50%.
    private mutating func minimumLivingAllowance(
        prePCI: Double, year: Int, monitored: Bool, hasLabour: Bool, firstRecord: Bool
    ) -> Double {
        let standard = EconomicCalendar.minimumLivingStandard(year)
        if !onMinimumLiving, prePCI < standard {
            onMinimumLiving = rng.bernoulli(monitored || !hasLabour || firstRecord ? 0.9 : chronic ? 0.7 : 0.5)
        } else if onMinimumLiving, prePCI > 1.3 * standard, rng.bernoulli(0.5) {
            onMinimumLiving = false
        }
        guard onMinimumLiving else { return 0 }
        return max(standard - prePCI, 0.3 * standard) * Double(members.count) * rng.uniform(0.95..<1.25)
    }

    /// School costs: 500 yuan a pupil aged 6–15 (compulsory schooling is free of fees),
    /// 3,000 for ages 16–18, 8,000 for a college student, at the 2020 index's square root.
    private mutating func educationExpense(index: Double) -> Double {
        var total = 0.0
        for member in members {
            let base: Double = member.inCollege ? 8_000
                : (6...15).contains(member.age) ? 500
                : (16...18).contains(member.age) ? 3_000 : 0
            if base > 0 { total += base * index.squareRoot() * rng.lognormal(mean: 1, sigma: 0.25) }
        }
        return total
    }

    /// Identification (纳入监测) or risk elimination (风险消除) at the end of `year`.
    ///
    /// A household not monitored is at risk when its pci is below 1.5 × the line, fell 30% or
    /// more, or its rigid spending is half its net income or more; it is identified with
    /// probability 0.3 below the line and 0.06 otherwise — as `sudden_hardship` at 40% after a
    /// shock, else `unstable` (if lifted out of poverty) or `marginal`. A monitoring object is
    /// eliminated at 50% a year once it meets the SPEC §3.2 conditions with a margin (pci at
    /// least 1.1 × the line, the year before above that year's line, no shock).
    private mutating func reviewMonitoring(year: Int, line: Double, pci: Double, shock: Bool, labour: Int, rigid: Double) {
        if category.isMonitoringObject {
            measures = min(measures + rng.poisson(0.7), 9)
            let since = Int(monitoredSince)
            let monthsMonitored = (year - since / 10_000) * 12 + 12 - (since / 100 % 100) + 1
            let previousLine = MonitoringLineSeries.line(for: year - 1)
            let ready = monthsMonitored >= 6 && measures >= 1 && pci >= 1.1 * line && !shock && labour >= 1
                && (previousPCI.map { $0 >= previousLine } ?? true)
            if ready, rng.bernoulli(0.5) {
                category = baseCategory
                monitoredSince = Missing.integer
                measures = 0
            }
            return
        }
        let dropped = previousPCI.map { $0 > 0 && pci / $0 - 1 <= -0.3 } ?? false
        guard pci < 1.5 * line || dropped || rigid >= 0.5, rng.bernoulli(pci < line ? 0.3 : 0.06) else { return }
        category = shock && rng.bernoulli(0.4) ? .suddenHardship : baseCategory == .alleviated ? .unstable : .marginal
        monitoredSince = Int32(year * 10_000 + (1 + rng.integer(below: 12)) * 100 + 1)
        measures = rng.bernoulli(0.7) ? 1 + rng.poisson(0.5) : 0
    }
}
