import RuralStatCore
import RuralStatData

/// Checks CSV text against the rules of SPEC §2 as ``FileSchema`` states them, independently
/// of the ingestion reader: every header names a schema column, every required column is
/// present, every cell passes its column's rule.
///
/// The synthetic files hold no quoted fields (the tests check that), so rows split on commas.
enum SpecRuleCheck {
    /// The problems found, as "line L, column C: value 'V'" strings; empty when all is well.
    static func problems(csv text: String, schema: [ColumnSpec]) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first else { return ["no header"] }
        var specs: [ColumnSpec] = []
        var problems: [String] = []
        for name in header.split(separator: ",", omittingEmptySubsequences: false) {
            guard let spec = schema.first(where: { $0.matches(header: String(name)) }) else {
                problems.append("unknown header '\(name)'")
                continue
            }
            specs.append(spec)
        }
        for spec in schema where spec.isRequired && !specs.contains(spec) {
            problems.append("missing required column \(spec.name)")
        }
        for (index, line) in lines.enumerated().dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count == specs.count else {
                problems.append("line \(index + 1): \(cells.count) cells for \(specs.count) columns")
                continue
            }
            for (spec, cell) in zip(specs, cells) where !passes(String(cell), spec) {
                problems.append("line \(index + 1), column \(spec.name): value '\(cell)'")
            }
        }
        return problems
    }

    private static func passes(_ cell: String, _ spec: ColumnSpec) -> Bool {
        if cell.isEmpty {
            if case .text(nonEmpty: true) = spec.type { return false }
            return !spec.isRequired
        }
        switch spec.type {
        case .text:
            return true
        case .integer(let range):
            guard let value = Int(cell) else { return false }
            return range.contains(value)
        case .number(let minimum, let exclusive, let maximum):
            guard let value = Double(cell), value.isFinite else { return false }
            if let minimum, exclusive ? value <= minimum : value < minimum { return false }
            if let maximum, value > maximum { return false }
            return true
        case .boolean:
            return ["1", "0", "true", "false", "是", "否", "达标", "未达标"].contains(cell.lowercased())
        case .date:
            let parts = cell.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
                  parts[1].count == 2, let month = Int(parts[1]), (2000...2100).contains(year), (1...12).contains(month)
            else { return false }
            if parts.count == 3 {
                guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false }
            }
            return true
        case .category:
            return HouseholdCategory(label: cell) != nil
        case .location:
            return WorkLocation(label: cell) != nil
        case .jobType:
            return JobType(label: cell) != nil
        }
    }
}
