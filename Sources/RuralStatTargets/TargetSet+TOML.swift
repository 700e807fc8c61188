import RuralStatCore
import RuralStatText

/// Reading a targets file (TOML).
///
/// ```toml
/// name = "my-county-2025"
/// title = "县 2025 年巩固拓展脱贫攻坚成果目标"
/// source = "County plan, 2025"
/// from = 2025                # the plan's first year: its targets start there
/// line = 7200                # or "median:0.6", or a table: [line] 2025 = 7200
///
/// [[target]]
/// id = "growth"
/// kind = "growth"            # growth | level | relative | trend | ceiling | floor
/// population = ["alleviated", "unstable"]   # omit: every household
/// threshold = 0.12
/// source = "脱贫人口人均纯收入增长12%以上"      # the plan's own sentence
/// ```
///
/// Other keys of a target: `metric` (a key of the registry, ``Metric/all``), `level`
/// (`"county"` or `"group"`; by default county for counts, group otherwise, see
/// ``TargetLevel/default(for:)``), `population_as_of` (`"year"`, the default, or
/// `"start_of_year"`: membership by the t−1 category), `from`, `through` and `year` (its first,
/// last, or only year; `from` defaults to the set's), `by` (a level's year T), `base_year`
/// (compare with that year's value), `reference` (categories a relative target compares with),
/// `reference_series` (a table year → growth rate), `margin`, `line` (`"monitoring"` or an
/// amount, for `*_below_line` metrics), `note` (how the sentence is read) and `note_zh` (the
/// same in Chinese, for `--lang zh`). Unknown keys are
/// errors, so a typo never passes silently.
///
/// Values are held to what a plan can mean: numbers finite (no `nan` or `inf`), years
/// (`year`, `from`, `through`, `by`, `base_year`, the years of a series or a `[line]` table)
/// from 2000 to 2100 as in the data, lists of categories not empty (omit `population` for every
/// household), amounts of yuan not negative.
///
/// The text is read by ``TOMLReader``, the project's own TOML 1.0 reader (toml++, through
/// TOMLKit, aborted the process on some malformed files).
extension TargetSet {
    /// The years a targets file may name: those of the data (SPEC §2.1).
    static let years = 2000...2100

    private static let topKeys: Set<String> = ["name", "title", "source", "from", "line", "target"]
    private static let targetKeys: Set<String> = [
        "id", "kind", "metric", "level", "population", "population_as_of", "from", "through", "year", "threshold",
        "by", "base_year", "reference", "reference_series", "margin", "line", "source", "note", "note_zh",
    ]

    /// Parses a targets file's text; `file` names it in errors.
    ///
    /// - Throws: ``TargetError/syntax(file:line:column:message:)`` for invalid TOML and
    ///   ``TargetError/invalid(file:target:key:message:)`` for an invalid entry.
    public static func parse(toml text: String, file: String) throws(TargetError) -> TargetSet {
        let root: TOMLTable
        do {
            root = try TOMLReader.read(text)
        } catch {
            throw .syntax(file: file, line: error.line, column: error.column, message: error.message)
        }
        let reader = EntryReader(file: file, target: "(top level)", table: root)
        try reader.rejectUnknownKeys(topKeys)
        let name = try reader.string("name") ?? file
        var set = TargetSet(
            name: name, title: try reader.string("title") ?? "", source: try reader.string("source") ?? "",
            firstYear: try reader.year("from"), line: try reader.line("line"), targets: []
        )
        guard let entries = root["target"] else { return set }
        guard let array = entries.array else {
            throw .invalid(file: file, target: "(top level)", key: "target",
                           message: LocalizedText(en: "use [[target]] tables", zh: "请用 [[target]] 表"))
        }
        var ids: Set<String> = []
        for (index, entry) in array.enumerated() {
            guard let table = entry.table else {
                throw .invalid(file: file, target: "#\(index + 1)", key: "target",
                               message: LocalizedText(en: "expected a table", zh: "应为一个表"))
            }
            let target = try parseTarget(table, index: index, file: file, planYear: set.firstYear)
            guard ids.insert(target.id).inserted else {
                throw .invalid(file: file, target: target.id, key: "id",
                               message: LocalizedText(en: "the id is used twice", zh: "这个 id 用了两次"))
            }
            set.targets.append(target)
        }
        return set
    }

