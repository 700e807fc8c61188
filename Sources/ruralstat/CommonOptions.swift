import ArgumentParser
import RuralStat

/// `--encoding`: shared by every command that reads a CSV file.
struct EncodingOptions: ParsableArguments {
    @Option(help: "Input encoding. Default: detected from the bytes.")
    var encoding: TextEncoding?
}

/// `--by`: the group columns of the analysis commands.
struct GroupOptions: ParsableArguments {
    @Option(help: "Group columns, comma-separated, by English or Chinese name (township,category or 乡镇,户类型), or all; repeated, they add up (--by township --by category). A village is grouped within its township.")
    var by: [GroupList] = []

    /// The dimensions asked for, in order and without repeats; `nil` when `--by` is not given.
    var dimensions: [GroupDimension]? {
        guard !by.isEmpty else { return nil }
        var dimensions: [GroupDimension] = []
        for dimension in by.flatMap(\.dimensions) where !dimensions.contains(dimension) { dimensions.append(dimension) }
        return dimensions
    }
}

/// Options every analysis command shares (SPEC §4): input files, grouping, output.
struct CommonOptions: ParsableArguments {
    @Option(help: "Households CSV (one row per household per year). Default: the bundled sample.")
    var households: String?

    @Option(help: "Workers CSV (one row per worker per year).")
    var workers: String?

    @OptionGroup var input: EncodingOptions

    @Option(name: .customLong("on-error"), help: "What to do with bad rows: stop (exit 65) or skip (write them to --rejects).")
    var onError: ReadOptions.ErrorPolicy = .stop

    @Option(help: "Where --on-error skip writes rejected rows with their reasons. Default: next to the output.")
    var rejects: String?

    @OptionGroup var grouping: GroupOptions

    @Option(help: "Only this year (default: every year in the data).")
    var year: Int?

    @OptionGroup var report: OutputOptions

    /// The `--by` dimensions (none when `--by` is not given).
    var dimensions: [GroupDimension] { grouping.dimensions ?? [] }
}
