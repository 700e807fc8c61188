import ArgumentParser
import RuralStat

// The library's choice types read straight from the command line, so ArgumentParser checks
// them (exit 64 naming the option and the allowed values) and lists them in --help.

extension TextEncoding: ExpressibleByArgument {
    /// `utf-8`/`utf8` or `gb18030` (also `gbk`, `gb2312`), case-insensitively.
    public init?(argument: String) {
        self.init(name: argument)
    }
}

extension Language: ExpressibleByArgument {}

extension OutputFormat: ExpressibleByArgument {}

extension ReadOptions.ErrorPolicy: ExpressibleByArgument {}