    private static func parseTarget(
        _ table: TOMLTable, index: Int, file: String, planYear: Int?
    ) throws(TargetError) -> Target {
        var reader = EntryReader(file: file, target: "#\(index + 1)", table: table)
        guard let id = try reader.string("id"), !id.isEmpty else { throw reader.error("id", "a target needs an id", "目标需要 id") }
        reader.target = id
        try reader.rejectUnknownKeys(targetKeys)
        guard let kindName = try reader.string("kind") else { throw reader.error("kind", "a target needs a kind", "目标需要 kind（类型）") }
        guard let kind = TargetKind(rawValue: kindName) else {
            throw reader.error("kind", "'\(kindName)' is not one of \(TargetKind.allCases.map(\.rawValue).joined(separator: ", "))",
                               "“\(kindName)”不是可用的类型：\(TargetKind.allCases.map(\.rawValue).joined(separator: "、"))")
        }
        let metricKey = try reader.string("metric") ?? kind.defaultMetric
        guard let metricKey, !metricKey.isEmpty else { throw reader.error("metric", "a \(kind.rawValue) target needs a metric", "\(kind.rawValue) 类目标需要 metric（指标）") }
        guard let metric = Metric.named(metricKey) else {
            throw reader.error("metric", "'\(metricKey)' is not one of \(Metric.all.map(\.key).sorted().joined(separator: ", "))",
                               "“\(metricKey)”不是可用的指标：\(Metric.all.map(\.key).sorted().joined(separator: "、"))")
        }
        var target = Target(
            id: id, kind: kind, metric: metric.key, level: try reader.level("level") ?? .default(for: metric),
            population: Population(try reader.categories("population"), reckoning: try reader.reckoning("population_as_of")),
            firstYear: planYear, source: try reader.string("source") ?? "", note: try reader.string("note") ?? "",
            chineseNote: try reader.string("note_zh") ?? ""
        )
        if let year = try reader.year("year") {
            target.firstYear = year
            target.lastYear = year
        }
        if let from = try reader.year("from") { target.firstYear = from }
        if let through = try reader.year("through") { target.lastYear = through }
        target.threshold = try reader.number("threshold")
        target.byYear = try reader.year("by")
        target.baseYear = try reader.year("base_year")
        target.margin = try reader.number("margin") ?? 0
        target.line = try reader.lineChoice("line")
        if let categories = try reader.categories("reference") {
            target.reference = .population(Population(categories))
        } else if let series = try reader.yearTable("reference_series") {
            target.reference = .series(series)
        }
        try check(target, reader)
        return target
    }

    /// Each kind's required fields.
    private static func check(_ target: Target, _ reader: EntryReader) throws(TargetError) {
        switch target.kind {
        case .growth where target.threshold == nil:
            throw reader.error("threshold", "a growth target needs a threshold rate, e.g. 0.12", "增长目标需要 threshold（增长率），如 0.12")
        case .level where target.threshold == nil || target.byYear == nil:
            throw reader.error(target.threshold == nil ? "threshold" : "by", "a level target needs a threshold and a year `by`",
                               "水平目标需要 threshold（目标值）和年份 by")
        case .relative where target.reference == nil:
            throw reader.error("reference", "a relative target needs `reference` categories or a `reference_series`",
                               "相对目标需要 reference（参照户类型）或 reference_series（参照序列）")
        default:
            break
        }
        if Metric.named(target.metric)?.needsLine == true, target.line == nil {
            throw reader.error("line", "a *_below_line metric needs line = \"monitoring\" or an amount",
                               "*_below_line 指标需要 line = \"monitoring\" 或一个金额")
        }
        if target.baseYear != nil, ![.trend, .ceiling, .floor].contains(target.kind) || target.threshold != nil {
            throw reader.error("base_year", "a base year is for a trend, or a ceiling or floor without a threshold",
                               "base_year（基期年份）只用于 trend，或没有 threshold 的 ceiling、floor 目标")
        }
        if let base = target.baseYear, let first = target.firstYear, base >= first {
            throw reader.error("base_year", "the base year \(base) is not before the first year \(first)",
                               "基期年份\(base)不早于起始年份\(first)")
        }
        if let first = target.firstYear, let last = target.lastYear, first > last {
            throw reader.error("through", "the last year \(last) is before the first year \(first)",
                               "截止年份\(last)早于起始年份\(first)")
        }
    }
}

/// Typed access to one TOML table, with errors that name the file, the target and the key.
private struct EntryReader {
    let file: String
    var target: String
    let table: TOMLTable

    init(file: String, target: String, table: TOMLTable) {
        self.file = file
        self.target = target
        self.table = table
    }

    func error(_ key: String, _ message: LocalizedText) -> TargetError {
        .invalid(file: file, target: target, key: key, message: message)
    }

    func error(_ key: String, _ en: String, _ zh: String) -> TargetError {
        error(key, LocalizedText(en: en, zh: zh))
    }

    func rejectUnknownKeys(_ known: Set<String>) throws(TargetError) {
        if let unknown = table.keys.sorted().first(where: { !known.contains($0) }) {
            throw error(unknown, "unknown key; known keys: \(known.sorted().joined(separator: ", "))",
                        "未知的键；可用的键：\(known.sorted().joined(separator: "、"))")
        }
    }

