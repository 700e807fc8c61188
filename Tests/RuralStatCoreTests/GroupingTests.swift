import RuralStatCore
import Testing

@Suite struct GroupingTests {
    private func panel() -> HouseholdPanel {
        var panel = HouseholdPanel(
            source: "fixture",
            householdID: TextColumn(["a", "b", "c", "a"]),
            year: [2021, 2021, 2021, 2022],
            householdSize: [1, 2, 3, 1],
            wageIncome: [1, 2, 3, 4], operatingIncome: [0, 0, 0, 0], propertyIncome: [0, 0, 0, 0],
            transferIncome: [0, 0, 0, 0], productionExpense: [0, 0, 0, 0]
        )
        panel.township = TextColumn(["乡B", "乡A", nil, "乡B"])
        panel.category = [HouseholdCategory.general.rawValue, HouseholdCategory.alleviated.rawValue,
                          HouseholdCategory.general.rawValue, Missing.code]
        return panel
    }

    @Test func noDimensionsIsOneGroupAll() throws {
        let grouping = try Grouping(panel(), by: [])
        #expect(grouping.labels == [["all"]])
        #expect(grouping.groupOfRow == [0, 0, 0, 0])
    }

    @Test func groupsAreSortedByLabelWithMissingAsEmpty() throws {
        let grouping = try Grouping(panel(), by: [.township])
        #expect(grouping.labels == [[""], ["乡A"], ["乡B"]])
        #expect(grouping.groupOfRow == [2, 1, 0, 2])
    }

    @Test func combinationsSortDimensionByDimension() throws {
        let grouping = try Grouping(panel(), by: [.township, .category])
        #expect(grouping.labels == [["", "general"], ["乡A", "alleviated"], ["乡B", ""], ["乡B", "general"]])
        #expect(grouping.groupOfRow == [3, 1, 0, 2])
    }

    /// More possible combinations than rows (70,000 townships × 6 categories): the groups are
    /// found by hash, not in a table by code, and sort and number as in the small case.
    @Test func manyDistinctPlacesGroupAsFewDo() throws {
        let n = 70_000
        var panel = HouseholdPanel(
            source: "fixture",
            householdID: TextColumn((0..<n).map { "h\($0)" }),
            year: [Int32](repeating: 2021, count: n), householdSize: [Int32](repeating: 1, count: n),
            wageIncome: [Double](repeating: 1, count: n), operatingIncome: [Double](repeating: 0, count: n),
            propertyIncome: [Double](repeating: 0, count: n), transferIncome: [Double](repeating: 0, count: n),
            productionExpense: [Double](repeating: 0, count: n)
        )
        // Row r's township is T(n − 1 − r), zero-padded: the labels sort in the rows' reverse order.
        panel.township = TextColumn((0..<n).map { String("0000\(n - 1 - $0)".suffix(5)) })
        panel.category = (0..<n).map { $0 % 2 == 0 ? HouseholdCategory.general.rawValue : Missing.code }
        let grouping = try Grouping(panel, by: [.township, .category])
        #expect(grouping.count == n)
        #expect(grouping.groupOfRow == (0..<n).map { Int32(n - 1 - $0) })
        #expect(grouping.labels[0] == ["00000", ""])
        #expect(grouping.labels[n - 1] == ["69999", "general"])
        #expect(grouping.keys[n - 1].township == "69999" && grouping.keys[n - 1].category == .general)
    }

