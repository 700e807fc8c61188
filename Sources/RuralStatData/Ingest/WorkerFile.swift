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
    /// As ``HouseholdFile/read(path:options:columns:)``, `columns` names the optional columns
    /// to store (the required ones always are); every column of the file is checked whatever
    /// it says.
    ///
    /// - Parameter columns: the names (``FileSchema/workers``) of the columns to store, `nil`
    ///   for every one.
    /// - Returns: the panel of accepted rows, in file order, and the report of what was read.
    /// - Throws: as ``HouseholdFile/read(path:options:columns:)``.
    public static func read(
        path: String, options: ReadOptions = ReadOptions(), columns: Set<String>? = nil
    ) throws(InputError) -> (WorkerPanel, ReadReport) {
        let schema = FileSchema.workers
        let storing = columns.map { columns in
            Set(schema.filter { $0.isRequired || columns.contains($0.name) }.map(\.name))
        }
        let (columns, line, report) = try TableReader.read(
            path: path, schema: schema, options: options, uniqueKey: nil, storing: storing)
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