    func string(_ key: String) throws(TargetError) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw error(key, "expected text in quotes", "应为带引号的文字") }
        return text
    }

    /// A year, from 2000 to 2100.
    func year(_ key: String) throws(TargetError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let year = value.int else { throw error(key, "expected a year, a whole number", "应为年份（整数）") }
        guard TargetSet.years.contains(year) else {
            throw error(key, "\(year) is not a year from \(TargetSet.years.lowerBound) to \(TargetSet.years.upperBound)",
                        "\(year) 不是\(TargetSet.years.lowerBound)到\(TargetSet.years.upperBound)之间的年份")
        }
        return year
    }

    /// A finite number.
    func number(_ key: String) throws(TargetError) -> Double? {
        guard let value = table[key] else { return nil }
        guard let number = value.double ?? value.int.map(Double.init) else { throw error(key, "expected a number", "应为数字") }
        guard number.isFinite else { throw error(key, "expected a finite number, not \(number)", "应为有限的数，不是 \(number)") }
        return number
    }

    /// `"monitoring"` or an amount of yuan.
    func lineChoice(_ key: String) throws(TargetError) -> LineChoice? {
        guard let value = table[key] else { return nil }
        if value.string == "monitoring" { return .monitoring }
        guard let amount = value.double ?? value.int.map(Double.init), amount.isFinite, amount >= 0 else {
            throw error(key, "expected \"monitoring\" or an amount of yuan", "应为 \"monitoring\" 或一个元数")
        }
        return .amount(amount)
    }

    /// `"county"` or `"group"`.
    func level(_ key: String) throws(TargetError) -> TargetLevel? {
        guard let text = try string(key) else { return nil }
        guard let level = TargetLevel(rawValue: text) else {
            throw error(key, "'\(text)' is not one of \(TargetLevel.allCases.map(\.rawValue).joined(separator: ", "))",
                        "“\(text)”不是以下之一：\(TargetLevel.allCases.map(\.rawValue).joined(separator: "、"))")
        }
        return level
    }

    /// `"year"` or `"start_of_year"`; `year` when the key is absent.
    func reckoning(_ key: String) throws(TargetError) -> Population.Reckoning {
        guard let text = try string(key) else { return .year }
        guard let reckoning = Population.Reckoning(rawValue: text) else {
            throw error(key, "'\(text)' is not one of \(Population.Reckoning.allCases.map(\.rawValue).joined(separator: ", "))",
                        "“\(text)”不是以下之一：\(Population.Reckoning.allCases.map(\.rawValue).joined(separator: "、"))")
        }
        return reckoning
    }

    func categories(_ key: String) throws(TargetError) -> Set<HouseholdCategory>? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error(key, "expected a list of categories", "应为户类型列表") }
        guard !array.isEmpty else { throw error(key, "the list of categories is empty; leave the key out for every household",
                                                  "户类型列表为空；要包括全部农户请去掉这个键") }
        var categories: Set<HouseholdCategory> = []
        for item in array {
            guard let label = item.string, let category = HouseholdCategory(label: label) else {
                throw error(key, "'\(item.string ?? "\(item)")' is not a category; use \(HouseholdCategory.allCases.map(\.code).joined(separator: ", "))",
                            "“\(item.string ?? "\(item)")”不是户类型；可用：\(HouseholdCategory.allCases.map(\.chineseLabel).joined(separator: "、"))")
            }
            categories.insert(category)
        }
        return categories
    }

    func yearTable(_ key: String) throws(TargetError) -> [Int: Double]? {
        guard let value = table[key] else { return nil }
        guard let inner = value.table else { throw error(key, "expected a table of year = value", "应为“年份 = 数值”的表") }
        var series: [Int: Double] = [:]
        for year in inner.keys {
            guard let y = Int(year), TargetSet.years.contains(y), let item = inner[year],
                  let v = item.double ?? item.int.map(Double.init), v.isFinite else {
                throw error(key, "expected year = finite number pairs with years from \(TargetSet.years.lowerBound) to "
                                 + "\(TargetSet.years.upperBound), got '\(year)'",
                            "应为“年份 = 有限数”，年份在\(TargetSet.years.lowerBound)到\(TargetSet.years.upperBound)之间，"
                                 + "这里是“\(year)”")
            }
            series[y] = v
        }
        return series
    }

    /// `line = 6900`, `line = "median:0.6"`, `line = "2021=6000,2022=6900"` or a `[line]` table.
    func line(_ key: String) throws(TargetError) -> MonitoringLine? {
        guard let value = table[key] else { return nil }
        if value.table != nil { return try yearTable(key).map(MonitoringLine.perYear) }
        let text = value.string ?? value.double.map { String($0) } ?? value.int.map { String($0) }
        guard let text else { throw error(key, "expected an amount, \"median:0.6\" or a [line] table", "应为金额、\"median:0.6\" 或 [line] 表") }
        do {
            return try MonitoringLine.parse(text)
        } catch let parseError {
            throw error(key, parseError.reason)
        }
    }
}
