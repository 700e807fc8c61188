import RuralStatText

/// Why targets could not be read or evaluated.
public enum TargetError: Error, Equatable, LocalizedMessage {
    /// No preset has this name.
    case unknownPreset(String)
    /// The targets file is not valid TOML.
    case syntax(file: String, line: Int, column: Int, message: LocalizedText)
    /// A target entry is invalid: which file, which target, which key, what is wrong.
    case invalid(file: String, target: String, key: String, message: LocalizedText)

    /// What is wrong, in `language`.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.unknownPreset(let name), .en):
            "unknown preset '\(name)'; presets: \(TargetSet.presetNames.joined(separator: ", "))"
        case (.unknownPreset(let name), .zh):
            "没有名为“\(name)”的预设；可用：\(TargetSet.presetNames.joined(separator: "、"))"
        case (.syntax(let file, let line, let column, let message), .en):
            "\(file):\(line):\(column): \(message.en)"
        case (.syntax(let file, let line, let column, let message), .zh):
            "\(file):\(line):\(column): \(message.zh)"
        case (.invalid(let file, let target, let key, let message), .en):
            "\(file): target '\(target)', key '\(key)': \(message.en)"
        case (.invalid(let file, let target, let key, let message), .zh):
            "\(file)：目标“\(target)”，键“\(key)”：\(message.zh)"
        }
    }
}
