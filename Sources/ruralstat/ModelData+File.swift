import RuralStat

/// `regress --data`: a table file read through the typed reader, by a schema inferred from
/// the model, and turned into the regression's ``ModelData``.
///
/// The glue between ingestion (``TableFile``, which knows files and rules) and the regression
/// (which knows only typed columns): neither module imports the other.
extension ModelData {
    /// Cells read as missing besides empty ones: R's markers. Such rows are dropped and
    /// counted by the model, as R's `na.omit` does.
    static let missingValues = ["NA", "NaN"]

    /// Reads the columns a model uses from the file at `path`.
    ///
    /// The schema is inferred from the formula: a column inside `C()` or `factor()`, and the
    /// cluster column, are text; every other column is a number (any sign), and the weights
    /// column a number > 0. So `n/a` in a numeric column is an error naming file, line,
    /// column and value, or under ``ReadOptions/ErrorPolicy/skip`` a rejected row, never a
    /// silent category. A text column for `C()` whose every value is a number becomes a
    /// numeric column, so its levels sort as numbers (`2` before `10`). Names are matched to
    /// the header exactly, else case-insensitively when only one field matches.
    ///
    /// - Returns: the model data (columns named as in the header, with the file's lines)
    ///   and the report of what was read.
    /// - Throws: ``RegressionError`` for a column the header lacks (the formula's, listing the
    ///   header, with the position in the formula); ``InputError`` from the reader.
    static func read(
        path: String, formula: Formula, weights: String?, cluster: String?, options: ReadOptions
    ) throws -> (ModelData, ReadReport) {
        // The encoding is detected once (on a file that is ASCII at its start, a pass over the
        // whole file) and given to the header and the reader, which would each detect it again.
        var options = options
        if options.encoding == nil { options.encoding = try CSVFileReader(path: path).inspect(encoding: nil).encoding }
        let header = try TableFile.header(path: path, encoding: options.encoding)
        func field(_ name: String) -> Int? {
            if let exact = header.firstIndex(of: name) { return exact }
            let matches = header.indices.filter { header[$0].lowercased() == name.lowercased() }
            return matches.count == 1 ? matches[0] : nil
        }
        for name in [weights, cluster].compactMap({ $0 }) where field(name) == nil {
            throw RegressionError.unknownColumn(name, columns: header)
        }
        if let name = formula.columns.first(where: { field($0) == nil }) {
            throw formula.unknownColumn(name, columns: header)
        }
        let categorical = Set((formula.categoricalColumns + [cluster].compactMap { $0 }).compactMap(field))
        let weightsField = weights.flatMap(field)
        var fields: [Int] = []
        for name in formula.columns + [weights, cluster].compactMap({ $0 }) {
            if let field = field(name), !fields.contains(field) { fields.append(field) }
        }
        let schema = fields.map { field in
            let type: ColumnSpec.ValueType = categorical.contains(field) ? .text(nonEmpty: false)
                : .number(minimum: field == weightsField ? 0 : nil, minimumExclusive: field == weightsField, maximum: nil)
            return ColumnSpec(header[field], aliases: [header[field]], type, required: false)
        }
        var readOptions = options
        readOptions.missingValues = missingValues
        let (table, report) = try TableFile.read(path: path, schema: schema, options: readOptions)
        let columns = zip(schema, table.columns).map { spec, column -> (name: String, column: Column) in
            switch column {
            case .text(let text)?: (spec.name, Self.numbers(text).map(Column.numeric) ?? .text(text))
            case .number(let values)?: (spec.name, .numeric(values))
            default: preconditionFailure("the schema has only text and number columns, all in the header")
            }
        }
        return (ModelData(columns, lineNumbers: table.line.map { Int($0) }), report)
    }

    /// The column as numbers (NaN where missing) when every value in its dictionary is a
    /// finite number; otherwise `nil`.
    private static func numbers(_ column: TextColumn) -> [Double]? {
        var values: [Double] = []
        for text in column.dictionary {
            guard let value = Double(text), value.isFinite else { return nil }
            values.append(value)
        }
        return column.codes.map { $0 == TextColumn.missing ? .nan : values[Int($0)] }
    }
}