    /// Categories in the plans' order (脱贫户, 脱贫不稳定户, 边缘易致贫户, 突发严重困难户, 一般农户),
    /// not alphabetical by code (alleviated, general, marginal, sudden_hardship, unstable).
    @Test func categoriesComeInThePlansOrder() throws {
        let codes = ["general", "sudden_hardship", "unstable", "marginal", "alleviated"]
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(codes), year: [2021, 2021, 2021, 2021, 2021],
            householdSize: [1, 1, 1, 1, 1], wageIncome: [1, 1, 1, 1, 1], operatingIncome: [0, 0, 0, 0, 0],
            propertyIncome: [0, 0, 0, 0, 0], transferIncome: [0, 0, 0, 0, 0], productionExpense: [0, 0, 0, 0, 0])
        panel.category = codes.map { HouseholdCategory(label: $0)!.rawValue }
        let grouping = try Grouping(panel, by: [.category])
        #expect(grouping.labels.map { $0[0] } == ["alleviated", "unstable", "marginal", "sudden_hardship", "general"])
        #expect(grouping.labels.map { HouseholdCategory(label: $0[0])!.chineseLabel }
            == ["脱贫户", "脱贫不稳定户", "边缘易致贫户", "突发严重困难户", "一般农户"])
    }

    @Test func missingColumnAndUnknownNameAreErrors() throws {
        #expect(throws: GroupingError.missingColumn(.village)) { try Grouping(panel(), by: [.village]) }
        #expect(throws: GroupingError.unknownDimension("district")) { try GroupDimension.parseList("township,district") }
        #expect(try GroupDimension.parseList("all") == [])
        #expect(try GroupDimension.parseList("category, township,category") == [.category, .township])
    }

    /// Every alias of SPEC §2.1's place and category columns, Chinese or English, full-width
    /// or half-width, and the Chinese commas between them.
    @Test(arguments: [
        ("乡镇", [GroupDimension.township]), ("乡镇（街道）", [.township]), ("乡镇(街道)", [.township]),
        ("乡镇 （ 街道 ）", [.township]), ("ＴＯＷＮＳＨＩＰ", [.township]), ("Township", [.township]),
        ("县", [.county]), ("县区", [.county]), ("行政村", [.village]), ("村", [.village]),
        ("户类型", [.category]), ("监测对象类别", [.category]), ("乡镇,户类型", [.township, .category]),
        ("乡镇，户类型", [.township, .category]), ("行政村、监测对象类别", [.village, .category]),
        ("ａｌｌ", []),
    ])
    func aliasesNameTheirDimension(text: String, dimensions: [GroupDimension]) throws {
        #expect(try GroupDimension.parseList(text) == dimensions)
    }

    @Test func aNameThatIsNoAliasIsStillUnknown() {
        #expect(throws: GroupingError.unknownDimension("乡")) { try GroupDimension.parseList("乡") }
        #expect(throws: GroupingError.unknownDimension("户编号")) { try GroupDimension.parseList("township,户编号") }
    }

    @Test func previousYearRowsLinkTheSameHousehold() {
        #expect(panel().previousYearRows() == [-1, -1, -1, 0])
    }
}

/// Villages nest in townships: the sample's 何寨村 of 金山镇 and of 马坪镇 are two groups.
@Suite struct GroupingNestingTests {
    private func panel() -> HouseholdPanel {
        var panel = HouseholdPanel(
            source: "fixture", householdID: TextColumn(["a", "b", "c", "d"]), year: [2024, 2024, 2024, 2024],
            householdSize: [1, 1, 1, 1], wageIncome: [1, 2, 3, 4], operatingIncome: [0, 0, 0, 0],
            propertyIncome: [0, 0, 0, 0], transferIncome: [0, 0, 0, 0], productionExpense: [0, 0, 0, 0])
        panel.county = TextColumn(["青山县", "青山县", "青山县", "青山县"])
        panel.township = TextColumn(["马坪镇", "金山镇", "马坪镇", "金山镇"])
        panel.village = TextColumn(["何寨村", "何寨村", "林家村", "何寨村"])
        panel.category = [HouseholdCategory.general.rawValue, HouseholdCategory.general.rawValue,
                          HouseholdCategory.marginal.rawValue, HouseholdCategory.marginal.rawValue]
        return panel
    }

    @Test func sameNamedVillagesOfTwoTownshipsAreTwoGroups() throws {
        let grouping = try Grouping(panel(), by: [.village])
        #expect(grouping.dimensions == [.township, .village])
        #expect(grouping.labels == [["金山镇", "何寨村"], ["马坪镇", "何寨村"], ["马坪镇", "林家村"]])
        #expect(grouping.groupOfRow == [1, 0, 2, 0])
        #expect(grouping.keys[0].county == "青山县")
        #expect(grouping.keys[0].township == "金山镇")
    }

    @Test func typedKeysFindAGroup() throws {
        // Groups: 金山镇/general, 马坪镇/marginal, 马坪镇/general (marginal before general: the plans' order).
        let grouping = try Grouping(panel(), by: [.township, .category])
        #expect(grouping.group(township: "马坪镇", category: .marginal) == 2)
        #expect(grouping.keys[2].category == .marginal)
        #expect(grouping.group(township: "马坪镇") == nil)            // category not given
        #expect(grouping.group(township: "马坪镇", category: .unstable) == nil)
        let villages = try Grouping(panel(), by: [.village])
        #expect(villages.group(township: "金山镇", village: "何寨村") == 0)
        #expect(villages.group(county: "青山县", township: "马坪镇", village: "何寨村") == 1)
    }

    @Test func aTownshipAskedAfterTheVillageMovesBeforeIt() throws {
        let grouping = try Grouping(panel(), by: [.village, .category, .township])
        #expect(grouping.dimensions == [.township, .village, .category])
    }
}
