import ArgumentParser
import RuralStat

/// `--format` and `--lang` as values, checked once for every command.
extension CommonOptions {
    /// The output format named by `--format`.
    ///
    /// - Throws: `ValidationError` (exit 64) for a name that is not a format.
    func outputFormat() throws -> OutputFormat {
        guard let format = OutputFormat(rawValue: format) else {
            let names = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown --format '\(format)'; use \(names)")
        }
        return format
    }

    /// The language named by `--lang`.
    ///
    /// - Throws: `ValidationError` (exit 64) for a name that is not a language.
    func language() throws -> Language {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError("unknown --lang '\(lang)'; use en or zh")
        }
        return language
    }
}
