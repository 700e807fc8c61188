import ArgumentParser
import RuralStat

// The library's choice types read straight from the command line, so ArgumentParser checks
// them (exit 64 naming the option and the allowed values) and lists them in --help.

extension TextEncoding: ExpressibleByArgument {
    /// `utf-8`/`utf8` or `gb18030` (also `gbk`, `gb2312`), case-insensitively.
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { ["utf-8", "gb18030"] }
}

extension Language: ExpressibleByArgument {}

extension OutputFormat: ExpressibleByArgument {}

extension ReadOptions.ErrorPolicy: ExpressibleByArgument {}

extension PanelMode: ExpressibleByArgument {}

/// `--by`: the group columns, comma-separated (`township,category`), or `all`.
struct GroupList: ExpressibleByArgument {
    /// The dimensions; empty for `all`.
    var dimensions: [GroupDimension]

    /// No grouping.
    static let all = GroupList(dimensions: [])

    init(dimensions: [GroupDimension]) {
        self.dimensions = dimensions
    }

    init?(argument: String) {
        guard let dimensions = try? GroupDimension.parseList(argument) else { return nil }
        self.dimensions = dimensions
    }

    static var allValueStrings: [String] { GroupDimension.allCases.map(\.rawValue) + ["all"] }

    var defaultValueDescription: String {
        dimensions.isEmpty ? "all" : dimensions.map(\.rawValue).joined(separator: ",")
    }
}

/// `--se`: classical or robust standard errors, or clustered by a column (`cluster:COLUMN`).
enum StandardErrors: ExpressibleByArgument, Equatable {
    /// A covariance type other than ``CovarianceType/cluster``.
    case type(CovarianceType)
    /// Clustered by the named column.
    case cluster(column: String)

    init?(argument: String) {
        if argument.lowercased().hasPrefix("cluster:") {
            let column = String(argument.dropFirst("cluster:".count))
            guard !column.isEmpty else { return nil }
            self = .cluster(column: column)
        } else {
            guard let type = CovarianceType(rawValue: argument.lowercased()), type != .cluster else { return nil }
            self = .type(type)
        }
    }

    static var allValueStrings: [String] {
        CovarianceType.allCases.filter { $0 != .cluster }.map(\.rawValue) + ["cluster:COLUMN"]
    }

    var defaultValueDescription: String {
        switch self {
        case .type(let type): type.rawValue
        case .cluster(let column): "cluster:\(column)"
        }
    }

    /// The covariance type, and the cluster column for ``cluster(column:)``.
    var covariance: (type: CovarianceType, cluster: String?) {
        switch self {
        case .type(let type): (type, nil)
        case .cluster(let column): (.cluster, column)
        }
    }
}

extension EmploymentReport.Listing: ExpressibleByArgument {}

extension GuaranteesReport.Listing: ExpressibleByArgument {}
