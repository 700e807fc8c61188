/// Why targets could not be read or evaluated.
public enum TargetError: Error, Equatable, CustomStringConvertible {
    /// No preset has this name.
    case unknownPreset(String)
    /// The targets file is not valid TOML.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// A target entry is invalid: which file, which target, which key, what is wrong.
    case invalid(file: String, target: String, key: String, message: String)

    public var description: String {
        switch self {
        case .unknownPreset(let name):
            "unknown preset '\(name)'; presets: \(TargetSet.presetNames.joined(separator: ", "))"
        case .syntax(let file, let line, let column, let message):
            "\(file):\(line):\(column): \(message)"
        case .invalid(let file, let target, let key, let message):
            "\(file): target '\(target)', key '\(key)': \(message)"
        }
    }
}
