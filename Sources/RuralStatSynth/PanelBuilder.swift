import RuralStatCore
import RuralStatData

/// Accumulates the rows of a synthetic panel column by column, then assembles the
/// `HouseholdPanel` and `WorkerPanel`.
struct PanelBuilder {
    /// One household-year, with every column ``SyntheticPanel`` writes. Money in whole yuan.
    struct HouseholdRow {
        var serial: Int
        var year: Int
        var size: Int
        var wage = 0.0
        var operating = 0.0
        var property = 0.0
        var transfer = 0.0
        var productionExpense = 0.0
        var category: HouseholdCategory
        var labour = 0
        var employed = 0
        var employedMonths = 0
        var outOfProvince = 0
        var publicWelfare = 0
        var medical = 0.0
        var education = 0.0
        var guarantees: (education: Bool, medical: Bool, housing: Bool, water: Bool) = (true, true, true, true)
        var monitoredSince = Missing.integer
        var measures = Missing.integer
    }

    /// `household_id` of each serial.
    private var householdIDs: [String] = []
    /// `person_id` of each person code.
    private var personIDs: [String] = []

    private var householdCode: [UInt32] = []
    private var year: [Int32] = []
    private var size: [Int32] = []
    private var wage: [Double] = []
    private var operating: [Double] = []
    private var property: [Double] = []
    private var transfer: [Double] = []
    private var expense: [Double] = []
    private var village: [UInt32] = []
    private var category: [UInt8] = []
    private var labour: [Int32] = []
    private var employed: [Int32] = []
    private var months: [Double] = []
    private var outOfProvince: [Int32] = []
    private var publicWelfare: [Int32] = []
    private var medical: [Double] = []
    private var education: [Double] = []
    private var educationOK: [UInt8] = []
    private var medicalOK: [UInt8] = []
    private var housingOK: [UInt8] = []
    private var waterOK: [UInt8] = []
    private var weight: [Double] = []
    private var monitoredSince: [Int32] = []
    private var measures: [Int32] = []

    private var workerPerson: [UInt32] = []
    private var workerHousehold: [UInt32] = []
    private var workerYear: [Int32] = []
    private var workerMonths: [Double] = []
    private var workerLocation: [UInt8] = []
    private var workerJob: [UInt8] = []
    private var workerWage: [Double] = []

    /// Registers a new household; its serial must be the number registered so far.
    mutating func registerHousehold(serial: Int) {
        precondition(serial == householdIDs.count, "households are registered in serial order")
        householdIDs.append("H" + Self.zeroPadded(serial + 1, width: 7))
    }

    /// The person code of `member` of household `serial`, registering the person on first use.
    mutating func personCode(of member: inout SyntheticMember, household serial: Int) -> UInt32 {
        if let code = member.personCode { return code }
        let code = UInt32(personIDs.count)
        personIDs.append(householdIDs[serial] + "-" + Self.zeroPadded(member.number, width: 2))
        member.personCode = code
        return code
    }

    /// Appends one household-year row in `village` with survey weight `weight`.
    mutating func append(_ row: HouseholdRow, village villageIndex: Int, weight rowWeight: Double) {
        householdCode.append(UInt32(row.serial))
        year.append(Int32(row.year))
        size.append(Int32(row.size))
        wage.append(row.wage)
        operating.append(row.operating)
        property.append(row.property)
        transfer.append(row.transfer)
        expense.append(row.productionExpense)
        village.append(UInt32(villageIndex))
        category.append(row.category.rawValue)
        labour.append(Int32(row.labour))
        employed.append(Int32(row.employed))
        months.append(Double(row.employedMonths))
        outOfProvince.append(Int32(row.outOfProvince))
        publicWelfare.append(Int32(row.publicWelfare))
        medical.append(row.medical)
        education.append(row.education)
        educationOK.append(row.guarantees.education ? 1 : 0)
        medicalOK.append(row.guarantees.medical ? 1 : 0)
        housingOK.append(row.guarantees.housing ? 1 : 0)
        waterOK.append(row.guarantees.water ? 1 : 0)
        weight.append(rowWeight)
        monitoredSince.append(row.monitoredSince)
        measures.append(row.measures)
    }

    /// Appends one worker-year row.
    mutating func appendWorker(
        person: UInt32, household serial: Int, year rowYear: Int, months rowMonths: Int,
        location: WorkLocation, job: JobType, wage rowWage: Double
    ) {
        workerPerson.append(person)
        workerHousehold.append(UInt32(serial))
        workerYear.append(Int32(rowYear))
        workerMonths.append(Double(rowMonths))
        workerLocation.append(location.rawValue)
        workerJob.append(job.rawValue)
        workerWage.append(rowWage)
    }

    /// The households panel: every column of SPEC §2.1, `weight` only when `weighted`.
    func householdPanel(county name: String, places: SyntheticCounty, weighted: Bool) -> HouseholdPanel {
        var panel = HouseholdPanel(
            source: "ruralstat synth", householdID: TextColumn(codes: householdCode, dictionary: householdIDs),
            year: year, householdSize: size, wageIncome: wage, operatingIncome: operating,
            propertyIncome: property, transferIncome: transfer, productionExpense: expense)
        panel.county = TextColumn(codes: [UInt32](repeating: 0, count: year.count), dictionary: [name])
        panel.township = TextColumn(
            codes: village.map { UInt32(places.townshipOfVillage[Int($0)]) }, dictionary: places.townships)
        panel.village = TextColumn(codes: village, dictionary: places.villages)
        panel.category = category
        panel.laborCount = labour
        panel.employedCount = employed
        panel.employedMonths = months
        panel.outOfProvinceCount = outOfProvince
        panel.publicWelfareJobs = publicWelfare
        panel.medicalExpense = medical
        panel.educationExpense = education
        panel.educationOK = educationOK
        panel.medicalOK = medicalOK
        panel.housingOK = housingOK
        panel.waterOK = waterOK
        panel.weight = weighted ? weight : nil
        panel.monitoredSince = monitoredSince
        panel.assistanceMeasures = measures
        return panel
    }

    /// The workers panel, with `location`, `job_type` and `wage_income`.
    func workerPanel() -> WorkerPanel {
        var panel = WorkerPanel(
            source: "ruralstat synth", personID: TextColumn(codes: workerPerson, dictionary: personIDs),
            householdID: TextColumn(codes: workerHousehold, dictionary: householdIDs),
            year: workerYear, monthsEmployed: workerMonths)
        panel.location = workerLocation
        panel.jobType = workerJob
        panel.wageIncome = workerWage
        return panel
    }

    /// `value` in decimal with leading zeros to `width` digits.
    private static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(width - digits.count, 0)) + digits
    }
}
