import RuralStatCore
import Testing

@Suite struct ColumnSpecTests {
    @Test(arguments: ["household_size", " Household_Size ", "家庭人口数", "家庭人口", "\u{FEFF}household_size"])
    func headerMatchesNameOrAlias(header: String) throws {
        let spec = try #require(FileSchema.households.first { $0.name == "household_size" })
        #expect(spec.matches(header: header))
    }

    @Test func otherHeadersDoNotMatch() throws {
        let spec = try #require(FileSchema.households.first { $0.name == "household_size" })
        #expect(!spec.matches(header: "household"))
        #expect(!spec.matches(header: "人口"))
    }

    @Test func everySpecColumnHasAUniqueNameAndAlias() {
        for schema in [FileSchema.households, FileSchema.workers] {
            let names = schema.map(\.name) + schema.flatMap(\.aliases)
            #expect(Set(names).count == names.count)
        }
        #expect(FileSchema.households.filter(\.isRequired).map(\.name) == [
            "household_id", "year", "household_size", "wage_income", "operating_income",
            "property_income", "transfer_income", "production_expense",
        ])
    }
}
