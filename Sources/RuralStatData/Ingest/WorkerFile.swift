import RuralStatCore

/// Reads the workers file (SPEC §2.2) into a ``WorkerPanel``.
public enum WorkerFile {
    /// Reads and checks the workers file at `path`.
    ///
    /// The rules of SPEC §2.2 apply cell by cell. Rows are not required to be unique: a
    /// person listed in two households in one year, or twice in one household, is data to look
    /// into rather than a malformed file, so the employment analysis reports such rows as
    /// warnings naming their lines (SPEC §3.3's consistency checks) instead of rejecting them.
    ///
    /// - Returns: the panel of accepted rows, in file order, and the report of what was read.
    /// - Throws: as ``HouseholdFile/read(path:options:)``.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(InputError) -> (WorkerPanel, ReadReport) {
        let schema = FileSchema.workers
        let (columns, line, report) = try TableReader.read(
            path: path, schema: schema, options: options, uniqueKey: nil)
        var table = NamedColumns(schema: schema, columns: columns)
        var panel = WorkerPanel(
            source: path, line: line,
            personID: table.take("person_id")!.text!,
            householdID: table.take("household_id")!.text!,
            year: table.take("year")!.integers!,
            monthsEmployed: table.take("months_employed")!.numbers!)
        panel.location = table.take("location")?.codes
        panel.jobType = table.take("job_type")?.codes
        panel.wageIncome = table.take("wage_income")?.numbers
        return (panel, report)
    }
}
