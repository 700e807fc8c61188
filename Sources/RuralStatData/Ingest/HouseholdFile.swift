import RuralStatCore

/// Reads the households file (SPEC §2.1) into a ``HouseholdPanel``.
public enum HouseholdFile {
    /// Reads and checks the households file at `path`.
    ///
    /// Every rule of SPEC §2.1 and §2.3 is applied, including that a (household_id, year)
    /// pair appears once: the second occurrence is the error, naming the line of the first.
    ///
    /// - Returns: the panel of accepted rows, in file order, and the report of what was read.
    /// - Throws: ``InputError/unreadable(file:reason:)`` when the file cannot be read,
    ///   ``InputError/invalidData(file:errors:total:)`` for a bad header, or for bad rows
    ///   under ``ReadOptions/ErrorPolicy/stop``.
    /// - Complexity: O(file size) time; memory is the panel plus two blocks of the file.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(InputError) -> (HouseholdPanel, ReadReport) {
        let schema = FileSchema.households
        let (columns, line, report) = try TableReader.read(
            path: path, schema: schema, options: options, uniqueKey: .init(text: "household_id", year: "year"))
        var table = NamedColumns(schema: schema, columns: columns)
        var panel = HouseholdPanel(
            source: path, line: line,
            householdID: table.take("household_id")!.text!,
            year: table.take("year")!.integers!,
            householdSize: table.take("household_size")!.integers!,
            wageIncome: table.take("wage_income")!.numbers!,
            operatingIncome: table.take("operating_income")!.numbers!,
            propertyIncome: table.take("property_income")!.numbers!,
            transferIncome: table.take("transfer_income")!.numbers!,
            productionExpense: table.take("production_expense")!.numbers!)
        panel.county = table.take("county")?.text
        panel.township = table.take("township")?.text
        panel.village = table.take("village")?.text
        panel.category = table.take("category")?.codes
        panel.laborCount = table.take("labor_count")?.integers
        panel.employedCount = table.take("employed_count")?.integers
        panel.employedMonths = table.take("employed_months")?.numbers
        panel.outOfProvinceCount = table.take("out_of_province_count")?.integers
        panel.publicWelfareJobs = table.take("public_welfare_jobs")?.integers
        panel.medicalExpense = table.take("medical_expense")?.numbers
        panel.educationExpense = table.take("education_expense")?.numbers
        panel.educationOK = table.take("education_ok")?.codes
        panel.medicalOK = table.take("medical_ok")?.codes
        panel.housingOK = table.take("housing_ok")?.codes
        panel.waterOK = table.take("water_ok")?.codes
        panel.weight = table.take("weight")?.numbers
        panel.monitoredSince = table.take("monitored_since")?.integers
        panel.assistanceMeasures = table.take("assistance_measures")?.integers
        return (panel, report)
    }
}
