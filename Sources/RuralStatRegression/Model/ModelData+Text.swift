extension ModelData {
    /// A table from text cells, as read from a CSV file: a column is numeric when every
    /// non-missing cell is a finite number (spaces around it allowed), text otherwise. Missing
    /// cells are empty, `NA` (R's marker) or `NaN`, spaces around them allowed. A repeated
    /// header name gets `.1`, `.2`, … appended, as R's `make.unique` does.
    ///
    /// - Parameters:
    ///   - header: the column names.
    ///   - cells: one array of cell texts per column.
    ///   - lineNumbers: the input line of each row, for error messages.
    /// - Precondition: one cell array per name, all of equal length.
    public init(header: [String], cells: [[String]], lineNumbers: [Int]? = nil) {
        precondition(header.count == cells.count, "one column of cells per header name")
        var seen = Set<String>()
        let names = header.map { name in
            var unique = name
            var suffix = 0
            while seen.contains(unique) {
                suffix += 1
                unique = "\(name).\(suffix)"
            }
            seen.insert(unique)
            return unique
        }
        let columns: [(name: String, column: Column)] = zip(names, cells).map { name, texts in
            let trimmed: (String) -> Substring = { text in
                let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
                guard let first = text.firstIndex(where: { !isSpace($0) }),
                      let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
                return text[first...last]
            }
            let isMissing: (String) -> Bool = { let t = trimmed($0); return t.isEmpty || t == "NA" || t == "NaN" }
            var numbers: [Double] = []
            numbers.reserveCapacity(texts.count)
            for text in texts {
                if isMissing(text) {
                    numbers.append(.nan)
                } else if let value = Double(trimmed(text)), value.isFinite {
                    numbers.append(value)
                } else {
                    return (name, .text(texts.map { isMissing($0) ? nil : $0 }))
                }
            }
            return (name, .numeric(numbers))
        }
        self.init(columns, lineNumbers: lineNumbers)
    }
}
