import RuralStatCore

/// Reads the households file (SPEC §2.1) into a ``HouseholdPanel``.
public enum HouseholdFile {
    /// Reads and checks the households file at `path`.
    ///
    /// Every rule of SPEC §2.1 and §2.3 is applied, including that a (household_id, year)
    /// pair appears once: the second occurrence is the error, naming the line of the first.
    ///
    /// A command that uses only some of the columns names them in `columns`, and the panel
    /// then has only those (and the required ones, which it always has): an optional column
    /// left out is `nil`, as if the file lacked it. Every column of the file is checked all the
    /// same, because SPEC §2.3 makes a bad value an error — and under
    /// ``ReadOptions/ErrorPolicy/skip`` a rejected row — whichever command reads the file: the
    /// errors, the rejected rows and the ``ReadReport`` do not depend on `columns`.
    ///
    /// - Parameter columns: the columns to store, `nil` for every one.
    /// - Returns: the panel of accepted rows, in file order, and the report of what was read.
    /// - Throws: ``InputError/unreadable(file:reason:)`` when the file cannot be read,
    ///   ``InputError/invalidData(file:errors:total:)`` for a bad header, or for bad rows
    ///   under ``ReadOptions/ErrorPolicy/stop``.
    /// - Complexity: O(file size) time; memory is the stored columns plus two blocks of the file.
    public static func read(
        path: String, options: ReadOptions = ReadOptions(), columns: Set<HouseholdColumn>? = nil
    ) throws(InputError) -> (HouseholdPanel, ReadReport) {
        let schema = FileSchema.households
        let storing = columns.map { columns in
            Set(HouseholdColumn.allCases.filter { $0.isRequired || columns.contains($0) }.map(\.rawValue))
        }
        let (columns, line, report) = try TableReader.read(
            path: path, schema: schema, options: options, uniqueKey: .init(text: "household_id", year: "year"),
            storing: storing)
        var table = NamedColumns(schema: schema, columns: columns)
        var panel = HouseholdPanel(
            source: path, line: line, householdID: TextColumn(), year: [], householdSize: [], wageIncome: [],
            operatingIncome: [], propertyIncome: [], transferIncome: [], productionExpense: [])
        for column in HouseholdColumn.allCases { panel[column] = table.take(column.rawValue) }
        return (panel, report)
    }
}
