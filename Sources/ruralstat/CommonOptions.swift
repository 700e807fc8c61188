import ArgumentParser
import RuralStat

/// Options every analysis command shares (SPEC §4): input files, grouping, output.
struct CommonOptions: ParsableArguments {
    @Option(help: "Households CSV (one row per household per year). Default: the bundled sample.")
    var households: String?

    @Option(help: "Workers CSV (one row per worker per year).")
    var workers: String?

    @Option(help: "Input encoding: utf-8 or gb18030. Default: detected from the bytes.")
    var encoding: TextEncoding?

    @Option(name: .customLong("on-error"), help: "What to do with bad rows: stop (exit 65) or skip (write them to --rejects).")
    var onError: ReadOptions.ErrorPolicy = .stop

    @Option(help: "Where --on-error skip writes rejected rows with their reasons. Default: next to the output.")
    var rejects: String?

    @Option(help: "Group columns, comma-separated: county, township, village, category, or all.")
    var by: String = "all"

    @Option(help: "Only this year (default: every year in the data).")
    var year: Int?

    @OptionGroup var report: OutputOptions
}
