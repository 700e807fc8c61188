import RuralStatRegression

extension ModelData {
    /// The table with numeric columns added, each replacing a column of the same name.
    func adding(_ extra: [(String, [Double])]) -> ModelData {
        var columns = zip(names, columns).filter { name, _ in !extra.contains { $0.0 == name } }
            .map { (name: $0.0, column: $0.1) }
        columns += extra.map { (name: $0.0, column: ModelData.Column.numeric($0.1)) }
        return ModelData(columns, lineNumbers: lineNumbers)
    }
}
