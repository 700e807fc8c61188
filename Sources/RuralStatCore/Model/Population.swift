/// The households a target is about: a set of categories, decided by the household's record
/// of the year or by its record of the year before (SPEC §3.1).
///
/// The plans name populations by the terms of the monitoring system: 脱贫人口/脱贫群众 are the
/// households lifted out of poverty, the unstable ones included (``alleviatedPeople``);
/// 监测对象/"三类对象" are the three monitored categories (``monitoringObjects``). A plan that
/// targets the objects existing when its year begins (Fangcheng: "现有2943户8417人监测对象")
/// decides membership ``Reckoning/startOfYear``: by the category of the household's t−1 record.
public struct Population: Sendable, Hashable, CustomStringConvertible {
    /// Which record decides whether a household of year t belongs to the population.
    public enum Reckoning: String, Sendable, Hashable, CaseIterable {
        /// The year-t record's category.
        case year
        /// The category of the household's t−1 record, as at the start of year t; a household
        /// without a t−1 record does not belong.
        case startOfYear = "start_of_year"
    }

    /// The categories; `nil` means every household.
    public var categories: Set<HouseholdCategory>?
    /// Which record decides membership.
    public var reckoning: Reckoning

    /// A population of `categories` (every household when `nil`), reckoned by `reckoning`.
    public init(_ categories: Set<HouseholdCategory>? = nil, reckoning: Reckoning = .year) {
        self.categories = categories
        self.reckoning = reckoning
    }

    /// Every household of the year.
    public static let everyone = Population(nil)
    /// 脱贫人口, 脱贫群众, 脱贫户: `alleviated` and `unstable`.
    public static let alleviatedPeople: Population = [.alleviated, .unstable]
    /// 监测对象, "三类对象": `unstable`, `marginal` and `sudden_hardship`.
    public static let monitoringObjects: Population = [.unstable, .marginal, .suddenHardship]

    /// Whether every household of the year belongs (no category restriction, reckoned by the year).
    public var isEveryone: Bool { categories == nil && reckoning == .year }

    /// The category codes in ``HouseholdCategory`` order, e.g. `["alleviated", "unstable"]`;
    /// empty for every household.
    public var codes: [String] { (categories ?? []).sorted().map(\.code) }

    /// The Chinese labels in the same order.
    public var chineseLabels: [String] { (categories ?? []).sorted().map(\.chineseLabel) }

    /// The codes joined by `+` (`alleviated+unstable`), `all` for every category, followed by
    /// `@start_of_year` when reckoned at the start of the year: the `population` cell of SPEC §4.1.
    public var description: String {
        let base = categories == nil ? "all" : codes.joined(separator: "+")
        return reckoning == .year ? base : "\(base)@\(reckoning.rawValue)"
    }

    /// The same in Chinese, e.g. `脱贫户+脱贫不稳定户`, `全部（年初）`.
    public var chineseDescription: String {
        let base = categories == nil ? "全部" : chineseLabels.joined(separator: "+")
        return reckoning == .year ? base : "\(base)（年初）"
    }

    /// Whether the household of `row` belongs, given each row's t−1 row (−1 for none;
    /// ``HouseholdPanel/previousYearRows()``). A row with a missing category belongs only to
    /// a population of every category.
    public func contains(row: Int, of panel: HouseholdPanel, previous: [Int32]) -> Bool {
        let deciding: Int
        switch reckoning {
        case .year: deciding = row
        case .startOfYear:
            guard previous[row] >= 0 else { return false }
            deciding = Int(previous[row])
        }
        guard let categories else { return true }
        return panel.category(deciding).map(categories.contains) ?? false
    }

    /// For each row of `panel`, whether it belongs; `nil` when every row does (``isEveryone``).
    public func membership(of panel: HouseholdPanel, previous: [Int32]) -> [Bool]? {
        if isEveryone { return nil }
        return (0..<panel.count).map { contains(row: $0, of: panel, previous: previous) }
    }
}

extension Population: ExpressibleByArrayLiteral {
    /// The households of these categories, by the year's record: `[.alleviated, .unstable]`.
    public init(arrayLiteral categories: HouseholdCategory...) {
        self.init(Set(categories))
    }
}
