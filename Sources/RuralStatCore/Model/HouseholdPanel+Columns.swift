/// The panel's columns by ``HouseholdColumn``: the one place that maps the registry to storage.
extension HouseholdPanel {
    /// The values of `column`, or `nil` when the panel does not have it.
    ///
    /// Setting `nil` removes an optional column.
    /// - Precondition: a required column is never set to `nil`, and values have the
    ///   column's storage type.
    public subscript(column: HouseholdColumn) -> ColumnValues? {
        get {
            switch column {
            case .householdID: .text(householdID)
            case .year: .integer(year)
            case .householdSize: .integer(householdSize)
            case .wageIncome: .number(wageIncome)
            case .operatingIncome: .number(operatingIncome)
            case .propertyIncome: .number(propertyIncome)
            case .transferIncome: .number(transferIncome)
            case .productionExpense: .number(productionExpense)
            case .county: county.map(ColumnValues.text)
            case .township: township.map(ColumnValues.text)
            case .village: village.map(ColumnValues.text)
            case .category: category.map(ColumnValues.code)
            case .laborCount: laborCount.map(ColumnValues.integer)
            case .employedCount: employedCount.map(ColumnValues.integer)
            case .employedMonths: employedMonths.map(ColumnValues.number)
            case .outOfProvinceCount: outOfProvinceCount.map(ColumnValues.integer)
            case .publicWelfareJobs: publicWelfareJobs.map(ColumnValues.integer)
            case .medicalExpense: medicalExpense.map(ColumnValues.number)
            case .educationExpense: educationExpense.map(ColumnValues.number)
            case .educationOK: educationOK.map(ColumnValues.code)
            case .medicalOK: medicalOK.map(ColumnValues.code)
            case .housingOK: housingOK.map(ColumnValues.code)
            case .waterOK: waterOK.map(ColumnValues.code)
            case .weight: weight.map(ColumnValues.number)
            case .monitoredSince: monitoredSince.map(ColumnValues.integer)
            case .assistanceMeasures: assistanceMeasures.map(ColumnValues.integer)
            }
        }
        set {
            switch column {
            case .householdID: householdID = Self.required(newValue?.text, column)
            case .year: year = Self.required(newValue?.integers, column)
            case .householdSize: householdSize = Self.required(newValue?.integers, column)
            case .wageIncome: wageIncome = Self.required(newValue?.numbers, column)
            case .operatingIncome: operatingIncome = Self.required(newValue?.numbers, column)
            case .propertyIncome: propertyIncome = Self.required(newValue?.numbers, column)
            case .transferIncome: transferIncome = Self.required(newValue?.numbers, column)
            case .productionExpense: productionExpense = Self.required(newValue?.numbers, column)
            case .county: county = newValue.map { Self.typed($0.text, column) }
            case .township: township = newValue.map { Self.typed($0.text, column) }
            case .village: village = newValue.map { Self.typed($0.text, column) }
            case .category: category = newValue.map { Self.typed($0.codes, column) }
            case .laborCount: laborCount = newValue.map { Self.typed($0.integers, column) }
            case .employedCount: employedCount = newValue.map { Self.typed($0.integers, column) }
            case .employedMonths: employedMonths = newValue.map { Self.typed($0.numbers, column) }
            case .outOfProvinceCount: outOfProvinceCount = newValue.map { Self.typed($0.integers, column) }
            case .publicWelfareJobs: publicWelfareJobs = newValue.map { Self.typed($0.integers, column) }
            case .medicalExpense: medicalExpense = newValue.map { Self.typed($0.numbers, column) }
            case .educationExpense: educationExpense = newValue.map { Self.typed($0.numbers, column) }
            case .educationOK: educationOK = newValue.map { Self.typed($0.codes, column) }
            case .medicalOK: medicalOK = newValue.map { Self.typed($0.codes, column) }
            case .housingOK: housingOK = newValue.map { Self.typed($0.codes, column) }
            case .waterOK: waterOK = newValue.map { Self.typed($0.codes, column) }
            case .weight: weight = newValue.map { Self.typed($0.numbers, column) }
            case .monitoredSince: monitoredSince = newValue.map { Self.typed($0.integers, column) }
            case .assistanceMeasures: assistanceMeasures = newValue.map { Self.typed($0.integers, column) }
            }
        }
    }

    /// The columns the panel has, in SPEC order.
    public var columns: [HouseholdColumn] { HouseholdColumn.allCases.filter { self[$0] != nil } }

    /// The SPEC names of the optional columns the panel has, in SPEC §2.1 order.
    public var optionalColumnNames: [String] {
        columns.filter { !$0.isRequired }.map(\.rawValue)
    }

    private static func required<Values>(_ values: Values?, _ column: HouseholdColumn) -> Values {
        guard let values else { preconditionFailure("required column \(column.rawValue) set to nil or to the wrong type") }
        return values
    }

    private static func typed<Values>(_ values: Values?, _ column: HouseholdColumn) -> Values {
        guard let values else { preconditionFailure("column \(column.rawValue) set to values of the wrong type") }
        return values
    }
}
