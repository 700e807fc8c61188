/// Reads the workers file (SPEC §2.2) into a ``WorkerPanel``.
public enum WorkerFile {
    /// Reads and checks the workers file at `path`.
    ///
    /// Besides the rules of SPEC §2.2, a (person_id, year) pair may appear only once: one
    /// worker has one row per year, with the months summed over their jobs.
    ///
    /// - Returns: the panel of accepted rows, in file order, and the report of what was read.
    /// - Throws: as ``HouseholdFile/read(path:options:)``.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(InputError) -> (WorkerPanel, ReadReport) {
        let schema = FileSchema.workers
        let (columns, line, report) = try TableReader.read(
            path: path, schema: schema, options: options, uniqueKey: .init(text: "person_id", year: "year"))
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
