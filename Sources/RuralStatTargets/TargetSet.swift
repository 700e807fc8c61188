import RuralStatCore

/// A named set of targets, with the monitoring line they assume: a targets file or a preset.
public struct TargetSet: Sendable, Hashable {
    /// The set's name, e.g. `wenshan-2022`.
    public var name: String
    /// A title for people, e.g. the plan's name.
    public var title: String
    /// Where the targets come from (the plan, its year, its issuer).
    public var source: String
    /// The plan's first year: targets that name no first year start there.
    public var firstYear: Int?
    /// The monitoring line the set assumes, if it fixes one (Fangcheng: 6,900 yuan in 2022);
    /// a per-year line replaces only the years it names.
    public var line: MonitoringLine?
    /// The targets, in file order.
    public var targets: [Target]

    /// Creates a set.
    public init(
        name: String, title: String = "", source: String = "", firstYear: Int? = nil, line: MonitoringLine? = nil,
        targets: [Target]
    ) {
        self.name = name
        self.title = title
        self.source = source
        self.firstYear = firstYear
        self.line = line
        self.targets = targets
    }

    /// The names of the built-in presets, sorted.
    public static var presetNames: [String] { Presets.toml.keys.sorted() }

    /// The TOML text of a preset, to print and copy (`ruralstat targets show NAME`).
    ///
    /// - Throws: ``TargetError/unknownPreset(_:)``.
    public static func presetTOML(named name: String) throws(TargetError) -> String {
        guard let text = Presets.toml[name] else { throw .unknownPreset(name) }
        return text
    }

    /// A built-in preset, parsed from its TOML text.
    ///
    /// - Throws: ``TargetError/unknownPreset(_:)``.
    public static func preset(named name: String) throws(TargetError) -> TargetSet {
        try parse(toml: presetTOML(named: name), file: "preset \(name)")
    }
}
